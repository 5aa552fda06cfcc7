import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { fnv1a } from '../knowledge/index/hashed-embedder.js';
import { type SparseRow, sparseProbability } from '../logistic.js';
import { features } from './offer-features.js';
import { RULES_DIR } from './rules.js';

// The offer tier's learned signal: a logistic model over the screen's features (words, pairs,
// character grams, concepts), hashed and not standardised (core/logistic.ts says why), fitted by
// `npm run fit-offer` on the reports and calm look-alikes of the rule files and the example files,
// with ordinary volunteer questions from the question bank as calm. Its cut keeps ordinary
// questions and look-alikes under the offer budget (see the provenance in offer-model.json).

export const OFFER_MODEL_FILE = 'offer-model.json';
export const OFFER_DIMENSIONS = 4096;

const Model = z.object({
  dimensions: z.literal(OFFER_DIMENSIONS),
  weights: z.array(z.number()).length(OFFER_DIMENSIONS),
  bias: z.number(),
  offerAt: z.number().min(0).max(1),
  provenance: z.record(z.string(), z.unknown()),
});
export type OfferModel = z.infer<typeof Model>;

/** A message as the model reads it: its features hashed into a unit vector, kept sparse. */
export function offerVector(text: string): SparseRow {
  const v = new Map<number, number>();
  for (const [k, w] of features(text)) {
    const i = fnv1a(k) % OFFER_DIMENSIONS;
    v.set(i, (v.get(i) ?? 0) + w);
  }
  const n = Math.hypot(...v.values()) || 1;
  return { index: Int32Array.from(v.keys()), value: Float64Array.from(v.values(), (x) => x / n) };
}

export function offerProbability(text: string, m: OfferModel): number {
  return sparseProbability(offerVector(text), m);
}

export function loadOfferModel(): OfferModel {
  return Model.parse(JSON.parse(readFileSync(new URL(OFFER_MODEL_FILE, RULES_DIR), 'utf8')));
}
