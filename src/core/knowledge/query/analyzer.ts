import { stemDanish } from './danish-stemmer.js';
import { isStopWord } from './stop-words.js';

// One tokenizer for documents and questions, so both sides of every comparison agree.

/** Lower-cased word tokens; keeps digits and in-word hyphens/#, drops everything else. */
export function words(text: string): string[] {
  const out: string[] = [];
  const re = /[\p{L}\p{N}#]+(?:[-'’][\p{L}\p{N}#]+)*/gu;
  for (const m of text.normalize('NFC').toLowerCase().matchAll(re)) {
    const w = m[0].replace(/’/g, "'");
    out.push(w);
  }
  return out;
}

const stemCache = new Map<string, string>();
const STEM_CACHE_MAX = 100_000;

/** Folds a word to its search form: hyphen parts glued ("peer-støtte" → "peerstøtte") and stemmed. */
export function stem(word: string): string {
  const cached = stemCache.get(word);
  if (cached !== undefined) return cached;
  const glued = word.replace(/[-']/g, '');
  const out = /^\d/.test(glued) ? glued : stemDanish(glued);
  // Document words repeat endlessly; a bounded memo keeps stemming off the answer path.
  if (stemCache.size >= STEM_CACHE_MAX) stemCache.clear();
  stemCache.set(word, out);
  return out;
}

/** Content terms of a text: stop words dropped, stemmed. Order kept (duplicates too) for term frequencies. */
export function terms(text: string): string[] {
  const out: string[] = [];
  for (const w of words(text)) {
    if (isStopWord(w)) continue;
    const s = stem(w);
    if (s.length > 1 || /\d/.test(s)) out.push(s);
  }
  return out;
}

/** Splits hyphenated words into parts too, so "peer-støtte" also matches "støtte". */
export function termsWithParts(text: string): string[] {
  const out: string[] = [];
  for (const w of words(text)) {
    if (isStopWord(w)) continue;
    out.push(stem(w));
    if (w.includes('-')) {
      for (const part of w.split('-')) if (part.length > 2 && !isStopWord(part)) out.push(stem(part));
    }
  }
  return out.filter((s) => s.length > 1 || /\d/.test(s));
}

/**
 * A text that gives an e-mail address is indexed with the word for one ("mailadresse"), which the
 * documents never write out: "which email can I write to?" looks for an address, not the word.
 */
/** A word typed without æ/ø/å ("moeder", "patientstoetter"), written with them. */
export const withDanishSpelling = (word: string): string =>
  word.replace(/aa/g, 'å').replace(/ae/g, 'æ').replace(/oe/g, 'ø');

export const EMAIL_WORD = 'mailadresse';
const EMAIL = /[\p{L}\d._-]+@[\p{L}\d-]+\.[\p{L}.]+/gu;
/**
 * An address's name part is a word too when written without æ/ø/å ("patientstoetter@…" is the
 * patient supporters' address): it is indexed with the Danish letters, so "patient support" finds it.
 */
export const entityTerms = (text: string): string[] =>
  (text.match(EMAIL) ?? []).flatMap((address) => {
    const local = address.split('@')[0]!.toLowerCase();
    const danish = withDanishSpelling(local);
    return danish !== local && /^\p{L}{4,}$/u.test(danish) ? [stem(EMAIL_WORD), stem(danish)] : [stem(EMAIL_WORD)];
  });
