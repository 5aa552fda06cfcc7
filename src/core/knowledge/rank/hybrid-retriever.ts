import { RANKING } from '../../pipeline.js';
import type { Embedder, Retriever } from '../../ports.js';
import { FUSION, type FusionWeights, RANK } from '../../tuning.js';
import type { Chunk, RankedPassage } from '../../types.js';
import { bankEmbedder } from '../index/bank-embedder.js';
import { type BankEvidence, type BankIndex, bankTerms, NO_BANK_EVIDENCE } from '../index/bank-index.js';
import { Bm25Index } from '../index/bm25.js';
import type { PassageClassifier } from '../index/passage-classifier.js';
import type { VectorStore } from '../index/vector-store.js';
import { indexText } from '../ingest/chunker.js';
import { DEFAULT_AUTHORITY } from '../ingest/manifest.js';
import { entityTerms, termsWithParts, words } from '../query/analyzer.js';
import type { Glossary } from '../query/glossary.js';
import { type AnalysedQuery, analyseQuery } from '../query/query.js';
import { scoreConcepts } from './concept-scoring.js';
import { rankFused, reciprocalRankFusion } from './fusion.js';
import type { RankState } from './rank-state.js';

// Lexical (BM25 over Danish stems, concept-wise) and vector (hnswlib) rankings fused with RRF.

/** Fusion weights (tuning.ts). */
export type { FusionWeights } from '../../tuning.js';
export const DEFAULT_WEIGHTS: FusionWeights = FUSION;

/** What the retriever knows about documents beyond their text. */
export interface RetrieverPriors {
  /** Document id → authority 0..1; a document not listed counts as DEFAULT_AUTHORITY. */
  authority?: Map<string, number>;
}

const FIRST_PERSON = /^(jeg|mig|min|mit|mine)$/;
export function isNarrative(text: string): boolean {
  const ws = words(text);
  return ws.length > 0 && ws.filter((w) => FIRST_PERSON.test(w)).length / ws.length >= RANK.narrativeShare;
}

export interface SearchHit extends RankedPassage {
  /** Share of the question's concepts (idf-weighted) the passage contains, 0..1. */
  coverage: number;
  /** How many distinct concepts of the question the passage contains. */
  matched: number;
  lexical: number;
  similarity: number;
  /** Similarity of the passage's nearest bank question (0 when none is near). */
  bankSimilarity: number;
  /** Coverage of the message by the passage's best bank question. */
  bankCoverage: number;
  /** The passage classifier's probability for this passage (0 without one). */
  classProbability: number;
}

export interface SearchResult {
  hits: SearchHit[];
  query: AnalysedQuery;
  /** How near the message is to any anticipated question: an off-topic message has none. */
  bank: Pick<BankEvidence, 'similarity' | 'coverage' | 'notCovered'> & {
    top: Chunk[];
    /** The passage classifier's P(the documents don't answer it); 0 without a classifier. */
    none: number;
  };
}

export interface SearchOptions {
  k?: number;
  /** An earlier question this one follows up on. */
  context?: string;
  /** Extra search words, e.g. a model's Danish rewrite of an English question. */
  extra?: string;
}

export interface KnowledgeRetriever extends Retriever {
  search(query: string, opts?: SearchOptions): Promise<SearchResult>;
}

/** Document terms for BM25: the heading counts twice, it names the topic. */
export const lexicalTerms = (c: Chunk): string[] => [
  ...termsWithParts(c.section),
  ...termsWithParts(indexText(c)),
  ...entityTerms(c.text),
];

const lexicalIndexes = new WeakMap<Chunk[], Bm25Index>();
/** The BM25 index over these passages, built once per passage list (the retriever and the answer's specifics check share it). */
export function lexicalIndexOf(chunks: Chunk[]): Bm25Index {
  let index = lexicalIndexes.get(chunks);
  if (!index) lexicalIndexes.set(chunks, (index = new Bm25Index(chunks.map(lexicalTerms))));
  return index;
}

export class HybridRetriever implements KnowledgeRetriever {
  private readonly bm25: Bm25Index;
  private readonly vocab: string[];
  /** Whether each chunk is the first of its section, where definitions usually are. */
  private readonly opensSection: boolean[];
  /** Per chunk: authority prior minus the narrative penalty, added to every fused score. */
  private readonly prior: number[];

  constructor(
    private readonly chunks: Chunk[],
    private readonly vectors: VectorStore,
    private readonly embedder: Embedder,
    private readonly glossary: Glossary,
    priors: RetrieverPriors = {},
    private readonly weights: FusionWeights = DEFAULT_WEIGHTS,
    private readonly bank?: BankIndex,
    prior?: number[],
    private readonly classifier?: PassageClassifier,
  ) {
    this.bm25 = lexicalIndexOf(chunks);
    this.vocab = [...this.bm25.vocabulary()].filter((t) => t.length >= 3 && !/\d/.test(t));
    this.opensSection = chunks.map(
      (c, i) => i === 0 || chunks[i - 1]!.doc !== c.doc || chunks[i - 1]!.section !== c.section,
    );
    this.prior =
      prior ??
      chunks.map(
        (c) =>
          weights.authority * (priors.authority?.get(c.doc) ?? DEFAULT_AUTHORITY) -
          (isNarrative(c.text) ? weights.narrative : 0),
      );
  }

  async retrieve(query: string, k: number): Promise<RankedPassage[]> {
    const { hits } = await this.search(query, { k });
    return hits.map(({ chunk, score }) => ({ chunk, score }));
  }

  /** The same retriever with other fusion weights: for fitting the weights on labelled questions. */
  withWeights(weights: FusionWeights): HybridRetriever {
    return new HybridRetriever(
      this.chunks,
      this.vectors,
      this.embedder,
      this.glossary,
      {},
      weights,
      this.bank,
      this.prior,
      this.classifier,
    );
  }

  /** A text read as the retriever reads a question: for the bank questions, so both sides agree. */
  analyse(text: string): AnalysedQuery {
    return analyseQuery(text, this.bm25, this.glossary, this.vocab);
  }

  async search(query: string, opts: SearchOptions = {}): Promise<SearchResult> {
    const k = opts.k ?? 10;
    const analysed = analyseQuery(`${query} ${opts.extra ?? ''}`, this.bm25, this.glossary, this.vocab);
    const concepts = [...analysed.concepts];
    if (opts.context) {
      // The earlier question steers the ranking; only a follow-up with no words of its own
      // ("og hvad så?") is judged by it.
      const ctx = analyseQuery(opts.context, this.bm25, this.glossary, this.vocab);
      const weight = concepts.length ? RANK.contextWeight : 1;
      for (const c of ctx.concepts) concepts.push({ ...c, weight });
    }
    const { scores, coverage, matched } = scoreConcepts(concepts, this.bm25);
    const lexicalIds = [...scores]
      .sort((a, b) => b[1] - a[1])
      .slice(0, RANK.candidates)
      .map(([id]) => id);
    const vectorText = [query, analysed.expansionText, opts.extra ?? '', opts.context ?? ''].join(' ');
    // An embeddings API failing for this query (it logs why) leaves the lexical ranking to answer alone.
    const vectorHits = await this.embedder.embedQuery(vectorText).then(
      (v) => this.vectors.search(v, RANK.candidates),
      () => [],
    );
    const similarity = new Map(vectorHits.map((h) => [h.index, h.similarity]));
    const w = this.weights;
    const bank = this.bank ? this.bank.search(concepts, bankEmbedder.embed(vectorText)) : NO_BANK_EVIDENCE;
    const classified = this.classifier?.classify(query, bankTerms(analysed));
    const fused = reciprocalRankFusion(
      [
        { ids: lexicalIds, weight: w.lexical },
        { ids: vectorHits.map((h) => h.index), weight: w.vector },
      ],
      w.rrfK,
    );
    const state: RankState = {
      query,
      concepts,
      chunks: this.chunks,
      weights: w,
      fused,
      lexicalIds,
      coverage,
      matched,
      similarity,
      bank,
      classified,
      prior: this.prior,
      opensSection: this.opensSection,
    };
    for (const step of RANKING) step.apply(state);
    const ranked = rankFused(fused);
    const hits = ranked.slice(0, Math.max(k, 1)).map(({ id, score }) => ({
      chunk: this.chunks[id]!,
      score,
      coverage: coverage.get(id) ?? 0,
      matched: matched.get(id) ?? 0,
      lexical: scores.get(id) ?? 0,
      similarity: similarity.get(id) ?? 0,
      bankSimilarity: bank.passageSimilarity.get(id) ?? 0,
      bankCoverage: bank.passageCoverage.get(id) ?? 0,
      classProbability: classified?.passages[id] ?? 0,
    }));
    return {
      hits,
      query: { ...analysed, concepts },
      bank: {
        similarity: bank.similarity,
        coverage: bank.coverage,
        none: classified?.none ?? 0,
        notCovered: bank.notCovered,
        top: bank.passages.slice(0, 5).map((id) => this.chunks[id]!),
      },
    };
  }
}
