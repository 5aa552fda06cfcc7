import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { fnv1a } from '../knowledge/index/hashed-embedder.js';
import { type Logistic, probability } from '../logistic.js';
import { features } from './nearest.js';
import { RULES_DIR } from './rules.js';

// A second nearest-example signal for the offer tier: a logistic model over the same features
// (words, pairs, character grams, concepts), hashed, fitted by `npm run fit-offer` on the reports
// and calm look-alikes of config/screening/nearest-examples.json and the rule files, with ordinary
// volunteer questions from the question bank as calm. Its cut keeps ordinary questions under the
// offer budget (see the provenance in offer-model.json).

export const OFFER_MODEL_FILE = 'offer-model.json';
export const OFFER_DIMENSIONS = 4096;

const Model = z.object({
  dimensions: z.literal(OFFER_DIMENSIONS),
  mean: z.array(z.number()).length(OFFER_DIMENSIONS),
  scale: z.array(z.number()).length(OFFER_DIMENSIONS),
  weights: z.array(z.number()).length(OFFER_DIMENSIONS),
  bias: z.number(),
  offerAt: z.number().min(0).max(1),
  provenance: z.record(z.string(), z.unknown()),
});
export type OfferModel = z.infer<typeof Model>;

/** A message as the model reads it: its features hashed into a unit vector. */
export function offerVector(text: string): number[] {
  const v = new Array<number>(OFFER_DIMENSIONS).fill(0);
  for (const [k, w] of features(text)) v[fnv1a(k) % OFFER_DIMENSIONS]! += w;
  const n = Math.hypot(...v) || 1;
  return v.map((x) => x / n);
}

export function offerProbability(text: string, m: Logistic): number {
  return probability(offerVector(text), m);
}

export function loadOfferModel(): OfferModel {
  return Model.parse(JSON.parse(readFileSync(new URL(OFFER_MODEL_FILE, RULES_DIR), 'utf8')));
}
