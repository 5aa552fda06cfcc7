import { z } from 'zod';
import { has } from './regex.js';
import { compilePhrase, readRules } from './rules.js';
import type { SafetySignal } from './safety.js';

// Alarm words told as a joke or about a film or the news ("he'll kill me at cards tomorrow, haha";
// "watched a documentary on domestic violence") are not reports. A sentence with such a marker
// does not route; the reply offers /bekymring instead (safety.ts), so a real report told lightly
// still reaches a consultant. The markers are data: config/screening/not-literal.json.

export const NOT_LITERAL_FILE = 'not-literal.json';

const Entry = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/),
  note: z.string().min(1),
  phrases: z.array(z.string().min(1)).min(1),
  /** Messages whose alarm words this marker sets aside: offered, not routed. */
  examples: z.array(z.string().min(3)).min(1),
  /** Reports near them that must still route. */
  nearMisses: z.array(z.string().min(3)).min(1),
  /** The duty screen's signals it sets aside; all but acute medical signs when left out. */
  signals: z
    .array(z.enum(['suicide', 'violence', 'child']))
    .min(1)
    .optional(),
  /** Whether the offer tier's words in the sentence earn no offer either (a joke, a film: yes). */
  silencesOfferWords: z.boolean().default(true),
});
const NotLiteralFile = z.object({ $comment: z.string().optional(), entries: z.array(Entry).min(1) });
export type NotLiteralEntry = z.infer<typeof Entry> & { pattern: RegExp };

export function loadNotLiteral(): NotLiteralEntry[] {
  const file = readRules(NOT_LITERAL_FILE, NotLiteralFile);
  return file.entries.map((e) => ({
    ...e,
    // Emoji have no word boundary, so phrases are matched as they are, words whole.
    pattern: new RegExp(
      e.phrases
        .map((p) => {
          const src = compilePhrase(p, `config/screening/${NOT_LITERAL_FILE} → ${e.id}`);
          return /^\w/.test(p) ? String.raw`\b${src}(?!\w)` : src;
        })
        .join('|'),
      'gu',
    ),
  }));
}

const ENTRIES = loadNotLiteral();

/** Acute medical signs are never set aside. */
const ALL_BUT_MEDICAL: readonly SafetySignal[] = ['suicide', 'violence', 'child'];

/** The duty screen's signals a sentence (in screening form) sets aside: a joke, a film, the news … */
export function setAsideSignals(sentence: string): ReadonlySet<SafetySignal> {
  const aside = new Set<SafetySignal>();
  for (const e of ENTRIES) if (has(e.pattern, sentence)) for (const s of e.signals ?? ALL_BUT_MEDICAL) aside.add(s);
  return aside;
}

/** Whether the offer tier's words in a sentence earn no offer either (a joke or a film, not a fear). */
export function silencesOfferWords(sentence: string): boolean {
  return ENTRIES.some((e) => e.silencesOfferWords && has(e.pattern, sentence));
}
