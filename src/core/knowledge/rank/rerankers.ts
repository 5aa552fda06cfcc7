import { RANK } from '../../tuning.js';
import { addRankVotes, applyLexicalFloor, rankFused } from './fusion.js';
import type { Reranker } from './rank-state.js';
import {
  asksForAnswerType,
  headingEvidence,
  holdsTypedAnswer,
  isDefinitionQuestion,
  sentenceEvidence,
} from './sentence-evidence.js';

// The ranking steps after reciprocal-rank fusion of the lexical and vector rankings.

/**
 * The bank votes as strongly as its nearest question matches the message: a passage nobody
 * anticipated a question for (a new document) still wins on its own words. Strength is lexical
 * coverage: hashed-vector similarity of short questions is ~0.5 for almost any pair.
 */
export const questionBankVote: Reranker = {
  name: 'question bank vote',
  apply: ({ bank, fused, weights: w }) =>
    addRankVotes(
      fused,
      bank.passages.slice(0, RANK.candidates),
      (id) => w.bank * (bank.passageCoverage.get(id) ?? 0) ** w.bankSharpness,
      w.rrfK,
    ),
};

/**
 * The passage classifier's ranking (index/passage-classifier.ts), each vote scaled by the
 * classifier's probability. (It was also scaled by how much of the message the passage's best
 * bank question holds; that held back exactly the long stories the classifier places best:
 * without it recall@5 on fresh c-h went 0.917 → 0.962.) The classifier has learned nothing of a
 * passage no bank question points at (a document added since): there the passage's own words
 * stand in, with the same weight, as strongly as they cover the message, so "gratis kaffe i
 * pausen" finds the new coffee passage, not the old one about a pause from volunteering.
 */
export const passageClassifierVote: Reranker = {
  name: 'passage classifier vote',
  apply: ({ bank, classified, coverage, fused, lexicalIds, weights: w }) => {
    if (!classified || w.classifier <= 0) return;
    addRankVotes(
      fused,
      lexicalIds.slice(0, RANK.candidates),
      (id) => (bank.anticipated.has(id) ? undefined : w.classifier * (coverage.get(id) ?? 0) ** w.bankSharpness),
      w.rrfK,
    );
    const p = classified.passages;
    const ids = [...p.keys()].sort((a, b) => p[b]! - p[a]!).slice(0, RANK.candidates);
    addRankVotes(fused, ids, (id) => w.classifier * p[id]!, w.rrfK);
  },
};

/** Short cards and rules the hashed vectors barely see rank near their word rank (fusion.ts). */
export const lexicalFloor: Reranker = {
  name: 'lexical floor',
  apply: ({ fused, lexicalIds, coverage, matched, similarity, weights: w }) =>
    applyLexicalFloor(
      fused,
      lexicalIds,
      (id) => ({ coverage: coverage.get(id) ?? 0, matched: matched.get(id) ?? 0, similarity: similarity.get(id) ?? 0 }),
      w.lexical,
      w.vector,
      w.rrfK,
    ),
};

/** Coverage of the question, the document's authority, and less for first-person stories. */
export const coverageAndPriors: Reranker = {
  name: 'coverage and document priors',
  apply: ({ fused, coverage, prior, weights: w }) => {
    for (const [id, v] of fused) fused.set(id, v + w.coverage * (coverage.get(id) ?? 0) + prior[id]!);
  },
};

/** The top passages by their best sentence; a definition question ("hvad er X?") also by the heading. */
export const bestSentence: Reranker = {
  name: 'best sentence',
  apply: ({ fused, chunks, concepts, query, opensSection, weights: w }) => {
    if (w.sentence <= 0) return;
    const definition = isDefinitionQuestion(query);
    for (const { id } of rankFused(fused).slice(0, RANK.rerankDepth)) {
      const chunk = chunks[id]!;
      let bonus = w.sentence * sentenceEvidence(chunk, concepts, query);
      if (definition) bonus += w.sentence * headingEvidence(chunk, concepts) * (opensSection[id] ? 1 : 0.5);
      fused.set(id, fused.get(id)! + bonus);
    }
  },
};

/**
 * A section often explains first and instructs after a sub-heading ("Underretningspligt" …
 * "Hvis du bliver bekymret – hvad kan du gøre?"). When the question asks for a kind of answer
 * (what to do, whom to contact) that the top passage lacks and the passage right after it in the
 * document has, with some of the question, that passage ranks second.
 */
export const typedSuccessor: Reranker = {
  name: 'typed successor',
  apply: ({ fused, chunks, concepts, query }) => {
    if (!asksForAnswerType(query)) return;
    const [top, second] = rankFused(fused);
    if (!top || !second) return;
    const next = top.id + 1;
    const chunk = chunks[next];
    if (!chunk || chunk.doc !== chunks[top.id]!.doc || next === second.id || (fused.get(next) ?? 0) <= 0) return;
    if (holdsTypedAnswer(chunks[top.id]!, concepts, query) || !holdsTypedAnswer(chunk, concepts, query)) return;
    fused.set(next, (second.score + top.score) / 2);
  },
};
