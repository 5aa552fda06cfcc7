import { editDistance } from '../../../../src/core/knowledge/query/edit-distance.js';

/** Lower case, æøå folded to ae/oe/aa, punctuation out, single spaces. */
const fold = (s: string) =>
  s
    .toLowerCase()
    .replace(/æ/g, 'ae')
    .replace(/ø/g, 'oe')
    .replace(/å/g, 'aa')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

export interface Prepared {
  folded: string;
  tokens: Set<string>;
}
export const prepare = (s: string): Prepared => {
  const folded = fold(s);
  return { folded, tokens: new Set(folded.split(' ')) };
};

/** Near-exact: the same words but for one or two (token Jaccard ≥ 0.8), or ≤ 12 % of the characters changed. */
export function nearCopy(x: string | Prepared, y: string | Prepared): boolean {
  const a = typeof x === 'string' ? prepare(x) : x;
  const b = typeof y === 'string' ? prepare(y) : y;
  if (a.folded === b.folded) return true;
  let shared = 0;
  for (const t of a.tokens) if (b.tokens.has(t)) shared++;
  const jaccard = shared / (a.tokens.size + b.tokens.size - shared);
  if (jaccard >= 0.8) return true;
  if (jaccard < 0.5) return false;
  const budget = Math.floor(0.12 * Math.max(a.folded.length, b.folded.length));
  return editDistance(a.folded, b.folded, budget) <= budget;
}
