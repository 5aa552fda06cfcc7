import type { SearchHit } from '../knowledge/rank/hybrid-retriever.js';

// Whether a passage beside the lead is good enough to quote too ("Se også", the instructions in the
// next passage). Whether to answer at all, and which passage leads, is the fitted decision
// (decision.ts). Calibrated on the dev set, our paraphrase set and off-topic questions:
// - the passage must hold a good share of what the question is about (idf-weighted concept
//   coverage, where words the documents never use weigh the most), and
// - a passage that only partly matches must also be near in the vector space.

export const MIN_COVERAGE = 0.4;
export const CONFIDENT_COVERAGE = 0.6;
export const MIN_SIMILARITY = 0.2;

/**
 * Three distinct concepts of the question in one passage are no chance match either: off-topic
 * questions share one word with a passage ("parkering", "booke"). It stands in for vector nearness,
 * which the hashed embedder gives short cards and signatures little of ("Heino Knudsen,
 * Regionsrådsformand").
 */
export const MIN_MATCHED_WITHOUT_SIMILARITY = 3;

export function isCovered(hit: SearchHit | undefined): boolean {
  if (!hit) return false;
  if (hit.coverage >= CONFIDENT_COVERAGE) return true;
  return (
    hit.coverage >= MIN_COVERAGE && (hit.similarity >= MIN_SIMILARITY || hit.matched >= MIN_MATCHED_WITHOUT_SIMILARITY)
  );
}

// A neighbour of the lead that holds the kind of answer asked for (extractive.ts) may hold less:
// a third of the concepts, two of them (heldout 1-8, 2026-11).
export const TENTATIVE_COVERAGE = 0.3;
export const TENTATIVE_MATCHED = 2;
