import type { Concept } from '../knowledge/query.js';
import { answerTypeBoost, quoteUnits, unitScore } from '../knowledge/sentence-evidence.js';
import type { Chunk } from '../types.js';

// Picks the sentence(s) of a passage that answer the question, to quote verbatim.

const MAX_QUOTE_CHARS = 480;
const MAX_UNITS = 3;
/** Another sentence this close to the best one is quoted too. */
const RUNNER_UP_RATIO = 0.7;
/** The sentence right after the best often finishes the answer ("… skal der foretages et match. Det … bliver bedst, hvis …"). */
const NEXT_SENTENCE_RATIO = 0.4;
const MAX_LIST_ITEMS = 6;
const LIST_INTRO_MAX_CHARS = 80;

interface Unit {
  text: string;
  bullet: boolean;
  /** Concept score alone. */
  base: number;
  /** With the answer-type boost. */
  score: number;
  typed: boolean;
}

/**
 * The best sentence, close runners-up, the sentence that continues it, a sentence with the kind
 * of answer asked for (a number for "hvor mange"), and the items of any list introduced.
 */
export function selectQuote(chunk: Chunk, concepts: Concept[], question = ''): string {
  const units: Unit[] = quoteUnits(chunk).map((u) => {
    const base = unitScore(u.text, concepts);
    const boost = answerTypeBoost(question, u.text);
    return { ...u, base, score: base * boost, typed: boost > 1 };
  });
  if (units.length === 0) return chunk.text;
  const best = units.reduce((a, b) => (b.score > a.score ? b : a), units[0]!);
  if (best.score === 0) return units[0]!.text;
  const chosen = new Set<Unit>([best]);
  let length = best.text.length;
  const add = (u: Unit | undefined) => {
    if (!u || chosen.has(u) || chosen.size >= MAX_UNITS || length + u.text.length > MAX_QUOTE_CHARS) return;
    chosen.add(u);
    length += u.text.length;
  };
  const bestAt = units.indexOf(best);
  const next = units[bestAt + 1];
  if (next && !next.bullet && next.score >= best.score * NEXT_SENTENCE_RATIO) add(next);
  for (const u of units.filter((x) => x.score >= best.score * RUNNER_UP_RATIO).sort((a, b) => b.score - a.score)) add(u);
  const typed = units.filter((u) => u.typed && u.base > 0).sort((a, b) => b.score - a.score)[0];
  if (typed && ![...chosen].some((u) => u.typed)) add(typed);
  // A list intro right after a chosen sentence ("Det drejer sig om:") belongs to the answer.
  units.forEach((u, i) => {
    const prev = units[i - 1];
    if (prev && chosen.has(prev) && !prev.bullet && /:$/.test(u.text) && u.text.length <= LIST_INTRO_MAX_CHARS) chosen.add(u);
  });
  // A chosen list intro brings its items.
  units.forEach((u, i) => {
    if (!chosen.has(u) || !/:$/.test(u.text)) return;
    for (let j = i + 1, n = 0; j < units.length && units[j]!.bullet && n < MAX_LIST_ITEMS; j++, n++) chosen.add(units[j]!);
  });
  const picked = units.filter((u) => chosen.has(u));
  let text = '';
  picked.forEach((u, i) => {
    const prev = picked[i - 1];
    text += i === 0 ? u.text : u.bullet || prev?.bullet ? `\n${u.text}` : ` ${u.text}`;
  });
  // One list item quoted alone reads as a sentence.
  return picked.length === 1 && picked[0]!.bullet ? text.replace(/^• /, '') : text;
}
