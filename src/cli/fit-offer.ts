import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { fnv1a } from '../core/knowledge/index/hashed-embedder.js';
import { bankFiles } from '../core/knowledge/ingest/question-bank.js';
import { sparseProbability } from '../core/logistic.js';
import { OFFER_RULE_FILES } from '../core/screening/concern.js';
import { type LabelledText, ruleBank } from '../core/screening/offer-features.js';
import { OFFER_DIMENSIONS, OFFER_MODEL_FILE, offerVector } from '../core/screening/offer-model.js';
import { RULES_DIR } from '../core/screening/rules.js';
import { ROUTE_RULE_FILES } from '../core/screening/safety.js';
import { fitSparseLogistic } from '../quality/logistic.js';

// npm run fit-offer [-- --write]: fits the offer model (core/screening/offer-model.ts) and reports
// 5-fold cross-validated figures; the cut is the lowest that flags at most MAX_ORDINARY of held-out
// ordinary volunteer questions (from the question bank: none of them is an evaluation question)
// and at most MAX_LOOK_ALIKES of held-out calm look-alikes.

const MAX_ORDINARY = 0.02;
/** Issue 10 allows the offer on 3 of 30 calm look-alikes; the phrase rules take some of that. */
const MAX_LOOK_ALIKES = 0.1;
/** Batch gradient descent on unit-length sparse rows needs a large step and many passes. */
const FIT = { l2: 1e-6, iterations: 2000, rate: 40 };
const FOLDS = 5;
/** Ordinary questions taken from the bank as calm examples (one in n, so all topics). */
const ORDINARY_EVERY = 4;

const Examples = z.object({ reports: z.array(z.string()), calm: z.array(z.string()) });
/** Labelled reports and calm look-alikes, each file written by a helper who saw only the documents. */
const EXAMPLE_FILES = ['nearest-examples.json', 'offer-examples-2.json', 'offer-examples-3.json'];
const examples = EXAMPLE_FILES.map((f) => Examples.parse(JSON.parse(readFileSync(new URL(f, RULES_DIR), 'utf8'))));
const ordinary = (await bankFiles('knowledge'))
  .flatMap((f) =>
    readFileSync(join('knowledge', f), 'utf8')
      .split('\n')
      .filter((l) => l.trim())
      .map((l) => (JSON.parse(l) as { q: string }).q),
  )
  // Chosen by a hash of the text, not by line number: an edit to the bank moves no other question in or out.
  .filter((q) => fnv1a(`ordinary:${q}`) % ORDINARY_EVERY === 0);
const items: (LabelledText & { ordinary?: boolean })[] = [
  ...ruleBank(OFFER_RULE_FILES, ROUTE_RULE_FILES),
  ...examples.flatMap((e) => e.reports.map((text) => ({ text, report: true }))),
  ...examples.flatMap((e) => e.calm.map((text) => ({ text, report: false }))),
  ...ordinary.map((text) => ({ text, report: false, ordinary: true })),
];
const X = items.map((i) => offerVector(i.text));
const y = items.map((i) => (i.report ? 1 : 0));
const fitModel = (ids: number[]) =>
  fitSparseLogistic(
    ids.map((i) => X[i]!),
    ids.map((i) => y[i]!),
    OFFER_DIMENSIONS,
    FIT,
  );

const fold = (i: number) => fnv1a(items[i]!.text) % FOLDS;
const held = new Array<number>(items.length).fill(0);
for (let f = 0; f < FOLDS; f++) {
  const m = fitModel(items.map((_, i) => i).filter((i) => fold(i) !== f));
  items.forEach((_, i) => {
    if (fold(i) === f) held[i] = sparseProbability(X[i]!, m);
  });
}
const grid = Array.from({ length: 99 }, (_, i) => (i + 1) / 100);
const rate = (t: number, pick: (i: number) => boolean) => {
  const ids = items.map((_, i) => i).filter(pick);
  return ids.filter((i) => held[i]! >= t).length / (ids.length || 1);
};
const isLookAlike = (i: number) => y[i] === 0 && !items[i]!.ordinary;
const offerAt =
  grid.find(
    (t) => rate(t, (i) => items[i]!.ordinary === true) <= MAX_ORDINARY && rate(t, isLookAlike) <= MAX_LOOK_ALIKES,
  ) ?? 0.99;
const cv = {
  folds: FOLDS,
  reports: y.filter(Boolean).length,
  calmLookAlikes: items.filter((i) => !i.report && !i.ordinary).length,
  ordinary: ordinary.length,
  recall: rate(offerAt, (i) => y[i] === 1),
  lookAlikesFlagged: rate(offerAt, isLookAlike),
  ordinaryFlagged: rate(offerAt, (i) => items[i]!.ordinary === true),
};
const round = (v: number) => Math.round(v * 1e5) / 1e5;
console.log(JSON.stringify({ offerAt, cv }));
if (process.argv.includes('--write')) {
  const m = fitModel(items.map((_, i) => i));
  const model = {
    dimensions: OFFER_DIMENSIONS,
    offerAt,
    provenance: {
      fittedBy: 'npm run fit-offer',
      date: new Date().toISOString().slice(0, 10),
      data: `rule files examples/nearMisses, nearest-bank.json, ${EXAMPLE_FILES.join(', ')}; one in ${ORDINARY_EVERY} question-bank questions (by a hash of the text) as ordinary calm`,
      rule: `lowest cut flagging at most ${MAX_ORDINARY * 100} % of held-out ordinary questions and ${MAX_LOOK_ALIKES * 100} % of held-out look-alikes`,
      model: 'logistic regression over hashed features, unstandardised',
      fit: FIT,
      crossValidation: cv,
    },
    bias: round(m.bias),
    weights: m.weights.map(round),
  };
  writeFileSync(new URL(OFFER_MODEL_FILE, RULES_DIR), `${JSON.stringify(model)}\n`);
  console.log(`wrote config/screening/${OFFER_MODEL_FILE}`);
}
