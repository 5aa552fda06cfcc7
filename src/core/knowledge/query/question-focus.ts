import { words } from './analyzer.js';
import { isStopWord } from './stop-words.js';

// A long message tells a story and then asks ("… min mand er blevet syg, så kan jeg holde fri et
// halvt år?"). Every word of the story counting fully would make any passage cover too little of
// the message, so the clauses that ask carry the question and the rest counts as background.

/** Messages shorter than this are one question, whatever their punctuation. */
const MIN_WORDS = 16;
/** Below this, a message is one clause for the story rule too ("jeg er syg, hvad nu?"). */
const MIN_STORY_WORDS = 8;
/** Weight of the words of clauses that don't ask. */
export const BACKGROUND_WEIGHT = 0.5;

const ASKS =
  /(^|\s)(hvad|hvor|hvordan|hvornår|hvem|hvilk\w*|hvorfor|om jeg|gælder|er det|er der|har jeg|har man|what|how|when|who|which|why|is it|is there|are there|do i|do we|do you|does|am i|are we|allowed)(?=\s|$|[?,.])/i;
/**
 * A modal asks where the question inverts it ("kan jeg", "may I") or opens the clause with it;
 * "jeg kan ikke tage vagten" / "I can't make it" tell.
 */
const ASKING_MODAL =
  /(^|[\s,])(må|kan|skal|bør|burde|can|could|may|should|must)(?=\s+(jeg|man|vi|du|han|hun|de|der|i|we|you|he|she|they|it)(\s|$|[?,.]))|^\s*(må|kan|skal|bør|can|could|may|should|must)(?=\s|$)/i;
/**
 * "er det et problem?", "is that ok?", "må jeg det?": a short question about what the story told;
 * the story is then the question, as with "hvad gør jeg?".
 */
const POINTER = /^(det|dét|dette|that|this|it)$/;
const pointsBack = (ws: string[]): boolean =>
  ws.some((w) => POINTER.test(w)) && ws.filter((w) => !isStopWord(w)).length <= 1;
const asksIn = (clause: string) => ASKS.test(clause) || ASKING_MODAL.test(clause);

/**
 * Clause boundaries: sentence ends, commas and dashes, before "men/but/so/så" (not the "så" of
 * "skal jeg så …", which is inside the question), and before "og"/"and"
 * that opens a new main clause with its own subject ("… fødselsdag på lørdag og jeg kan ikke …").
 */
const CLAUSE_BREAK =
  /[.!?;:\n]+(?=\s|$)|[,–]\s+|(?<!\b(?:jeg|du|man|vi|han|hun|de|der|i|we|you|he|she|they))\s+(?=(?:men|but|so|så)\s)|\s+(?=(?:og|and) (?:jeg|i|vi|we|han|he|hun|she|de|they|du|you)\s)/i;

export interface FocusedTokens {
  tokens: string[];
  /** Per token: 1 in a clause that asks, BACKGROUND_WEIGHT elsewhere. */
  weights: number[];
  /**
   * Per token: the index of its clause, when the message both tells (a clause that does not ask)
   * and asks; undefined for a message that is one question.
   */
  clauses?: number[];
  /** Per clause (with `clauses`): whether it tells the story rather than asks. */
  story?: boolean[];
  /** Whether a clause that asks names anything ("hvad gør jeg?" does not: the story is the question). */
  askHasContent?: boolean;
}

export function questionFocus(text: string): FocusedTokens {
  const clauses = text.split(CLAUSE_BREAK).filter((c) => c?.trim());
  // The split drops the question mark that ends the message; it still marks its clause as asking.
  const last = clauses.length - 1;
  const perClause = clauses.map((c, i) => ({
    ws: words(c),
    asks: asksIn(c.trim()) || /\?/.test(c) || (i === last && /\?\s*$/.test(text)),
  }));
  const tokens = perClause.flatMap((c) => c.ws);
  const all = (w: number): FocusedTokens => ({ tokens: words(text), weights: words(text).map(() => w) });
  // The split must not lose or invent words; if it does, everything counts.
  if (tokens.join(' ') !== words(text).join(' ')) return all(1);
  const asking = perClause.filter((c) => c.asks && c.ws.some((w) => !isStopWord(w)) && !pointsBack(c.ws));
  const tells = perClause.some((c) => !c.asks) && perClause.some((c) => c.asks);
  const story =
    tells && tokens.length >= MIN_STORY_WORDS
      ? {
          clauses: perClause.flatMap((c, i) => c.ws.map(() => i)),
          story: perClause.map((c) => !c.asks),
          askHasContent: asking.length > 0,
        }
      : {};
  if (tokens.length < MIN_WORDS || asking.length === 0 || asking.length === perClause.length)
    return { ...all(1), ...story };
  const focus = new Set(asking);
  return {
    tokens,
    weights: perClause.flatMap((c) => c.ws.map(() => (focus.has(c) ? 1 : BACKGROUND_WEIGHT))),
    ...story,
  };
}
