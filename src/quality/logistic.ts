// Logistic regression by batch gradient descent with L2: small, dependency-free, deterministic.

import { type Logistic, type SparseRow, sparseProbability } from '../core/logistic.js';

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

/** The same fit over hashed sparse rows, unstandardised (core/logistic.ts says why). */
export function fitSparseLogistic(
  X: readonly SparseRow[],
  y: readonly number[],
  dimensions: number,
  opts: { l2: number; iterations: number; rate: number },
): { weights: number[]; bias: number } {
  const w = new Float64Array(dimensions);
  const n = X.length || 1;
  let b = 0;
  for (let it = 0; it < opts.iterations; it++) {
    const gw = new Float64Array(dimensions);
    let gb = 0;
    X.forEach((x, i) => {
      const err = sparseProbability(x, { weights: w, bias: b }) - y[i]!;
      for (let k = 0; k < x.index.length; k++) gw[x.index[k]!]! += err * x.value[k]!;
      gb += err;
    });
    for (let j = 0; j < dimensions; j++) w[j]! -= opts.rate * (gw[j]! / n + opts.l2 * w[j]!);
    b -= (opts.rate * gb) / n;
  }
  return { weights: Array.from(w), bias: b };
}
