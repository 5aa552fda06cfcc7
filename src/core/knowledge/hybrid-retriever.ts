import type { Embedder, Retriever } from '../ports.js';
import type { Chunk, RankedPassage } from '../types.js';
import { entityTerms, termsWithParts, words } from './analyzer.js';
import { DEFAULT_AUTHORITY } from './manifest.js';
import { Bm25Index } from './bm25.js';
import { indexText } from './chunker.js';
import { applyLexicalFloor, rankFused, reciprocalRankFusion } from './fusion.js';
import type { Glossary } from './glossary.js';
import { type BankIndex, NO_BANK_EVIDENCE } from './bank-index.js';
import { bankEmbedder } from './bank-embedder.js';
import { scoreConcepts } from './concept-scoring.js';
import { analyseQuery, type AnalysedQuery, type Concept } from './query.js';
import { asksForAnswerType, headingEvidence, holdsTypedAnswer, isDefinitionQuestion, sentenceEvidence } from './sentence-evidence.js';
import type { VectorStore } from './vector-store.js';

// Lexical (BM25 over Danish stems, concept-wise) and vector (hnswlib) rankings fused with RRF.

const CANDIDATES = 50;

/** Fusion weights; the defaults were chosen on the dev and paraphrase sets (see bench/eval). */
export interface FusionWeights {
  lexical: number;
  vector: number;
  /** RRF's k: smaller trusts the top ranks more. */
  rrfK: number;
  /** Added per unit of concept coverage, so passages that hold the whole question win ties. */
  coverage: number;
  /** Added per unit of best-sentence evidence (see sentence-evidence.ts), for the top candidates. */
  sentence: number;
  /** Added per unit of the document's authority (manifest): a tie-breaker, smaller than one rank step. */
  authority: number;
  /** Subtracted from first-person stories and quotes, which tell an experience rather than a rule. */
  narrative: number;
  /** Weight of the question bank's passage ranking in the fusion. */
  bank: number;
  /** Exponent on the bank's match strength (0..1): higher trusts only close matches. */
  bankSharpness: number;
}
export const DEFAULT_WEIGHTS: FusionWeights = { lexical: 1, vector: 1, rrfK: 30, coverage: 0, sentence: 0.01, authority: 0.0025, narrative: 0.006, bank: 3, bankSharpness: 2 };

/** What the retriever knows about documents beyond their text. */
export interface RetrieverPriors {
  /** Document id → authority 0..1; a document not listed counts as DEFAULT_AUTHORITY. */
  authority?: Map<string, number>;
}

/** Share of first-person words ("jeg", "mig", "min") above which a passage is someone's story. */
const NARRATIVE_SHARE = 0.035;
const FIRST_PERSON = /^(jeg|mig|min|mit|mine)$/;
export function isNarrative(text: string): boolean {
  const ws = words(text);
  return ws.length > 0 && ws.filter((w) => FIRST_PERSON.test(w)).length / ws.length >= NARRATIVE_SHARE;
}
const RERANK_DEPTH = 20;
/** Words of an earlier question count half: the new words say what is asked now. */
const CONTEXT_WEIGHT = 0.5;

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
}

export interface SearchResult {
  hits: SearchHit[];
  query: AnalysedQuery;
  /** How near the message is to any anticipated question: an off-topic message has none. */
  bank: { similarity: number; coverage: number; top: Chunk[] };
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
export const lexicalTerms = (c: Chunk): string[] => [...termsWithParts(c.section), ...termsWithParts(indexText(c)), ...entityTerms(c.text)];

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
  ) {
    this.bm25 = lexicalIndexOf(chunks);
    this.vocab = [...this.bm25.vocabulary()].filter((t) => t.length >= 3 && !/\d/.test(t));
    this.opensSection = chunks.map((c, i) => i === 0 || chunks[i - 1]!.doc !== c.doc || chunks[i - 1]!.section !== c.section);
    this.prior = prior ?? chunks.map(
      (c) => weights.authority * (priors.authority?.get(c.doc) ?? DEFAULT_AUTHORITY) - (isNarrative(c.text) ? weights.narrative : 0),
    );
  }

  async retrieve(query: string, k: number): Promise<RankedPassage[]> {
    const { hits } = await this.search(query, { k });
    return hits.map(({ chunk, score }) => ({ chunk, score }));
  }

  /** The same retriever with other fusion weights: for fitting the weights on labelled questions. */
  withWeights(weights: FusionWeights): HybridRetriever {
    return new HybridRetriever(this.chunks, this.vectors, this.embedder, this.glossary, {}, weights, this.bank, this.prior);
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
      const weight = concepts.length ? CONTEXT_WEIGHT : 1;
      for (const c of ctx.concepts) concepts.push({ ...c, weight });
    }
    const { scores, coverage, matched } = scoreConcepts(concepts, this.bm25);
    const lexicalIds = [...scores].sort((a, b) => b[1] - a[1]).slice(0, CANDIDATES).map(([id]) => id);
    const vectorText = [query, analysed.expansionText, opts.extra ?? '', opts.context ?? ''].join(' ');
    // An embeddings API failing for this query (it logs why) leaves the lexical ranking to answer alone.
    const vectorHits = await this.embedder.embedQuery(vectorText).then((v) => this.vectors.search(v, CANDIDATES), () => []);
    const similarity = new Map(vectorHits.map((h) => [h.index, h.similarity]));
    const w = this.weights;
    const bank = this.bank ? this.bank.search(concepts, bankEmbedder.embed(vectorText)) : NO_BANK_EVIDENCE;
    const fused = reciprocalRankFusion(
      [
        { ids: lexicalIds, weight: w.lexical },
        { ids: vectorHits.map((h) => h.index), weight: w.vector },
      ],
      w.rrfK,
    );
    // The bank votes as strongly as its nearest question matches the message: a passage nobody
    // anticipated a question for (a new document) still wins on its own words. Strength is lexical
    // coverage: hashed-vector similarity of short questions is ~0.5 for almost any pair.
    bank.passages.slice(0, CANDIDATES).forEach((id, rank) => {
      const strength = (bank.passageCoverage.get(id) ?? 0) ** w.bankSharpness;
      fused.set(id, (fused.get(id) ?? 0) + (w.bank * strength) / (w.rrfK + rank + 1));
    });
    applyLexicalFloor(fused, lexicalIds, (id) => ({ coverage: coverage.get(id) ?? 0, matched: matched.get(id) ?? 0, similarity: similarity.get(id) ?? 0 }), w.lexical, w.vector, w.rrfK);
    for (const [id, v] of fused) fused.set(id, v + w.coverage * (coverage.get(id) ?? 0) + this.prior[id]!);
    if (w.sentence > 0) {
      const definition = isDefinitionQuestion(query);
      for (const { id } of rankFused(fused).slice(0, RERANK_DEPTH)) {
        const chunk = this.chunks[id]!;
        let bonus = w.sentence * sentenceEvidence(chunk, concepts, query);
        if (definition) bonus += w.sentence * headingEvidence(chunk, concepts) * (this.opensSection[id] ? 1 : 0.5);
        fused.set(id, fused.get(id)! + bonus);
      }
    }
    this.liftTypedSuccessor(fused, concepts, query);
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
    }));
    return { hits, query: { ...analysed, concepts }, bank: { similarity: bank.similarity, coverage: bank.coverage, top: bank.passages.slice(0, 5).map((id) => this.chunks[id]!) } };
  }

  /**
   * A section often explains first and instructs after a sub-heading ("Underretningspligt" …
   * "Hvis du bliver bekymret – hvad kan du gøre?"). When the question asks for a kind of answer
   * (what to do, whom to contact) that the top passage lacks and the passage right after it in the
   * document has, with some of the question, that passage ranks second.
   */
  private liftTypedSuccessor(fused: Map<number, number>, concepts: Concept[], query: string): void {
    if (!asksForAnswerType(query)) return;
    const [top, second] = rankFused(fused);
    if (!top || !second) return;
    const next = top.id + 1;
    const chunk = this.chunks[next];
    if (!chunk || chunk.doc !== this.chunks[top.id]!.doc || next === second.id || (fused.get(next) ?? 0) <= 0) return;
    if (holdsTypedAnswer(this.chunks[top.id]!, concepts, query) || !holdsTypedAnswer(chunk, concepts, query)) return;
    fused.set(next, (second.score + top.score) / 2);
  }
}
