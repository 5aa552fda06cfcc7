/** Nearest-rank percentile of ascending `sorted`, with `p` a fraction (0.95 for p95). */
export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return 0;
  const index = Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1);
  return sorted[Math.max(0, index)] ?? 0;
}

/** Milliseconds to two decimals, for the JSON summary. */
export const round = (ms: number): number => Math.round(ms * 100) / 100;
