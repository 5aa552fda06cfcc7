import type { FusionWeights } from '../../tuning.js';
import type { Chunk } from '../../types.js';
import type { BankEvidence } from '../index/bank-index.js';
import type { Concept } from '../query/query.js';

/** What the ranking steps share: the fused score of each passage, and the evidence behind it. */
export interface RankState {
  /** The message as typed (with any rewrite), for the steps that read its form ("hvad er …?"). */
  query: string;
  concepts: Concept[];
  chunks: Chunk[];
  weights: FusionWeights;
  /** Passage id → fused score; the steps add to it. */
  fused: Map<number, number>;
  /** Passage ids by BM25, best first. */
  lexicalIds: number[];
  coverage: Map<number, number>;
  matched: Map<number, number>;
  similarity: Map<number, number>;
  bank: BankEvidence;
  /** The passage classifier's probabilities, when the bank trained one. */
  classified?: { passages: Float64Array; none: number };
  /** Per passage: authority prior minus the narrative penalty. */
  prior: number[];
  /** Whether each passage opens its section, where definitions usually are. */
  opensSection: boolean[];
}

/** One named ranking step; the pipeline (core/pipeline.ts) lists them in order. */
export interface Reranker {
  name: string;
  apply(state: RankState): void;
}
