import type { SearchHit } from '../knowledge/hybrid-retriever.js';

// When do the documents not cover a question? Calibrated on the dev set, our paraphrase set and
// off-topic questions (tests/fixtures/questions.paraphrase.jsonl):
// - the best passage must hold a good share of what the question is about (idf-weighted
//   concept coverage, where words the documents never use weigh the most), and
// - a passage that only partly matches must also be near in the vector space.

export const MIN_COVERAGE = 0.4;
export const CONFIDENT_COVERAGE = 0.6;
export const MIN_SIMILARITY = 0.2;

export function isCovered(hit: SearchHit | undefined): boolean {
  if (!hit) return false;
  if (hit.coverage >= CONFIDENT_COVERAGE) return true;
  return hit.coverage >= MIN_COVERAGE && hit.similarity >= MIN_SIMILARITY;
}
