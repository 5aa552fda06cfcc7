// Logistic regression by batch gradient descent with L2: small, dependency-free, deterministic.

import type { Logistic } from '../core/logistic.js';

export function fitLogistic(
  X: number[][],
  y: number[],
  opts: { l2?: number; iterations?: number; rate?: number } = {},
): Logistic {
  const { l2 = 0.01, iterations = 600, rate = 0.5 } = opts;
  const d = X[0]?.length ?? 0;
  const n = X.length || 1;
  const mean = Array.from({ length: d }, (_, j) => X.reduce((a, x) => a + x[j]!, 0) / n);
  const scale = Array.from(
    { length: d },
    (_, j) => Math.sqrt(X.reduce((a, x) => a + (x[j]! - mean[j]!) ** 2, 0) / n) || 1,
  );
  const Z = X.map((x) => x.map((v, j) => (v - mean[j]!) / scale[j]!));
  const w = new Array<number>(d).fill(0);
  let b = 0;
  for (let it = 0; it < iterations; it++) {
    const gw = new Array<number>(d).fill(0);
    let gb = 0;
    Z.forEach((z, i) => {
      let s = b;
      for (let j = 0; j < d; j++) s += w[j]! * z[j]!;
      const err = 1 / (1 + Math.exp(-s)) - y[i]!;
      for (let j = 0; j < d; j++) gw[j]! += err * z[j]!;
      gb += err;
    });
    for (let j = 0; j < d; j++) w[j]! -= rate * (gw[j]! / n + l2 * w[j]!);
    b -= (rate * gb) / n;
  }
  return { mean, scale, weights: w, bias: b };
}
