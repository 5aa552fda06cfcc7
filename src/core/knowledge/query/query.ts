import { detectLanguage } from '../../language.js';
import type { Bm25Index } from '../index/bm25.js';
import { stem, terms, withDanishSpelling } from './analyzer.js';
import { colloquialToWritten } from './colloquial.js';
import { editDistance, typoBudget } from './edit-distance.js';
import type { Glossary } from './glossary.js';
import { BACKGROUND_WEIGHT, type FocusedTokens, questionFocus } from './question-focus.js';
import { isStopWord } from './stop-words.js';

// Turns a question into concepts: each content word (or glossary phrase) with the index terms
// that may stand for it. Scoring takes the best form per concept, so a word with many synonyms
// does not outweigh the rest of the question.

const GLOSSARY_WEIGHT = 0.85;
/** Long messages: the question is in the first words, and typo search per word must stay fast. */
const MAX_QUERY_WORDS = 60;
const TYPO_WEIGHT = 0.75;
const COMPOUND_WEIGHT = 0.5;
const COMPOUND_TAIL_WEIGHT = 0.8;
/**
 * An English word the documents and the glossary don't know: a thing ("birthday speech", "surgery")
 * is what the question is about and weighs nearly as much as a Danish one; a verb form or adverb
 * ("thinking", "honestly", "started") is more often just how the question is told.
 */
const UNKNOWN_ENGLISH_FACTOR = 0.75;
const UNKNOWN_ENGLISH_VERB_FACTOR = 0.5;
const AUXILIARY = /^(am|is|are|was|were|be|been|keep|keeps|kept|i'm|im|stop|stopped|start|started|been|still)$/;
/** -ed/-ly words, and -ing words after an auxiliary ("I keep thinking"); "parking", "training" alone are things. */
export function isEnglishVerbOrAdverb(w: string, previous?: string): boolean {
  if (w.length <= 5) return false;
  return /(ed|ly)$/.test(w) || (/ing$/.test(w) && previous !== undefined && AUXILIARY.test(previous));
}

export interface Concept {
  /** The question's own word or phrase, for explanations and tests. */
  source: string;
  /** Index term → weight (1 for the word itself). */
  forms: Map<string, number>;
  /** How much this concept tells documents apart; unknown words weigh the most. */
  idf: number;
  /** 1 for the question's own words; less for words carried over from an earlier question. */
  weight: number;
  /**
   * Forms that rank passages but don't make them cover the question (compound completions): a
   * passage that only shares "hospitalsvagter" with "hospital" is no evidence the documents answer it.
   */
  rankOnly?: Set<string>;
  /** The clause of the message the word is in (see question-focus.ts), when the message tells and asks. */
  clause?: number;
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
    // Typos rarely hit the first letter; requiring it keeps "morgen" from becoming "borger".
    if (v[0] !== term[0]) continue;
    const d = editDistance(term, v, budget);
    if (d <= budget) hits.push({ t: v, d });
  }
  return hits
    .sort((a, b) => a.d - b.d || index.idf(a.t) - index.idf(b.t))
    .slice(0, 3)
    .map((h) => h.t);
}

/** Danish compounds the documents only use in parts: "vagtplanen" → "vagtplan"… or "kørselsgodtgørelse" → "kørsel". */
function compoundParts(term: string, index: Bm25Index): string[] {
  if (term.length < 7) return [];
  for (let cut = term.length - 3; cut >= 3; cut--) {
    const head = term.slice(0, cut);
    const tail = term.slice(cut);
    // Parts of a word the documents use must be words of their own, not line-break fragments.
    const min = index.has(term) ? 4 : 3;
    const heads = [head, head.replace(/[se]$/, ''), stem(head)].filter((h) => h.length >= min && index.has(h));
    const tails = [stem(tail), tail].filter((t) => t.length >= min && index.has(t));
    if (heads.length && tails.length) return [heads[0]!, tails[0]!];
    // A known word is only split into two known words; an unknown one may keep just its first part.
    if (heads.length && cut >= 4 && !index.has(term)) return [heads[0]!, ''];
  }
  return [];
}

/** Weight of a document compound that holds the question's word as one of its parts. */
const COMPLETION_WEIGHT = 0.6;
const MAX_COMPLETIONS = 6;
const MIN_COMPLETION_PART = 4;
/** A word in more than this share of the passages (and more than two) is common in the documents. */
const COMMON_SHARE = 1 / 12;
const isCommon = (term: string, index: Bm25Index) => index.docFrequency(term) > Math.max(2, index.size * COMMON_SHARE);

/** A compound's other part is a document word of its own, with or without the linking "s"/"e". */
function knownPart(part: string, index: Bm25Index): boolean {
  for (const p of [part, part.replace(/^[se]/, ''), part.replace(/[se]$/, '')]) {
    if (p.length >= 3 && (index.has(p) || index.has(stem(p)))) return true;
  }
  return false;
}

/**
 * Document compounds that contain the word whole ("konsulent" → "frivilligkonsulent", "info" →
 * "infomail", "introduktion" → "introduktionsforløb"): Danish writes as one word what a question
 * says in parts or half. The rest of the compound must be a document word too, so "kontakt" does
 * not reach "kontaktoplysning" through a fragment. The reverse of compoundParts.
 */
export function compoundCompletions(term: string, index: Bm25Index, vocab: string[]): string[] {
  // A common word's compounds are many and say little ("frivillig", "hospital").
  if (term.length < MIN_COMPLETION_PART || /\d|\s/.test(term) || isCommon(term, index)) return [];
  const out: string[] = [];
  for (const v of vocab) {
    if (v.length < term.length + 3 || v === term) continue;
    if (
      (v.startsWith(term) && knownPart(v.slice(term.length), index)) ||
      (v.endsWith(term) && knownPart(v.slice(0, -term.length), index))
    )
      out.push(v);
  }
  // The rarest first: a specific compound tells the most.
  return out.sort((a, b) => index.idf(b) - index.idf(a)).slice(0, MAX_COMPLETIONS);
}

/**
 * A keyboard without æ/ø/å writes "ae", "oe", "aa" ("moeder", "afvaergepligt", "naar"). Such a word
 * the documents don't know is read with the Danish letters when that gives a word they, or the
 * stop list, know; "does" stays "does".
 */
export function withDanishLetters(word: string, index: Bm25Index): string {
  if (!/ae|oe|aa/.test(word) || isStopWord(word) || index.has(stem(word))) return word;
  const folded = withDanishSpelling(word);
  return index.has(stem(folded)) || isStopWord(folded) ? folded : word;
}

/** "hvor længe", "how many", "max": they ask for a kind of answer (see sentence-evidence.ts), not for a topic. */
const INTERROGATIVES = [
  ['hvor', 'lang', 'tid'],
  ['hvor', 'længe'],
  ['hvor', 'mange'],
  ['hvor', 'meget'],
  ['hvor', 'ofte'],
  ['hvor', 'tit'],
  ['hvor', 'langt'],
  ['how', 'long'],
  ['how', 'many'],
  ['how', 'much'],
  ['how', 'often'],
  ['how', 'far'],
  ['max'],
  ['maks'],
  ['maksimalt'],
  ['maximum'],
  ['maksimum'],
  ['højst'],
  ['limit'],
  ['minimum'],
  ['mindst'],
  // "What's the rule on alcohol?" asks about alcohol.
  ['rule'],
  ['rules'],
  ['regel'],
  ['regler'],
  ['reglerne'],
  ['reglen'],
];

function interrogativePositions(tokens: string[]): Set<number> {
  const out = new Set<number>();
  for (const p of INTERROGATIVES) {
    for (let i = 0; i + p.length <= tokens.length; i++) {
      if (p.every((w, k) => tokens[i + k] === w)) for (let k = 0; k < p.length; k++) out.add(i + k);
    }
  }
  return out;
}

/** A form is one index term or several that must all occur ("region syd"). */
export const formTerms = (form: string): string[] => form.split(' ');
export const formIn = (form: string, has: (t: string) => boolean): boolean => formTerms(form).every(has);

/**
 * A Danish compound typed as two words ("studenter medhjælper", "tavsheds pligt") is read as the
 * one word the documents use, when they use it, neither half is a stop word, and a half is not a
 * document word of its own ("erfa møder" keeps both words, which the documents use apart too).
 */
export function joinSplitCompounds(
  tokens: string[],
  weights: number[],
  index: Bm25Index,
  clauses?: number[],
): { tokens: string[]; weights: number[]; clauses?: number[] } {
  const out: string[] = [];
  const w: number[] = [];
  const cl: number[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const a = tokens[i]!;
    const b = tokens[i + 1];
    if (
      b &&
      a.length >= 3 &&
      b.length >= 3 &&
      !isStopWord(a) &&
      !isStopWord(b) &&
      !/\d/.test(a + b) &&
      index.has(stem(a + b)) &&
      !(index.has(stem(a)) && index.has(stem(b)))
    ) {
      out.push(a + b);
      w.push(Math.max(weights[i] ?? 1, weights[i + 1] ?? 1));
      cl.push(clauses?.[i + 1] ?? 0);
      i++;
      continue;
    }
    out.push(a);
    w.push(weights[i] ?? 1);
    cl.push(clauses?.[i] ?? 0);
  }
  return { tokens: out, weights: w, ...(clauses ? { clauses: cl } : {}) };
}

export function analyseQuery(text: string, index: Bm25Index, glossary: Glossary, vocab: string[]): AnalysedQuery {
  const focus = questionFocus(text);
  const typed = focus.tokens
    .slice(0, MAX_QUERY_WORDS)
    .map(colloquialToWritten)
    .map((w) => withDanishLetters(w, index));
  const { tokens, weights, clauses } = joinSplitCompounds(typed, focus.weights, index, focus.clauses);
  const weightAt = (i: number) => weights[i] ?? 1;
  const clauseAt = (i: number) => (clauses ? { clause: clauses[i] } : {});
  const covered = interrogativePositions(tokens);
  const concepts: Concept[] = [];
  const expansion: string[] = [];
  const known = (form: string) => formIn(form, (t) => index.has(t));
  const danish = detectLanguage(text) === 'da';
  // Longest phrase first: "annual meeting" is the volunteer day, not any meeting. Entries that
  // match the very same words join one concept.
  const matches = glossary
    .match(tokens, (t) => index.has(stem(t)), index)
    .sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const spans: { start: number; end: number; concept: Concept }[] = [];
  for (const m of matches) {
    const phrase = tokens.slice(m.start, m.end).join(' ');
    let span = spans.find((x) => x.start === m.start && x.end === m.end);
    if (!span) {
      if (spans.some((x) => m.start < x.end && x.start < m.end)) continue;
      span = {
        start: m.start,
        end: m.end,
        concept: { source: phrase, forms: new Map(), idf: 0, weight: weightAt(m.start), ...clauseAt(m.start) },
      };
      spans.push(span);
      concepts.push(span.concept);
    }
    const forms = span.concept.forms;
    // The phrase's own words count only when Danish: English "take" must not match Danish "tak".
    // All of a phrase's words must occur for the phrase itself to match ("region south" is not
    // "region"). One the documents don't use ("min mand") is kept: it scores no passage, but it
    // matches the bank questions that say it.
    const own = danish || detectLanguage(phrase) === 'da' ? terms(phrase).join(' ') : '';
    if (own) addForm(forms, own, 1);
    for (const e of m.expand) {
      const form = terms(e).join(' ');
      if (form) addForm(forms, form, GLOSSARY_WEIGHT);
      expansion.push(e);
    }
    for (let i = m.start; i < m.end; i++) covered.add(i);
  }
  // Typo correction maps onto Danish document words, so an English word is never "corrected"
  // ("table" is not "tal"); English typos are caught by the glossary's own typo matching.
  tokens.forEach((w, i) => {
    if (covered.has(i) || isStopWord(w)) return;
    const s = stem(w);
    if (s.length < 2 && !/\d/.test(s)) return;
    const forms = new Map<string, number>([[s, 1]]);
    if (w.includes('-')) for (const p of w.split('-')) if (p.length > 2 && !isStopWord(p)) addForm(forms, stem(p), 0.8);
    if (!/\d/.test(s)) {
      for (const t of danish ? typoCorrections(s, index, vocab) : []) {
        addForm(forms, t, TYPO_WEIGHT);
        expansion.push(t);
      }
      // In a Danish compound the last part names the thing ("frivilligkontrakt" is a "kontrakt");
      // an English word is not a compound ("comments" is not "com" + "ent").
      const [head, tail] = danish || /[æøå]/.test(s) ? compoundParts(s, index) : [];
      if (head) addForm(forms, head, COMPOUND_WEIGHT);
      if (tail) addForm(forms, tail, COMPOUND_TAIL_WEIGHT);
    }
    concepts.push({ source: w, forms, idf: 0, weight: weightAt(i), ...clauseAt(i) });
  });
  // Compounds are completed for the question's own Danish words and for glossary words, which are
  // Danish; an English word is not part of a Danish compound.
  for (const c of concepts) {
    for (const [f, w] of [...c.forms]) {
      // In an English question, the question's own word is completed only when the documents use it too ("info").
      if (w < GLOSSARY_WEIGHT || (!danish && w >= 1 && !/[æøå]/.test(f) && !index.has(f))) continue;
      for (const v of compoundCompletions(f, index, vocab)) {
        if (c.forms.has(v)) continue;
        addForm(c.forms, v, w * COMPLETION_WEIGHT);
        (c.rankOnly ??= new Set()).add(v);
      }
    }
  }
  // A word the documents never use weighs the most: it is what the question is about and they
  // don't cover. In an English question it is more often just a word without a glossary entry.
  const verbs = new Set(tokens.filter((w, i) => isEnglishVerbOrAdverb(w, tokens[i - 1])));
  const unknownIdf = (source: string) =>
    index.maxIdf() * (danish ? 1 : verbs.has(source) ? UNKNOWN_ENGLISH_VERB_FACTOR : UNKNOWN_ENGLISH_FACTOR);
  for (const c of concepts) {
    const idfs = [...c.forms]
      .filter(([f]) => known(f))
      .map(([f, w]) => Math.max(...formTerms(f).map((t) => index.idf(t))) * w);
    c.idf = idfs.length ? Math.max(...idfs) : unknownIdf(c.source);
  }
  // The asking clause must name something the documents know ("… who can I reach out to?" does
  // not); otherwise the whole message is the question.
  const isKnown = (c: Concept) => [...c.forms.keys()].some(known);
  demoteStoryWords(concepts, focus, isKnown);
  if (!concepts.some((c) => c.weight >= 1 && isKnown(c))) for (const c of concepts) c.weight = 1;
  return { concepts: dedupe(concepts), expansionText: expansion.join(' ') };
}

/**
 * A clause that tells rather than asks and names nothing the documents know is the story's
 * circumstance ("min datter har fødselsdag på lørdag", "my wife was just diagnosed"): its words
 * rank at background weight and leave coverage to the rest, so an unknown word there does not
 * make the documents seem not to cover the question. A story clause that names something they
 * know is what is asked about, with its unknown words ("min hund er syg, hvad gør jeg?": the dog;
 * "jeg ringer fra køkkenet, mens børnene larmer, er det ok?"), and so are the asking clause's own
 * unknown words ("…, kan jeg få løn?": off-topic questions still abstain).
 */
export function demoteStoryWords(concepts: Concept[], focus: FocusedTokens, isKnown: (c: Concept) => boolean): void {
  const { story } = focus;
  if (!story) return;
  const knownIn = new Set(concepts.filter(isKnown).map((c) => c.clause));
  for (const c of concepts) {
    if (c.clause === undefined || !story[c.clause] || isKnown(c)) continue;
    if (!knownIn.has(c.clause)) c.weight = Math.min(c.weight, BACKGROUND_WEIGHT);
  }
}

/** The same word twice in a question is one concept ("vagt … vagt"). */
function dedupe(concepts: Concept[]): Concept[] {
  const seen = new Map<string, Concept>();
  return concepts.filter((c) => {
    const key = `${stem(c.source)}:${[...c.forms.keys()].sort().join('|')}`;
    const first = seen.get(key);
    // Asked about anywhere, the word counts as asked about.
    if (first) first.weight = Math.max(first.weight, c.weight);
    else seen.set(key, c);
    return !first;
  });
}
