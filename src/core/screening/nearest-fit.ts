import { fnv1a } from '../knowledge/hashed-embedder.js';
import { NearestBank, offersByNearest, type LabelledText, type NearestThresholds } from './nearest.js';

// Fitting the nearest-example thresholds by cross-validation. Reported figures come from nested
// cross-validation: thresholds are chosen on the training folds only (leave-one-out inside them)
// and judged on the held-out fold, so the precision and recall are not fitted to themselves.

interface Scored {
  sim: { report: number; calm: number };
  report: boolean;
}
export interface CvResult {
  folds: number;
  bank: { reports: number; calm: number };
  precision: number;
  recall: number;
  tp: number;
  fp: number;
  fn: number;
  tn: number;
}

/** The minimum precision a threshold pair must reach on its training data; recall is maximised under it. */
export const MIN_PRECISION = 0.9;

/** Leave-one-out similarities: each item against a bank built without it. */
export function leaveOneOut(items: readonly LabelledText[]): Scored[] {
  return items.map((item, i) => ({ sim: new NearestBank(items.filter((_, j) => j !== i)).similarity(item.text), report: item.report }));
}

export function fitThresholds(scored: readonly Scored[]): NearestThresholds {
  let best: { t: NearestThresholds; recall: number; precision: number } | undefined;
  // Only the margin is fitted: also fitting the absolute similarity did worse in nested
  // cross-validation (precision 0.78, recall 0.41 against 0.81 and 0.49).
  {
    for (let m = 40; m >= -10; m--) {
      const t = { minReport: 0, minMargin: m / 100 };
      const c = confusion(scored, t);
      if (c.tp === 0) continue;
      const precision = c.tp / (c.tp + c.fp);
      const recall = c.tp / (c.tp + c.fn);
      if (precision < MIN_PRECISION) continue;
      // Highest recall; among equals the strictest pair (found first) is kept.
      if (!best || recall > best.recall) best = { t, recall, precision };
    }
  }
  // Nothing precise enough: a pair no message can pass.
  return best?.t ?? { minReport: 1, minMargin: 1 };
}

function confusion(scored: readonly Scored[], t: NearestThresholds) {
  const c = { tp: 0, fp: 0, fn: 0, tn: 0 };
  for (const s of scored) {
    const offered = offersByNearest(s.sim, t);
    if (s.report) offered ? c.tp++ : c.fn++;
    else offered ? c.fp++ : c.tn++;
  }
  return c;
}

/** Deterministic folds: by a hash of the text, so a rerun on the same data gives the same figures. */
export function foldOf(text: string, folds: number): number {
  return fnv1a(text) % folds;
}

export function nestedCrossValidation(items: readonly LabelledText[], folds: number): CvResult {
  const total = { tp: 0, fp: 0, fn: 0, tn: 0 };
  for (let f = 0; f < folds; f++) {
    const train = items.filter((i) => foldOf(i.text, folds) !== f);
    const test = items.filter((i) => foldOf(i.text, folds) === f);
    if (test.length === 0) continue;
    const t = fitThresholds(leaveOneOut(train));
    const bank = new NearestBank(train);
    const c = confusion(test.map((i) => ({ sim: bank.similarity(i.text), report: i.report })), t);
    total.tp += c.tp;
    total.fp += c.fp;
    total.fn += c.fn;
    total.tn += c.tn;
  }
  const round = (x: number) => Math.round(x * 1000) / 1000;
  return {
    folds,
    bank: { reports: items.filter((i) => i.report).length, calm: items.filter((i) => !i.report).length },
    precision: round(total.tp / Math.max(1, total.tp + total.fp)),
    recall: round(total.tp / Math.max(1, total.tp + total.fn)),
    ...total,
  };
}
