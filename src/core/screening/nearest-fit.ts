import { fnv1a } from '../knowledge/index/hashed-embedder.js';
import { type LabelledText, NearestBank, type NearestThresholds, offersByNearest } from './nearest.js';

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

/**
 * The share of calm messages the margin may flag on its training data; recall is maximised under
 * it. The offer may reach at most 5 % of ordinary questions, and the phrase rules already take
 * about 2 %: 3 % is what is left for this signal.
 */
export const MAX_CALM_FLAGGED = 0.03;

/** Leave-one-out similarities: each item against a bank built without it. */
export function leaveOneOut(items: readonly LabelledText[]): Scored[] {
  return items.map((item, i) => ({
    sim: new NearestBank(items.filter((_, j) => j !== i)).similarity(item.text),
    report: item.report,
  }));
}

/** Fits the margin on leave-one-out scores of the items. */
export function fitOn(items: readonly LabelledText[]): NearestThresholds {
  return fitThresholds(leaveOneOut(items));
}

/**
 * The margin with the highest recall that flags at most MAX_CALM_FLAGGED of the calm messages.
 * A bound on calm messages (not on precision) is what the offer budget on ordinary questions
 * needs, and with three calm messages for every two reports it moves less from one bank to the
 * next. Only the margin is fitted: also fitting the absolute similarity did worse in nested
 * cross-validation.
 */
export function fitThresholds(scored: readonly Scored[]): NearestThresholds {
  let best: { t: NearestThresholds; recall: number } | undefined;
  for (let m = 60; m >= -10; m--) {
    const t = { minReport: 0, minMargin: m / 100 };
    const c = confusion(scored, t);
    if (c.fp / Math.max(1, c.fp + c.tn) > MAX_CALM_FLAGGED) continue;
    const recall = c.tp / Math.max(1, c.tp + c.fn);
    // Highest recall; among equals the strictest margin (found first) is kept.
    if (!best || recall > best.recall) best = { t, recall };
  }
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
    const t = fitOn(train);
    const bank = new NearestBank(train);
    const c = confusion(
      test.map((i) => ({ sim: bank.similarity(i.text), report: i.report })),
      t,
    );
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
