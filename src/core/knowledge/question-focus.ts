import { words } from './analyzer.js';
import { isStopWord } from './stop-words.js';

// A long message tells a story and then asks ("… min mand er blevet syg, så kan jeg holde fri et
// halvt år?"). Every word of the story counting fully would make any passage cover too little of
// the message, so the clauses that ask carry the question and the rest counts as background.

/** Messages shorter than this are one question, whatever their punctuation. */
const MIN_WORDS = 16;
/** Weight of the words of clauses that don't ask. */
export const BACKGROUND_WEIGHT = 0.5;

const ASKS =
  /(^|\s)(hvad|hvor|hvordan|hvornår|hvem|hvilk\w*|hvorfor|om jeg|må|kan|skal|bør|burde|gælder|er det|er der|har jeg|har man|what|how|when|who|which|why|can|could|may|should|must|is it|is there|are there|do i|do we|do you|does|am i|are we|allowed)(?=\s|$|[?,.])/i;

export interface FocusedTokens {
  tokens: string[];
  /** Per token: 1 in a clause that asks, BACKGROUND_WEIGHT elsewhere. */
  weights: number[];
}

export function questionFocus(text: string): FocusedTokens {
  const clauses = text.split(/[.!?;:\n]+(?=\s|$)|[,–]\s+|\s+(?=(?:men|but|so|så)\s)/i).filter((c) => c.trim());
  const perClause = clauses.map((c) => ({ ws: words(c), asks: ASKS.test(c.trim()) || /\?/.test(c) }));
  const tokens = perClause.flatMap((c) => c.ws);
  const all = (w: number) => ({ tokens: words(text), weights: words(text).map(() => w) });
  // The split must not lose or invent words; if it does, everything counts.
  if (tokens.join(' ') !== words(text).join(' ')) return all(1);
  const asking = perClause.filter((c) => c.asks && c.ws.some((w) => !isStopWord(w)));
  if (tokens.length < MIN_WORDS || asking.length === 0 || asking.length === perClause.length) return all(1);
  const focus = new Set(asking);
  return { tokens, weights: perClause.flatMap((c) => c.ws.map(() => (focus.has(c) ? 1 : BACKGROUND_WEIGHT))) };
}
