import type { Chunk, Lang, RankedPassage } from './types.js';

// Small interfaces through which the core gets what it depends on.

export interface Retriever {
  /** Fused lexical + vector ranking over document chunks, best first. Never indexes user text. */
  retrieve(query: string, k: number): Promise<RankedPassage[]>;
}

export interface Embedder {
  /** Stable id recorded in the saved index; a different id forces a rebuild. */
  readonly id: string;
  readonly dimensions: number;
  embedDocuments(texts: string[]): Promise<number[][]>;
  embedQuery(text: string): Promise<number[]>;
}

/** A model draft grounded in numbered passages; the core validates it before anyone sees it. */
export type GeneratedDraft =
  | { kind: 'answer'; text: string /** 1-based passage numbers the text cites with [n]. */; cited: number[] }
  | { kind: 'abstain' };

export interface AnswerGenerator {
  /** Passages are numbered 1..n in the given order. Resolves null (or rejects) to fall back to extractive. */
  generate(
    input: { question: string; lang: Lang; passages: Chunk[] },
    signal?: AbortSignal,
  ): Promise<GeneratedDraft | null>;
  /** Optional: rewrite an English question into Danish search terms before retrieval. */
  rewriteQuery?(question: string, signal?: AbortSignal): Promise<string | null>;
}

export interface Clock {
  now(): Date;
  /** Returns a cancel function. */
  setTimer(ms: number, fn: () => void): () => void;
}

export const systemClock: Clock = {
  now: () => new Date(),
  setTimer: (ms, fn) => {
    const t = setTimeout(fn, ms);
    t.unref?.();
    return () => clearTimeout(t);
  },
};
