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
    ids.forEach((id, rank) => fused.set(id, (fused.get(id) ?? 0) + weight / (k + rank + 1)));
  }
  return fused;
}

/** Ids sorted by fused score, ties broken by the smaller id (document order) for stable output. */
export function rankFused(fused: Map<number, number>): { id: number; score: number }[] {
  return [...fused].map(([id, score]) => ({ id, score })).sort((a, b) => b.score - a.score || a.id - b.id);
}
