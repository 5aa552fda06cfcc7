import { editDistance } from '../../../../src/core/knowledge/query/edit-distance.js';

/** Lower case, æøå folded to ae/oe/aa, punctuation out, single spaces. */
const fold = (s: string) =>
  s.toLowerCase().replace(/æ/g, 'ae').replace(/ø/g, 'oe').replace(/å/g, 'aa').replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

/** Near-exact: the same words but for one or two (token Jaccard ≥ 0.8), or ≤ 12 % of the characters changed. */
export function nearCopy(a: string, b: string): boolean {
  const fa = fold(a);
  const fb = fold(b);
  if (fa === fb) return true;
  const ta = new Set(fa.split(' '));
  const tb = new Set(fb.split(' '));
  const shared = [...ta].filter((t) => tb.has(t)).length;
  const jaccard = shared / (ta.size + tb.size - shared);
  if (jaccard >= 0.8) return true;
  if (jaccard < 0.5) return false;
  const budget = Math.floor(0.12 * Math.max(fa.length, fb.length));
  return editDistance(fa, fb, budget) <= budget;
}
