import { readFile } from 'node:fs/promises';
import { z } from 'zod';
import { words } from './analyzer.js';
import { editDistance, typoBudget } from './edit-distance.js';
import { isStopWord } from './stop-words.js';

// The domain glossary (knowledge/glossary.json) is data the organisation extends: when a question
// uses any of an entry's `terms`, retrieval also searches for its `expand` words.

const EntrySchema = z.object({
  terms: z.array(z.string().min(1)).min(1),
  expand: z.array(z.string().min(1)).min(1),
  note: z.string().optional(),
});
export const GlossarySchema = z.object({
  description: z.string().optional(),
  entries: z.array(EntrySchema),
});
export type GlossaryFile = z.infer<typeof GlossarySchema>;

interface CompiledEntry {
  phrases: string[][];
  expand: string[];
}

export interface GlossaryMatch {
  /** Token positions in the question that the matched phrase covers. */
  start: number;
  end: number;
  expand: string[];
}

export class Glossary {
  private readonly entries: CompiledEntry[];
  /** Every word of every phrase, once. */
  private readonly words: string[];

  constructor(file: GlossaryFile) {
    this.entries = file.entries.map((e) => ({ phrases: e.terms.map((t) => words(t)).filter((p) => p.length), expand: e.expand }));
    this.words = [...new Set(this.entries.flatMap((e) => e.phrases.flat()))];
  }

  static empty(): Glossary {
    return new Glossary({ entries: [] });
  }

  static async load(path: string): Promise<Glossary> {
    return new Glossary(GlossarySchema.parse(JSON.parse(await readFile(path, 'utf8'))));
  }

  /**
   * Every entry whose phrase occurs in the tokens. A word may carry one typo, unless it is a word
   * in its own right (`isKnown`): "holder" is not a misspelt "folder".
   */
  match(tokens: string[], isKnown: (token: string) => boolean = () => false): GlossaryMatch[] {
    const out: GlossaryMatch[] = [];
    // A word the glossary itself knows is not a misspelling of another entry's word: "contact" is
    // not a typo of "contract".
    const own = new Set(tokens.filter((t) => this.words.some((w) => sameWord(w, t, () => true))));
    const known = (t: string) => own.has(t) || isKnown(t);
    for (const e of this.entries) {
      for (const phrase of e.phrases) {
        for (let i = 0; i + phrase.length <= tokens.length; i++) {
          if (phrase.every((p, k) => sameWord(p, tokens[i + k]!, known))) {
            out.push({ start: i, end: i + phrase.length, expand: e.expand });
            break;
          }
        }
      }
    }
    return out;
  }
}

/** Endings that inflect a word in Danish or English; "country" is not "count" + "ry". */
const INFLECTION = /^(s|es|ed|d|e|en|et|er|ne|r|n|t|de|te|'s|led|ing|ning|ling)$/;

/** Exact, a plural/inflection away ("notes"/"note", "vagter"/"vagt"), or one typo in a long word. */
function sameWord(key: string, token: string, isKnown: (token: string) => boolean): boolean {
  if (key === token) return true;
  // A function word is not an inflection of a term: "called" is not "call".
  if (token.startsWith(key) && key.length >= 4 && !isStopWord(token)) {
    // A short word doubles its last consonant before -ing/-ed/-er: "quitting", "stopped".
    const rest = token.slice(key.length);
    if (INFLECTION.test(rest) || (key.length <= 5 && rest[0] === key[key.length - 1] && /^.(ing|ed|er)$/.test(rest))) return true;
  }
  // The question's singular of an English plural key ("other" for "others") is the same word too;
  // not so in Danish, where "-et"/"-s" make another word ("hospitalet", "mødes" is to meet).
  if (key.startsWith(token) && token.length >= 4 && /^[a-z]+$/.test(token) && /^e?s$/.test(key.slice(token.length))) return true;
  // A function word is no typo of a term either: "wrote" is not a misspelt "write" (it asks nothing).
  if (key.length < 5 || token.length < 5 || isKnown(token) || isStopWord(token)) return false;
  return editDistance(key, token, Math.min(1, typoBudget(key.length))) <= 1;
}
