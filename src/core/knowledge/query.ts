import { stem, terms, words } from './analyzer.js';
import type { Bm25Index } from './bm25.js';
import { editDistance, typoBudget } from './edit-distance.js';
import type { Glossary } from './glossary.js';
import { isStopWord } from './stop-words.js';

// Turns a question into concepts: each content word (or glossary phrase) with the index terms
// that may stand for it. Scoring takes the best form per concept, so a word with many synonyms
// does not outweigh the rest of the question.

const GLOSSARY_WEIGHT = 0.85;
const TYPO_WEIGHT = 0.75;
const COMPOUND_WEIGHT = 0.5;

export interface Concept {
  /** The question's own word or phrase, for explanations and tests. */
  source: string;
  /** Index term → weight (1 for the word itself). */
  forms: Map<string, number>;
  /** How much this concept tells documents apart; unknown words weigh the most. */
  idf: number;
  /** 1 for the question's own words; less for words carried over from an earlier question. */
  weight: number;
}

export interface AnalysedQuery {
  concepts: Concept[];
  /** Extra words for the vector query: glossary expansions and typo corrections. */
  expansionText: string;
}

const addForm = (forms: Map<string, number>, term: string, w: number) => {
  if (term && (forms.get(term) ?? 0) < w) forms.set(term, w);
};

/** Vocabulary terms one or two typos away; longest-shared-prefix first. */
function typoCorrections(term: string, index: Bm25Index, vocab: string[]): string[] {
  const budget = typoBudget(term.length);
  if (budget === 0 || index.has(term)) return [];
  const hits: { t: string; d: number }[] = [];
  for (const v of vocab) {
    const d = editDistance(term, v, budget);
    if (d <= budget) hits.push({ t: v, d });
  }
  return hits.sort((a, b) => a.d - b.d || index.idf(a.t) - index.idf(b.t)).slice(0, 3).map((h) => h.t);
}

/** Danish compounds the documents only use in parts: "vagtplanen" → "vagtplan"… or "kørselsgodtgørelse" → "kørsel". */
function compoundParts(term: string, index: Bm25Index): string[] {
  if (term.length < 7 || index.has(term)) return [];
  for (let cut = term.length - 3; cut >= 3; cut--) {
    const head = term.slice(0, cut);
    const tail = term.slice(cut);
    const heads = [head, head.replace(/[se]$/, '')].filter((h) => h.length >= 3 && index.has(h));
    const tails = [stem(tail), tail].filter((t) => t.length >= 3 && index.has(t));
    if (heads.length && tails.length) return [heads[0]!, tails[0]!];
    if (heads.length && cut >= 4) return [heads[0]!];
  }
  return [];
}

export function analyseQuery(text: string, index: Bm25Index, glossary: Glossary, vocab: string[]): AnalysedQuery {
  const tokens = words(text);
  const covered = new Set<number>();
  const concepts: Concept[] = [];
  const expansion: string[] = [];
  // Longest phrase first; a phrase overlapping an earlier one joins its concept ("call in sick" + "sick").
  const matches = glossary.match(tokens).sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const spans: { start: number; end: number; concept: Concept }[] = [];
  for (const m of matches) {
    const phrase = tokens.slice(m.start, m.end);
    let span = spans.find((x) => m.start < x.end && x.start < m.end);
    if (!span) {
      span = { start: m.start, end: m.end, concept: { source: phrase.join(' '), forms: new Map(), idf: 0, weight: 1 } };
      spans.push(span);
      concepts.push(span.concept);
    }
    const forms = span.concept.forms;
    for (const t of terms(phrase.join(' '))) if (index.has(t)) addForm(forms, t, 1);
    for (const e of m.expand) {
      for (const t of terms(e)) addForm(forms, t, GLOSSARY_WEIGHT);
      expansion.push(e);
    }
    for (let i = m.start; i < m.end; i++) covered.add(i);
  }
  tokens.forEach((w, i) => {
    if (covered.has(i) || isStopWord(w)) return;
    const s = stem(w);
    if (s.length < 2 && !/\d/.test(s)) return;
    const forms = new Map<string, number>([[s, 1]]);
    if (w.includes('-')) for (const p of w.split('-')) if (p.length > 2 && !isStopWord(p)) addForm(forms, stem(p), 0.8);
    if (!/\d/.test(s)) {
      for (const t of typoCorrections(s, index, vocab)) {
        addForm(forms, t, TYPO_WEIGHT);
        expansion.push(t);
      }
      for (const t of compoundParts(s, index)) addForm(forms, t, COMPOUND_WEIGHT);
    }
    concepts.push({ source: w, forms, idf: 0, weight: 1 });
  });
  // Merge concepts that resolve to the same best term ("vagt" twice, or a glossary hit and its word).
  for (const c of concepts) {
    const known = [...c.forms].filter(([t]) => index.has(t));
    c.idf = known.length ? Math.max(...known.map(([t, w]) => index.idf(t) * w)) : index.maxIdf();
  }
  return { concepts: dedupe(concepts), expansionText: expansion.join(' ') };
}

function dedupe(concepts: Concept[]): Concept[] {
  const seen = new Set<string>();
  return concepts.filter((c) => {
    const key = [...c.forms.keys()].sort().join('|');
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
