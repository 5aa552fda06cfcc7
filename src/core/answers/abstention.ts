import type { SearchHit } from '../knowledge/hybrid-retriever.js';

// When do the documents not cover a question? Calibrated on the dev and paraphrase sets plus
// off-topic questions: the best passage must contain most of what the question is about
// (idf-weighted concept coverage), or be very close in the vector space.

export const MIN_COVERAGE = 0.4;
export const STRONG_SIMILARITY = 0.5;

export function isCovered(hit: SearchHit | undefined): boolean {
  if (!hit) return false;
  return hit.coverage >= MIN_COVERAGE || hit.similarity >= STRONG_SIMILARITY;
}
