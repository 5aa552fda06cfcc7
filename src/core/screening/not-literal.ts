import { z } from 'zod';
import { has } from './regex.js';
import { compilePhrase, readRules } from './rules.js';

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

/** Whether a sentence (in screening form) tells its alarm words as a joke or about a film or the news. */
export function isNotLiteral(sentence: string): boolean {
  return ENTRIES.some((e) => has(e.pattern, sentence));
}
