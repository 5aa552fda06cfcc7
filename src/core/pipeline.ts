import type { Reranker } from './knowledge/rank/rank-state.js';
import {
  bestSentence,
  coverageAndPriors,
  lexicalFloor,
  passageClassifierVote,
  questionBankVote,
  typedSuccessor,
} from './knowledge/rank/rerankers.js';

// The answer pipeline in order. Each stage is a folder; README ("How answers are found") follows
// this list, and tests/core/pipeline.test.ts checks that it does. Tuned numbers: tuning.ts.

/** After the lexical and vector rankings are fused (rank/fusion.ts), these steps run in order. */
export const RANKING: readonly Reranker[] = [
  questionBankVote,
  passageClassifierVote,
  lexicalFloor,
  coverageAndPriors,
  bestSentence,
  typedSuccessor,
];

export const PIPELINE = [
  {
    stage: 'ingest',
    folder: 'core/knowledge/ingest',
    steps: ['read documents', 'clean lines', 'find sections', 'chunk', 'load the question bank'],
  },
  { stage: 'index', folder: 'core/knowledge/index', steps: ['BM25', 'vectors', 'bank index', 'save'] },
  {
    stage: 'query',
    folder: 'core/knowledge/query',
    steps: ['chat spellings', 'Danish letters', 'glossary', 'typos', 'compounds', 'story clauses'],
  },
  { stage: 'rank', folder: 'core/knowledge/rank', steps: ['fusion', ...RANKING.map((r) => r.name)] },
  { stage: 'answer', folder: 'core/answers', steps: ['medical guard', 'specifics', 'decision', 'answer'] },
] as const;
