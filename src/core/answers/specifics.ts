import { stem } from '../knowledge/query/analyzer.js';
import { type Concept, formTerms } from '../knowledge/query/query.js';
import { lexicalIndexOf, lexicalTerms } from '../knowledge/rank/hybrid-retriever.js';
import type { Chunk } from '../types.js';

// The specific thing a question asks for must be in the passage that answers it. Coverage counts
// concepts, so "telefonnummeret til Hjertelinjen" was answered from a passage that mentions a
// telephone number and not Hjertelinjen, and "a summer trip to Tivoli" from travel refunds. Two
// checks, both about what the question names rather than how much of it a passage shares:
// - a name (a word the documents write capitalised mid-sentence, or a capitalised word in the
//   question the documents never use) must occur in the passage; a name they never use: abstain;
// - a question for a phone number or an e-mail address needs a passage that gives one.

export type Datum = 'phone' | 'email';

export interface Specifics {
  /** Concepts the passage must contain. */
  names: Concept[];
  /** A capitalised word of the question the documents never use ("Tivoli"). */
  unknownName?: string;
  datum?: Datum;
}

const SENTENCE_START = /(^|[.!?:•"”“»«(\n]\s*|^\s*)$/;
/** A name in more than this share of the passages is the documents' subject ("Hjerteforeningen"), not a specific. */
const COMMON_SHARE = 1 / 12;

/** Stems the documents write capitalised mid-sentence and never in lower case, and not in many passages. */
export function documentNames(chunks: Chunk[]): Set<string> {
  const upper = new Map<string, number>();
  const lower = new Set<string>();
  const df = new Map<string, number>();
  for (const c of chunks) {
    const seen = new Set<string>();
    for (const m of c.text.normalize('NFC').matchAll(/\p{L}[\p{L}-]*/gu)) {
      const s = stem(m[0].toLowerCase());
      seen.add(s);
      if (/^\p{Ll}/u.test(m[0])) lower.add(s);
      else if (!SENTENCE_START.test(c.text.slice(Math.max(0, m.index - 3), m.index)) && /\p{Ll}/u.test(m[0]))
        upper.set(s, (upper.get(s) ?? 0) + 1);
    }
    for (const s of seen) df.set(s, (df.get(s) ?? 0) + 1);
  }
  const common = Math.max(2, chunks.length * COMMON_SHARE);
  return new Set([...upper.keys()].filter((s) => !lower.has(s) && (df.get(s) ?? 0) <= common && s.length > 2));
}

const namesCache = new WeakMap<Chunk[], Set<string>>();
/** Built on the first question, not at start (a few ms over all passages). */
function namesOf(chunks: Chunk[]): Set<string> {
  let names = namesCache.get(chunks);
  if (!names) namesCache.set(chunks, (names = documentNames(chunks)));
  return names;
}

const PHONE_ASKED = /telefonn(umme)?r|\btlf\b|\bphone ?numbers?\b|\bnumm?er(et)? (til|på)\b|\bnumbers? (for|of|to)\b/;
const EMAIL_ASKED = /\b(e-?mail|mail)[- ]?(adresse|address)|\b(e-?mail|mail)(en|adressen)? (of|for|to|til|på)\b/;
/** Asking for it, not about it: "må jeg give mit telefonnummer til en patient" asks for permission. */
const ASKS_FOR =
  /^(\W*)(tlf|telefon|phone|e-?mail|mail|nummer|number)|\b(hvad|hvilk\w*|hvor|what|what's|whats|which|where)\b/;
export function askedDatum(question: string): Datum | undefined {
  const q = question.toLowerCase();
  if (!ASKS_FOR.test(q)) return undefined;
  return PHONE_ASKED.test(q) ? 'phone' : EMAIL_ASKED.test(q) ? 'email' : undefined;
}

const HAS_DATUM: Record<Datum, RegExp> = {
  phone: /(\+\s?45|\b\d{2}) ?\d{2} ?\d{2} ?\d{2}\b/,
  email: /[\p{L}\d._-]+@[\p{L}\d-]+\.\p{L}+/u,
};

/** Capitalised words after the first of each sentence: "Is there a trip to Tivoli?" → "tivoli". */
function capitalisedWords(question: string): Set<string> {
  const out = new Set<string>();
  for (const m of question.normalize('NFC').matchAll(/\p{Lu}\p{Ll}+/gu)) {
    if (!SENTENCE_START.test(question.slice(Math.max(0, m.index - 3), m.index))) out.add(m[0].toLowerCase());
  }
  return out;
}

export function questionSpecifics(question: string, concepts: Concept[], chunks: Chunk[]): Specifics {
  const docNames = namesOf(chunks);
  // The documents' words are the lexical index's vocabulary, already built for retrieval.
  const index = lexicalIndexOf(chunks);
  const known = (t: string) => index.has(t);
  const caps = capitalisedWords(question);
  const own = concepts.filter((c) => c.weight >= 1);
  const isKnown = (c: Concept) => [...c.forms.keys()].some((f) => formTerms(f).every(known));
  const unknownName = own.find((c) => !isKnown(c) && caps.has(c.source))?.source;
  const names = own.filter((c) =>
    [...c.forms].some(([f, w]) => w >= 1 && !c.rankOnly?.has(f) && formTerms(f).every((t) => docNames.has(t))),
  );
  const datum = askedDatum(question);
  return { names, ...(unknownName ? { unknownName } : {}), ...(datum ? { datum } : {}) };
}

/** Whether the passage holds every name and the datum the question asks for. */
export function holdsSpecifics(chunk: Chunk, s: Specifics): boolean {
  if (s.unknownName) return false;
  if (s.datum && !HAS_DATUM[s.datum].test(chunk.text)) return false;
  if (!s.names.length) return true;
  const terms = new Set(lexicalTerms(chunk));
  return s.names.every((c) =>
    [...c.forms.keys()].some((f) => !c.rankOnly?.has(f) && formTerms(f).every((t) => terms.has(t))),
  );
}
