import type { Embedder } from '../../ports.js';
import { stem, words } from '../query/analyzer.js';
import { isStopWord } from '../query/stop-words.js';

// Weight-free embeddings: stemmed words, word pairs and character n-grams hashed into a fixed
// number of dimensions. Needs no download; character n-grams give typo and compound tolerance
// ("kørsel"/"kørsler", "transportudgifter"/"transport").

const WORD_WEIGHT = 1;
const PAIR_WEIGHT = 0.5;
const CHARGRAM_WEIGHT = 0.7;

/** FNV-1a, 32 bit. */
export function fnv1a(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

export function charGrams(word: string, min = 3, max = 5): string[] {
  const w = `<${word.replace(/[-']/g, '')}>`;
  const out: string[] = [];
  for (let n = min; n <= max; n++) for (let i = 0; i + n <= w.length; i++) out.push(w.slice(i, i + n));
  return out;
}

export class HashedEmbedder implements Embedder {
  readonly id: string;

  constructor(readonly dimensions = 1024) {
    this.id = `hashed-ngram-v2-d${dimensions}`;
  }

  embed(text: string): number[] {
    const v = new Float64Array(this.dimensions);
    const add = (feature: string, weight: number) => {
      const h = fnv1a(feature);
      // One bit of the hash picks the sign, so collisions cancel out instead of piling up.
      v[h % this.dimensions]! += h & 0x80000000 ? -weight : weight;
    };
    const content = words(text).filter((w) => !isStopWord(w));
    const stems = content.map(stem);
    const tf = new Map<string, number>();
    for (const s of stems) tf.set(s, (tf.get(s) ?? 0) + 1);
    // Sub-linear term frequency: a word said five times is not five times the topic.
    for (const [s, n] of tf) add(`w:${s}`, WORD_WEIGHT * (1 + Math.log(n)));
    for (let i = 0; i + 1 < stems.length; i++) add(`p:${stems[i]} ${stems[i + 1]}`, PAIR_WEIGHT);
    for (const w of new Set(content)) {
      const grams = charGrams(w);
      const each = CHARGRAM_WEIGHT / Math.sqrt(grams.length || 1);
      for (const g of grams) add(`c:${g}`, each);
    }
    let norm = 0;
    for (const x of v) norm += x * x;
    norm = Math.sqrt(norm) || 1;
    return Array.from(v, (x) => x / norm);
  }

  async embedDocuments(texts: string[]): Promise<number[][]> {
    return texts.map((t) => this.embed(t));
  }

  async embedQuery(text: string): Promise<number[]> {
    return this.embed(text);
  }
}
