import type { Bm25Index } from '../index/bm25.js';
import { type Concept, formTerms } from '../query/query.js';

// BM25 summed over a question's concepts, each concept scored by its best form, plus how much of
// the question (idf-weighted) each item holds. Passages and bank questions are scored alike.

export interface ConceptScores {
  scores: Map<number, number>;
  /** Share of the question's own concepts (idf-weighted) the item holds, 0..1. */
  coverage: Map<number, number>;
  /** How many distinct concepts of the question the item holds. */
  matched: Map<number, number>;
}

/** BM25 of a form; a several-word form scores only where all its words occur. */
export function formScores(form: string, bm25: Bm25Index): Map<number, number> {
  const parts = formTerms(form).map((t) => bm25.scores(t));
  if (parts.length === 1) return parts[0]!;
  const out = new Map<number, number>();
  for (const [doc, s] of parts[0]!) {
    let sum = s;
    for (const p of parts.slice(1)) {
      const x = p.get(doc);
      if (x === undefined) {
        sum = -1;
        break;
      }
      sum += x;
    }
    if (sum >= 0) out.set(doc, sum);
  }
  return out;
}

export function scoreConcepts(
  concepts: Concept[],
  bm25: Bm25Index,
  idfOf: (c: Concept) => number = (c) => c.idf,
): ConceptScores {
  const scores = new Map<number, number>();
  const covered = new Map<number, number>();
  const count = new Map<number, number>();
  // Coverage asks whether the item answers this question, so carried-over words don't count.
  const own = (c: Concept) => c.weight >= 1;
  const totalIdf = concepts.filter(own).reduce((a, c) => a + idfOf(c), 0);
  for (const c of concepts) {
    const best = new Map<number, number>();
    const matched = new Map<number, number>();
    for (const [form, w] of c.forms) {
      const covers = !c.rankOnly?.has(form);
      for (const [doc, s] of formScores(form, bm25)) {
        if ((best.get(doc) ?? 0) < s * w * c.weight) best.set(doc, s * w * c.weight);
        if (covers && (matched.get(doc) ?? 0) < w) matched.set(doc, w);
      }
    }
    for (const [doc, s] of best) scores.set(doc, (scores.get(doc) ?? 0) + s);
    if (!own(c)) continue;
    const idf = idfOf(c);
    for (const [doc, w] of matched) {
      covered.set(doc, (covered.get(doc) ?? 0) + idf * w);
      count.set(doc, (count.get(doc) ?? 0) + 1);
    }
  }
  const coverage = new Map<number, number>();
  for (const [doc, v] of covered) coverage.set(doc, totalIdf > 0 ? v / totalIdf : 0);
  return { scores, coverage, matched: count };
}
