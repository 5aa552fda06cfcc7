import { LEXICAL_FLOOR } from '../../tuning.js';
// Reciprocal rank fusion (Cormack et al. 2009): merges rankings without comparing their scores.

export interface RankedList {
  /** Item ids, best first. */
  ids: number[];
  weight?: number;
}

export const RRF_K = 60;

export function reciprocalRankFusion(lists: RankedList[], k = RRF_K): Map<number, number> {
  const fused = new Map<number, number>();
  for (const { ids, weight = 1 } of lists) {
    ids.forEach((id, rank) => {
      fused.set(id, (fused.get(id) ?? 0) + weight / (k + rank + 1));
    });
  }
  return fused;
}

/**
 * Adds a weighted vote for each id of a ranking, best first: vote(id) / (k + rank + 1). An id
 * whose vote is undefined keeps its place in the ranking but casts none.
 */
export function addRankVotes(
  fused: Map<number, number>,
  ids: readonly number[],
  vote: (id: number) => number | undefined,
  k: number,
): void {
  ids.forEach((id, rank) => {
    const v = vote(id);
    if (v !== undefined) fused.set(id, (fused.get(id) ?? 0) + v / (k + rank + 1));
  });
}

/** Ids sorted by fused score, ties broken by the smaller id (document order) for stable output. */
export function rankFused(fused: Map<number, number>): { id: number; score: number }[] {
  return [...fused].map(([id, score]) => ({ id, score })).sort((a, b) => b.score - a.score || a.id - b.id);
}

/** What the lexical side knows about a passage, for the floor below. */
export interface LexicalEvidence {
  coverage: number;
  matched: number;
  similarity: number;
}

/** Lexical floor: for passages the vectors barely see that hold most of the question with 2+ of its concepts. */
const {
  maxSimilarity: FLOOR_MAX_SIMILARITY,
  minCoverage: FLOOR_MIN_COVERAGE,
  minMatched: FLOOR_MIN_MATCHED,
  vectorOffset: FLOOR_VECTOR_OFFSET,
} = LEXICAL_FLOOR;

/**
 * RRF needs both rankings to place a passage high, and hashed n-gram vectors see almost nothing in
 * a staff card or a short rule. A passage that holds most of the question and ranks high lexically
 * while the vectors hardly see it is scored as if the vectors ranked it a little below its lexical
 * rank. One shared word is no evidence ("show up" → "mød" in an unrelated rule), hence 2+ concepts.
 */
export function applyLexicalFloor(
  fused: Map<number, number>,
  lexicalIds: number[],
  evidence: (id: number) => LexicalEvidence,
  lexicalWeight: number,
  vectorWeight: number,
  k = RRF_K,
): void {
  lexicalIds.forEach((id, rank) => {
    const e = evidence(id);
    if (e.similarity >= FLOOR_MAX_SIMILARITY || e.coverage < FLOOR_MIN_COVERAGE || e.matched < FLOOR_MIN_MATCHED)
      return;
    const floor = lexicalWeight / (k + rank + 1) + vectorWeight / (k + rank + 1 + FLOOR_VECTOR_OFFSET);
    if ((fused.get(id) ?? 0) < floor) fused.set(id, floor);
  });
}
