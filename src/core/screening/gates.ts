import { firstIndex } from './regex.js';
import { CONDITIONAL, REPORT } from './safety-patterns.js';

// The gates every screen shares: is a match at this place in a sentence a hypothetical or a
// question about the topic, rather than something that happened?

const ASKS_WHETHER =
  /\b(?:er det|er dette|is it|is this|is that|would it be|would that be|counts? as|taeller (?:det )?som|regnes (?:det )?(?:for|som)) (?:\w+ )?$/;

/**
 * "hvis …" before the alarm words is a hypothetical, unless a report comes first ("hun sagde, at
 * hvis …") or the message is anchored in a real event; "er det omsorgssvigt, hvis …" and "is it
 * neglect if …" ask about the word itself.
 */
export function isHypotheticalAt(sentence: string, at: number, anchored: boolean): boolean {
  const before = sentence.slice(0, at);
  const cond = firstIndex(CONDITIONAL, before);
  const reportFirst = cond >= 0 && firstIndex(REPORT, before.slice(0, cond)) >= 0;
  if (cond >= 0 && !reportFirst && !anchored) return true;
  return ASKS_WHETHER.test(before);
}

// A true condition, not the duty screen's wider net of question framings ("talking about", "when").
const IF =
  /\b(?:hvis|hvad nu hvis|i tilfaelde|saafremt|if|what if|in case|suppose|supposing|hypothetically|hypotetisk)\b/g;

/** "hvis en patient siger …", "if someone is in danger …": a condition before the words, unless a report comes first or the message is anchored. */
export function isConditionalAt(sentence: string, at: number, anchored: boolean): boolean {
  const before = sentence.slice(0, at);
  const cond = firstIndex(IF, before);
  if (cond < 0 || anchored) return false;
  return firstIndex(REPORT, before.slice(0, cond)) < 0;
}

const OPENS_WITH_IF =
  /^(?:(?:hvad|what) (?:goer|gor|skal|should|do|would|can) (?:jeg|man|i|we|you) (?:goere |gore |do )?)?(?:hvis|hvad nu hvis|saafremt|i tilfaelde af at|if|what if|in case|suppose|supposing)\b/;

/**
 * "what if a parent tells me their child is not doing well?", "hvis en patient siger …": a message
 * that opens with a condition and is not anchored in a real event asks about the duties. The
 * rules gate each match (above); this gates the offer model, which reads the message whole.
 */
export function opensWithCondition(message: string, anchored: boolean): boolean {
  return !anchored && OPENS_WITH_IF.test(message.trimStart());
}
