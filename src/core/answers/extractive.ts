import type { Concept } from '../knowledge/query/query.js';
import type { SearchHit } from '../knowledge/rank/hybrid-retriever.js';
import {
  answerTypeBoost,
  asksForAnswerType,
  conceptMass,
  isAnaphoric,
  quoteUnits,
  unitConceptScores,
  unitScores,
} from '../knowledge/rank/sentence-evidence.js';
import type { Chunk, Lang } from '../types.js';
import { MIN_COVERAGE, TENTATIVE_COVERAGE, TENTATIVE_MATCHED } from './abstention.js';
import { withSeeAlso } from './see-also.js';
import { textsFor } from './texts.js';

// Picks the sentence(s) of a passage that answer the question, to quote verbatim.

const MAX_QUOTE_CHARS = 480;
const MAX_UNITS = 3;
/** Another sentence this close to the best one is quoted too. */
const RUNNER_UP_RATIO = 0.7;
/** The sentence right after the best often finishes the answer ("… skal der foretages et match. Det … bliver bedst, hvis …"). */
const NEXT_SENTENCE_RATIO = 0.4;
const MAX_LIST_ITEMS = 6;
const LIST_INTRO_MAX_CHARS = 80;
const MAX_LIST_CHARS = 640;
/**
 * A sentence that holds this share of the question's concepts that the best sentence lacks is
 * quoted too: the rule often sits next to the sentence that shares the most words ("… din
 * makker" / "… aflyses vagten"), and two-sided questions need both sides.
 */
const COMPLEMENT_SHARE = 0.2;

export interface Quote {
  text: string;
  /** Holds the kind of answer asked for (a number, a date, a person, an instruction). */
  typed: boolean;
  /** The sentence that holds the most of the question; empty when none holds any of it. */
  best: string;
}

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
function scoredUnits(chunk: Chunk, concepts: Concept[], question: string): Unit[] {
  const units = quoteUnits(chunk);
  const bases = unitScores(units, concepts, chunk.title);
  return units.map((u, i) => {
    const base = bases[i]!;
    const boost = answerTypeBoost(question, u.text, concepts);
    return { ...u, base, score: base * boost, typed: boost > 1 };
  });
}

/** The score of a passage's best sentence: what its quote would hold of the question. */
export const bestUnitScore = (chunk: Chunk, concepts: Concept[], question = ''): number =>
  scoredUnits(chunk, concepts, question).reduce((a, u) => Math.max(a, u.score), 0);

/** The sentence that adds the most of what the best sentence lacks, if that is enough to matter. */
function complementUnit(units: Unit[], best: Unit, concepts: Concept[]): Unit | undefined {
  const mass = conceptMass(concepts);
  if (mass <= 0) return undefined;
  const have = unitConceptScores(best.text, concepts);
  let pick: Unit | undefined;
  let pickGain = 0;
  for (const u of units) {
    if (u === best) continue;
    const gain = unitConceptScores(u.text, concepts).reduce((a, v, i) => a + Math.max(0, v - have[i]!), 0);
    if (gain > pickGain) [pick, pickGain] = [u, gain];
  }
  return pickGain >= COMPLEMENT_SHARE * mass ? pick : undefined;
}

export function selectQuote(chunk: Chunk, concepts: Concept[], question = ''): Quote {
  const units = scoredUnits(chunk, concepts, question);
  if (units.length === 0) return { text: chunk.text, typed: false, best: '' };
  const best = units.reduce((a, b) => (b.score > a.score ? b : a), units[0]!);
  if (best.score === 0) return { text: units[0]!.text, typed: false, best: '' };
  const chosen = new Set<Unit>([best]);
  let length = best.text.length;
  const add = (u: Unit | undefined) => {
    if (!u || chosen.has(u) || chosen.size >= MAX_UNITS || length + u.text.length > MAX_QUOTE_CHARS) return;
    chosen.add(u);
    length += u.text.length;
  };
  const bestAt = units.indexOf(best);
  // A sentence that points back is quoted with the sentence it points to.
  if (bestAt > 0 && isAnaphoric(best.text)) add(units[bestAt - 1]);
  const next = units[bestAt + 1];
  // The next sentence also comes when it holds the kind of answer asked for and the best does not,
  // even without a word of the question: "Når du er på vagt, skal du bære tøjet … Det gør det
  // tydeligt, hvem du er, og skaber tryghed …" answers "why".
  if (next && !next.bullet && (next.score >= best.score * NEXT_SENTENCE_RATIO || (next.typed && !best.typed)))
    add(next);
  for (const u of units.filter((x) => x.score >= best.score * RUNNER_UP_RATIO).sort((a, b) => b.score - a.score))
    add(u);
  const complement = complementUnit(units, best, concepts);
  if (complement) add(complement);
  const typed = units.filter((u) => u.typed && u.base > 0).sort((a, b) => b.score - a.score)[0];
  if (typed && ![...chosen].some((u) => u.typed)) add(typed);
  // An instruction chosen from a list of instructions brings the other options with it.
  if (best.bullet && best.typed) {
    for (const dir of [-1, 1]) {
      for (let j = bestAt + dir; units[j]?.bullet && units[j]!.typed; j += dir) {
        if (length + units[j]!.text.length > MAX_LIST_CHARS) break;
        chosen.add(units[j]!);
        length += units[j]!.text.length;
      }
    }
  }
  // A list intro right after a chosen sentence ("Det drejer sig om:") belongs to the answer.
  units.forEach((u, i) => {
    const prev = units[i - 1];
    if (prev && chosen.has(prev) && !prev.bullet && /:$/.test(u.text) && u.text.length <= LIST_INTRO_MAX_CHARS)
      chosen.add(u);
  });
  // A chosen list intro brings its items.
  units.forEach((u, i) => {
    if (!chosen.has(u) || !/:$/.test(u.text)) return;
    for (let j = i + 1, n = 0; j < units.length && units[j]!.bullet && n < MAX_LIST_ITEMS; j++, n++)
      chosen.add(units[j]!);
  });
  const picked = units.filter((u) => chosen.has(u));
  let text = '';
  picked.forEach((u, i) => {
    const prev = picked[i - 1];
    text += i === 0 ? u.text : u.bullet || prev?.bullet ? `\n${u.text}` : ` ${u.text}`;
  });
  // One list item quoted alone reads as a sentence.
  return {
    text: picked.length === 1 && picked[0]!.bullet ? text.replace(/^• /, '') : text,
    typed: picked.some((u) => u.typed),
    best: best.text.replace(/^• /, ''),
  };
}

export const chunkNo = (c: Chunk) => Number(c.id.slice(c.id.lastIndexOf('#') + 1));
export const adjacent = (a: Chunk, b: Chunk) => a.doc === b.doc && Math.abs(chunkNo(a) - chunkNo(b)) === 1;

export interface ExtractiveAnswer {
  text: string;
  cited: Chunk[];
}

/** Chunks this many places away in the same section may hold the answering sentence instead. */
const SECTION_REACH = 2;

/**
 * Ranking finds the right section more often than the right window of it: the sentence that
 * answers may sit in the chunk before or after. Of the section's chunks near the top one, the one
 * whose best sentence holds the most of the question is quoted (the top one on a tie).
 */
export function answeringChunk(top: Chunk, neighbours: Chunk[], concepts: Concept[], question: string): Chunk {
  let best = top;
  let bestScore = bestUnitScore(top, concepts, question);
  for (const c of neighbours) {
    if (
      c === top ||
      c.doc !== top.doc ||
      c.section !== top.section ||
      Math.abs(chunkNo(c) - chunkNo(top)) > SECTION_REACH
    )
      continue;
    const score = bestUnitScore(c, concepts, question);
    if (score > bestScore) [best, bestScore] = [c, score];
  }
  return best;
}

/**
 * Lead line and quote from the answering passage. When the question asks for a kind of answer
 * (an instruction, a number) that this quote lacks and the passage right next to it in the
 * document has it, that passage is quoted and cited too (a section that ends where its
 * "hvad kan du gøre?" list begins). Close runner-ups follow under "Se også" (see-also.ts).
 */
export function composeExtractive(input: {
  lang: Lang;
  question: string;
  top: SearchHit;
  hits: SearchHit[];
  concepts: Concept[];
  titleOf: (chunk: Chunk) => string;
  /** The chunks of the top passage's section, for answeringChunk; none: the top passage is quoted. */
  section?: Chunk[];
}): ExtractiveAnswer {
  const { lang, question, hits, concepts, titleOf } = input;
  const block = (c: Chunk, q: Quote) => `${textsFor(lang).lead(titleOf(c), c.section)}\n"${q.text}"`;
  const chunk = answeringChunk(input.top.chunk, input.section ?? [], concepts, question);
  const top = chunk === input.top.chunk ? input.top : { ...input.top, chunk };
  const first = selectQuote(top.chunk, concepts, question);
  const answer: ExtractiveAnswer = { text: block(top.chunk, first), cited: [top.chunk] };
  const section = input.section ?? [];
  const main = first.typed
    ? answer
    : (typedNeighbour(answer, { top: top.chunk, hits, section, question, concepts, block }) ?? answer);
  return withSeeAlso(main, input);
}

/**
 * The adjacent passage with the kind of answer asked for, when the top quote lacks it: a covered
 * runner-up next to it in the document, or the chunk before or after it in the same section (the
 * section goes on: "… seksuelle hentydninger …" / "… er det vigtigt, at du siger til").
 */
function typedNeighbour(
  answer: ExtractiveAnswer,
  input: {
    top: Chunk;
    hits: SearchHit[];
    section: Chunk[];
    question: string;
    concepts: Concept[];
    block: (c: Chunk, q: Quote) => string;
  },
): ExtractiveAnswer | undefined {
  const { top, hits, section, question, concepts, block } = input;
  if (!asksForAnswerType(question)) return undefined;
  const near = [
    // Next to a passage that covers the question, a neighbour holding its concepts is enough: its
    // nearness in vector space (isCovered) says little about a list of instructions.
    // So is one in the hedge band's share of it with two of its concepts (the instructions after a sub-heading).
    ...hits
      .slice(0, 3)
      .filter((h) => h.coverage >= MIN_COVERAGE || (h.coverage >= TENTATIVE_COVERAGE && h.matched >= TENTATIVE_MATCHED))
      .map((h) => h.chunk),
    ...section.filter((c) => c.section === top.section),
  ];
  for (const c of near) {
    if (c === top || c.id === top.id || !adjacent(c, top)) continue;
    const next = selectQuote(c, concepts, question);
    if (!next.typed) continue;
    return { text: `${answer.text}\n\n${block(c, next)}`, cited: [top, c] };
  }
  return undefined;
}
