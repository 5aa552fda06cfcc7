import type { Concept } from '../knowledge/query/query.js';
import type { SearchHit } from '../knowledge/rank/hybrid-retriever.js';
import type { Chunk, Lang } from '../types.js';
import { isCovered } from './abstention.js';
import { adjacent, type ExtractiveAnswer, selectQuote } from './extractive.js';
import { textsFor } from './texts.js';

// Ranking often finds the answering passage in second or third place, just behind the top one
// (held-out sets: recall@3 is 0.1–0.3 above recall@1). When the ranking is not decisive, the
// runner-ups that cover the question are quoted under "Se også …" and cited, so the volunteer sees
// the answer even when the top passage is not it. A decisive top passage is quoted alone.

/**
 * A runner-up whose fused score is at least this share of the top passage's is too close to
 * call. Calibrated on the dev, paraphrase and held-out sets 1–7: 0.94 found 14 answering
 * runner-ups at 65 extra quotes over 239 questions, 0.92 found 16 at 93, 0.90 found 18 at 117.
 */
export const SEE_ALSO_MARGIN = 0.92;
/** Ranks 2 and 3 are considered. */
const SEE_ALSO_RANKS = 3;
export const MAX_CITATIONS = 3;

const norm = (s: string) => s.toLowerCase().replace(/\s+/g, ' ').trim();

/** Whether the candidate repeats text the answer already shows: the same or a neighbouring chunk of a cited section. */
function repeats(candidate: Chunk, cited: Chunk[]): boolean {
  return cited.some(
    (c) => c === candidate || c.id === candidate.id || (c.section === candidate.section && adjacent(c, candidate)),
  );
}

export function withSeeAlso(
  answer: ExtractiveAnswer,
  input: {
    lang: Lang;
    question: string;
    top: SearchHit;
    hits: SearchHit[];
    concepts: Concept[];
    titleOf: (chunk: Chunk) => string;
  },
): ExtractiveAnswer {
  const { lang, question, top, hits, concepts, titleOf } = input;
  const t = textsFor(lang);
  let { text } = answer;
  const cited = [...answer.cited];
  for (const h of hits.slice(0, SEE_ALSO_RANKS)) {
    if (cited.length >= MAX_CITATIONS) break;
    if (
      h === top ||
      h.chunk === top.chunk ||
      h.score < top.score * SEE_ALSO_MARGIN ||
      !isCovered(h) ||
      repeats(h.chunk, cited)
    )
      continue;
    const quote = selectQuote(h.chunk, concepts, question);
    // A passage none of whose sentences holds the question, or whose best sentence is already quoted, adds nothing.
    if (!quote.best || norm(text).includes(norm(quote.best))) continue;
    text += `\n\n${t.seeAlso(titleOf(h.chunk), h.chunk.section)}\n"${quote.text}"`;
    cited.push(h.chunk);
  }
  return { text, cited };
}
