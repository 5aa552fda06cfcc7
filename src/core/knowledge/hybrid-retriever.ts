import type { Embedder, Retriever } from '../ports.js';
import type { Chunk, RankedPassage } from '../types.js';
import { termsWithParts } from './analyzer.js';
import { Bm25Index } from './bm25.js';
import { indexText } from './chunker.js';
import { rankFused, reciprocalRankFusion } from './fusion.js';
import type { Glossary } from './glossary.js';
import { analyseQuery, type AnalysedQuery, type Concept } from './query.js';
import type { VectorStore } from './vector-store.js';

// Lexical (BM25 over Danish stems, concept-wise) and vector (hnswlib) rankings fused with RRF.

const CANDIDATES = 50;
const LEXICAL_WEIGHT = 1;
const VECTOR_WEIGHT = 0.6;
/** Words of an earlier question count half: the new words say what is asked now. */
const CONTEXT_WEIGHT = 0.5;

export interface SearchHit extends RankedPassage {
  /** Share of the question's concepts (idf-weighted) the passage contains, 0..1. */
  coverage: number;
  lexical: number;
  similarity: number;
}

export interface SearchResult {
  hits: SearchHit[];
  query: AnalysedQuery;
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
export const lexicalTerms = (c: Chunk): string[] => [...termsWithParts(c.section), ...termsWithParts(indexText(c))];

export class HybridRetriever implements KnowledgeRetriever {
  private readonly bm25: Bm25Index;
  private readonly vocab: string[];

  constructor(
    private readonly chunks: Chunk[],
    private readonly vectors: VectorStore,
    private readonly embedder: Embedder,
    private readonly glossary: Glossary,
  ) {
    this.bm25 = new Bm25Index(chunks.map(lexicalTerms));
    this.vocab = [...this.bm25.vocabulary()].filter((t) => t.length >= 3 && !/\d/.test(t));
  }

  async retrieve(query: string, k: number): Promise<RankedPassage[]> {
    const { hits } = await this.search(query, { k });
    return hits.map(({ chunk, score }) => ({ chunk, score }));
  }

  async search(query: string, opts: SearchOptions = {}): Promise<SearchResult> {
    const k = opts.k ?? 10;
    const analysed = analyseQuery(`${query} ${opts.extra ?? ''}`, this.bm25, this.glossary, this.vocab);
    const concepts = [...analysed.concepts];
    if (opts.context) {
      const ctx = analyseQuery(opts.context, this.bm25, this.glossary, this.vocab);
      for (const c of ctx.concepts) concepts.push({ ...c, weight: CONTEXT_WEIGHT });
    }
    const { scores, coverage } = this.lexical(concepts);
    const lexicalIds = [...scores].sort((a, b) => b[1] - a[1]).slice(0, CANDIDATES).map(([id]) => id);
    const vectorText = [query, analysed.expansionText, opts.extra ?? '', opts.context ?? ''].join(' ');
    const vectorHits = this.vectors.search(await this.embedder.embedQuery(vectorText), CANDIDATES);
    const similarity = new Map(vectorHits.map((h) => [h.index, h.similarity]));
    const fused = rankFused(
      reciprocalRankFusion([
        { ids: lexicalIds, weight: LEXICAL_WEIGHT },
        { ids: vectorHits.map((h) => h.index), weight: VECTOR_WEIGHT },
      ]),
    );
    const hits = fused.slice(0, Math.max(k, 1)).map(({ id, score }) => ({
      chunk: this.chunks[id]!,
      score,
      coverage: coverage.get(id) ?? 0,
      lexical: scores.get(id) ?? 0,
      similarity: similarity.get(id) ?? 0,
    }));
    return { hits, query: { ...analysed, concepts } };
  }

  /** BM25 summed over concepts, each concept scored by its best form; plus concept coverage. */
  private lexical(concepts: Concept[]): { scores: Map<number, number>; coverage: Map<number, number> } {
    const scores = new Map<number, number>();
    const covered = new Map<number, number>();
    const totalIdf = concepts.reduce((a, c) => a + c.idf * c.weight, 0);
    for (const c of concepts) {
      const best = new Map<number, number>();
      const matched = new Map<number, number>();
      for (const [term, w] of c.forms) {
        for (const [doc, s] of this.bm25.scores(term)) {
          if ((best.get(doc) ?? 0) < s * w * c.weight) best.set(doc, s * w * c.weight);
          if ((matched.get(doc) ?? 0) < w) matched.set(doc, w);
        }
      }
      for (const [doc, s] of best) scores.set(doc, (scores.get(doc) ?? 0) + s);
      for (const [doc, w] of matched) covered.set(doc, (covered.get(doc) ?? 0) + c.idf * c.weight * w);
    }
    const coverage = new Map<number, number>();
    for (const [doc, v] of covered) coverage.set(doc, totalIdf > 0 ? v / totalIdf : 0);
    return { scores, coverage };
  }
}
