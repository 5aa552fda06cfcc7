import { BANK } from '../../tuning.js';
import type { BankQuestion } from '../ingest/question-bank.js';
import { type AnalysedQuery, type Concept, formTerms } from '../query/query.js';
import { scoreConcepts } from '../rank/concept-scoring.js';
import { rankFused, reciprocalRankFusion } from '../rank/fusion.js';
import { Bm25Index } from './bm25.js';
import type { PassageClassifier } from './passage-classifier.js';
import type { VectorStore } from './vector-store.js';

// Matching a message against questions people ask is far easier than matching it against the
// documents' prose. Each bank question is read by the same analyser as an incoming message
// (glossary, spelling repair, compounds, stems) and embedded the same way; a message's nearest
// bank questions vote for the passages they point at.

export interface BankEvidence {
  /** Passage ids, best first, by their best bank question. */
  passages: number[];
  /** Cosine similarity of the nearest bank question, 0..1. */
  similarity: number;
  /** Share of the message's concepts (idf over the bank) held by its best lexical bank question. */
  coverage: number;
  /** Per passage: the similarity of its nearest bank question. */
  passageSimilarity: Map<number, number>;
  /** Per passage: the coverage of its best-covering bank question. */
  passageCoverage: Map<number, number>;
  /** Passages some bank question points at; a document added since has none. */
  anticipated: ReadonlySet<number>;
  /** The same two for the nearest question the documents don't answer (0 when the bank has none). */
  notCovered: { similarity: number; coverage: number };
}

export const NO_BANK_EVIDENCE: BankEvidence = {
  passages: [],
  similarity: 0,
  coverage: 0,
  passageSimilarity: new Map(),
  passageCoverage: new Map(),
  anticipated: new Set(),
  notCovered: { similarity: 0, coverage: 0 },
};

/** A bank question as the analyser reads it: its forms as index terms, its text for the vectors. */
export interface AnalysedBankQuestion {
  terms: string[];
  vectorText: string;
}

export function bankTerms(analysed: AnalysedQuery): string[] {
  const out: string[] = [];
  for (const c of analysed.concepts) for (const f of c.forms.keys()) if (!c.rankOnly?.has(f)) out.push(...formTerms(f));
  return out;
}

export class BankIndex {
  private readonly anticipated: ReadonlySet<number>;

  private constructor(
    private readonly questions: BankQuestion[],
    private readonly bm25: Bm25Index,
    private readonly vectors: VectorStore,
    /** Trained on these questions (passage-classifier.ts); none for a very large bank. */
    readonly classifier?: PassageClassifier,
  ) {
    this.anticipated = new Set(questions.flatMap((q) => q.passages));
  }

  get size(): number {
    return this.questions.length;
  }

  static fromParts(
    questions: BankQuestion[],
    terms: string[][],
    vectors: VectorStore,
    classifier?: PassageClassifier,
  ): BankIndex {
    return new BankIndex(questions, new Bm25Index(terms, BANK.maxPostings), vectors, classifier);
  }

  /** The bank's idf of a concept: its best known form; a word no bank question uses weighs the most. */
  private idf(c: Concept): number {
    let best = -1;
    for (const f of c.forms.keys()) {
      const ts = formTerms(f);
      if (ts.every((t) => this.bm25.has(t))) best = Math.max(best, ...ts.map((t) => this.bm25.idf(t)));
    }
    return best >= 0 ? best : this.bm25.maxIdf();
  }

  search(concepts: Concept[], queryVector: number[] | undefined): BankEvidence {
    if (this.questions.length === 0) return NO_BANK_EVIDENCE;
    const { scores, coverage } = scoreConcepts(concepts, this.bm25, (c) => this.idf(c));
    const lexicalIds = [...scores]
      .sort((a, b) => b[1] - a[1])
      .slice(0, BANK.candidates)
      .map(([id]) => id);
    const vectorHits = queryVector ? this.vectors.search(queryVector, BANK.candidates) : [];
    const fused = rankFused(
      reciprocalRankFusion([{ ids: lexicalIds }, { ids: vectorHits.map((h) => h.index) }], BANK.rrfK),
    );
    const passages: number[] = [];
    for (const { id } of fused)
      for (const p of this.questions[id]!.passages) if (!passages.includes(p)) passages.push(p);
    const passageSimilarity = new Map<number, number>();
    for (const h of vectorHits)
      for (const p of this.questions[h.index]!.passages)
        passageSimilarity.set(p, Math.max(passageSimilarity.get(p) ?? 0, h.similarity));
    const passageCoverage = new Map<number, number>();
    for (const id of lexicalIds)
      for (const p of this.questions[id]!.passages)
        passageCoverage.set(p, Math.max(passageCoverage.get(p) ?? 0, coverage.get(id) ?? 0));
    const answered = (id: number) => !this.questions[id]!.notCovered;
    const best = (ids: number[], value: (id: number) => number) => Math.max(0, ...ids.map(value));
    const near = new Map(vectorHits.map((h) => [h.index, h.similarity]));
    const side = (keep: (id: number) => boolean) => ({
      similarity: best(vectorHits.map((h) => h.index).filter(keep), (id) => near.get(id)!),
      coverage: best(lexicalIds.filter(keep), (id) => coverage.get(id) ?? 0),
    });
    return {
      passages,
      ...side(answered),
      passageSimilarity,
      passageCoverage,
      anticipated: this.anticipated,
      notCovered: side((id) => !answered(id)),
    };
  }
}
