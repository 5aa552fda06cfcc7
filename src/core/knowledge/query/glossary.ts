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
  private readonly byFirstWord = new Map<string, { phrase: string[]; expand: string[] }[]>();

  constructor(file: GlossaryFile) {
    this.entries = file.entries.map((e) => ({
      phrases: e.terms.map((t) => words(t)).filter((p) => p.length),
      expand: e.expand,
    }));
    this.words = [...new Set(this.entries.flatMap((e) => e.phrases.flat()))];
    for (const e of this.entries) {
      for (const phrase of e.phrases) {
        const list = this.byFirstWord.get(phrase[0]!) ?? [];
        list.push({ phrase, expand: e.expand });
        this.byFirstWord.set(phrase[0]!, list);
      }
    }
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
  match(tokens: string[], isKnown: (token: string) => boolean = () => false, cacheKey?: object): GlossaryMatch[] {
    const cache = cacheKey ? this.cacheFor(cacheKey) : undefined;
    const matching = tokens.map((t) => this.wordsMatching(t, isKnown, cache));
    const out: GlossaryMatch[] = [];
    const found = new Set<string[]>();
    // Phrases by their first word: only those a token can start are tried, each matched once.
    for (let i = 0; i < tokens.length; i++) {
      for (const first of matching[i]!) {
        for (const { phrase, expand } of this.byFirstWord.get(first) ?? []) {
          if (found.has(phrase) || i + phrase.length > tokens.length) continue;
          if (phrase.every((p, k) => matching[i + k]!.has(p))) {
            found.add(phrase);
            out.push({ start: i, end: i + phrase.length, expand });
          }
        }
      }
    }
    return out;
  }

  /** Per index (whose words `isKnown` tells), each token's glossary words: the question bank repeats its words. */
  private readonly caches = new WeakMap<object, Map<string, ReadonlySet<string>>>();
  private cacheFor(key: object): Map<string, ReadonlySet<string>> {
    let cache = this.caches.get(key);
    if (!cache) this.caches.set(key, (cache = new Map()));
    if (cache.size >= TOKEN_CACHE_MAX) cache.clear();
    return cache;
  }

  /**
   * The glossary words a token is: exactly or inflected; else, one typo away, unless the token is a
   * word in its own right (`isKnown`, or a glossary word itself): "contact" is not a typo of "contract".
   */
  private wordsMatching(
    token: string,
    isKnown: (token: string) => boolean,
    cache?: Map<string, ReadonlySet<string>>,
  ): ReadonlySet<string> {
    const cached = cache?.get(token);
    if (cached) return cached;
    let out = new Set(this.words.filter((w) => sameWord(w, token, () => true)));
    if (out.size === 0 && !isKnown(token)) out = new Set(this.words.filter((w) => sameWord(w, token, () => false)));
    cache?.set(token, out);
    return out;
  }
}

/** Distinct tokens remembered per index; bounded, as questions bring new words without end. */
const TOKEN_CACHE_MAX = 50_000;

/** Endings that inflect a word in Danish or English; "country" is not "count" + "ry". */
const INFLECTION = /^(s|es|ed|d|e|en|et|er|ne|r|n|t|de|te|'s|led|ing|ning|ling)$/;

/** Exact, a plural/inflection away ("notes"/"note", "vagter"/"vagt"), or one typo in a long word. */
function sameWord(key: string, token: string, isKnown: (token: string) => boolean): boolean {
  if (key === token) return true;
  // A function word is not an inflection of a term: "called" is not "call".
  if (token.startsWith(key) && key.length >= 4 && !isStopWord(token)) {
    // A short word doubles its last consonant before -ing/-ed/-er: "quitting", "stopped".
    const rest = token.slice(key.length);
    if (INFLECTION.test(rest) || (key.length <= 5 && rest[0] === key[key.length - 1] && /^.(ing|ed|er)$/.test(rest)))
      return true;
  }
  // The question's singular of an English plural key ("other" for "others") is the same word too;
  // not so in Danish, where "-et"/"-s" make another word ("hospitalet", "mødes" is to meet).
  if (key.startsWith(token) && token.length >= 4 && /^[a-z]+$/.test(token) && /^e?s$/.test(key.slice(token.length)))
    return true;
  // A function word is no typo of a term either: "wrote" is not a misspelt "write" (it asks nothing).
  if (key.length < 5 || token.length < 5 || isKnown(token) || isStopWord(token)) return false;
  return editDistance(key, token, Math.min(1, typoBudget(key.length))) <= 1;
}
