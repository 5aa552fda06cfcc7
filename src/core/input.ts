import { detectLanguage } from './language.js';
import type { Lang } from './types.js';

// Every free-chat message passes here first: whatever arrives (empty, 50 kB, a pasted binary,
// control characters, only emoji) becomes clean text or a clear reply. Never throws.

export const MAX_MESSAGE_CHARS = 4000;

export type InputProblem = 'not_text' | 'empty' | 'only_symbols' | 'binary' | 'too_long';

export type SanitizedInput =
  | { ok: true; text: string; lang: Lang }
  | {
      ok: false;
      problem: InputProblem;
      lang: Lang;
      reply: string;
      /** For too_long: the whole cleaned text, so every word of a long message is screened for danger. */
      text?: string;
    };

// Controls except tab and newline, zero-width and bidi-override characters, BOM, replacement char.
const INVISIBLE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u00ad\u200b-\u200f\u2028-\u202e\u2060-\u2069\ufeff\ufffd]/g;
const BINARY_MARKS = /[\u0000-\u0008\u000e-\u001f\ufffd]/g;
// Pictographs and what glues them together (skin tones, ZWJ sequences, flags, keycaps).
// biome-ignore lint/suspicious/noMisleadingCharacterClass: single code points (skin tones, variation selectors) are stripped one by one on purpose
const EMOJI = /[\p{Extended_Pictographic}\p{Regional_Indicator}\u{1f3fb}-\u{1f3ff}\u{fe0e}\u{fe0f}\u{20e3}]/gu;

const REPLIES: Record<Exclude<InputProblem, 'too_long'>, Record<Lang, string>> = {
  not_text: {
    da: 'Jeg kan kun læse tekstbeskeder. Skriv dit spørgsmål, fx "Må jeg tage noter under en samtale?".',
    en: 'I can only read text messages. Please type your question, e.g. "May I take notes during a conversation?".',
  },
  empty: {
    da: 'Din besked er tom. Skriv dit spørgsmål, fx "Hvor længe kan jeg holde orlov?" – eller skriv /hjælp for at se, hvad jeg kan.',
    en: 'Your message is empty. Please type your question, e.g. "How long can I take leave?" – or type /help to see what I can do.',
  },
  only_symbols: {
    da: 'Jeg kan ikke læse emojis eller tegn alene. Skriv dit spørgsmål med ord, fx "Må jeg give en patient et kram?".',
    en: 'I cannot read emoji or symbols on their own. Please write your question in words, e.g. "May I hug a patient?".',
  },
  binary: {
    da: 'Din besked ligner en fil eller binære data, som jeg ikke kan læse. Skriv dit spørgsmål som almindelig tekst.',
    en: 'Your message looks like a file or binary data, which I cannot read. Please type your question as plain text.',
  },
};

const tooLong = (lang: Lang, length: number) =>
  lang === 'en'
    ? `Your message is too long for me (${length} characters; at most ${MAX_MESSAGE_CHARS}). Please ask in a sentence or two. If you are worried about someone, use /bekymring.`
    : `Din besked er for lang til mig (${length} tegn; højst ${MAX_MESSAGE_CHARS}). Skriv dit spørgsmål kort, fx i en eller to sætninger. Er du bekymret for nogen, så brug /bekymring.`;

export function sanitizeMessage(raw: unknown): SanitizedInput {
  if (typeof raw !== 'string') return { ok: false, problem: 'not_text', lang: 'da', reply: REPLIES.not_text.da };
  // Look at a bounded sample: a 50 kB paste is judged as quickly as a short question.
  const sample = raw.slice(0, 8000);
  const marks = sample.match(BINARY_MARKS)?.length ?? 0;
  if (sample.length >= 8 && marks / sample.length > 0.1)
    return { ok: false, problem: 'binary', lang: 'da', reply: REPLIES.binary.da };

  const text = raw
    .normalize('NFC')
    .replace(INVISIBLE, ' ')
    .replace(/\r\n?/g, '\n')
    .replace(/[ \t]+/g, ' ')
    .replace(/ ?\n[\n ]*/g, '\n')
    .trim();
  if (!text) return { ok: false, problem: 'empty', lang: 'da', reply: REPLIES.empty.da };
  const words = text
    .replace(EMOJI, ' ')
    .replace(/[ \t]+/g, ' ')
    .trim();
  if (!/[\p{L}\p{N}]/u.test(words))
    return { ok: false, problem: 'only_symbols', lang: 'da', reply: REPLIES.only_symbols.da };

  const lang = detectLanguage(words.slice(0, 1000));
  if (words.length > MAX_MESSAGE_CHARS) {
    return { ok: false, problem: 'too_long', lang, reply: tooLong(lang, words.length), text: words };
  }
  return { ok: true, text: words, lang };
}

/** The reply for a problem in a known language (when the adapter already knows the volunteer's). */
export function inputProblemReply(problem: Exclude<InputProblem, 'too_long'>, lang: Lang): string {
  return REPLIES[problem][lang];
}
