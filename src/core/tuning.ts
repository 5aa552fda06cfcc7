// Every tuned number of the answer pipeline, by stage, each with where it came from. Numbers that
// code fits (the answer decision) live in answers/decision-model.ts, written by npm run fit-decision.
// "Fixture sets" = the question sets in tests/fixtures, scored by npm run quality / npm test.

/** rank: how the rankings are fused (rank/rerankers.ts). */
export const FUSION = {
  /** Weights of the BM25 and hnswlib rankings in reciprocal-rank fusion. Dev + paraphrase sets, 2026-11. */
  lexical: 1,
  vector: 1,
  /** RRF's k: smaller trusts the top ranks more. Dev + paraphrase sets, 2026-11. */
  rrfK: 30,
  /** Added per unit of concept coverage. 0 since the lexical floor (heldout 1-8, 2026-11). */
  coverage: 0,
  /** Added per unit of best-sentence evidence for the top RERANK_DEPTH passages. Dev + heldout 1-4, 2026-11. */
  sentence: 0.01,
  /** Added per unit of document authority (manifest.json): a tie-breaker under one rank step. Heldout 5-9, 2026-11. */
  authority: 0.0025,
  /** Subtracted from first-person stories (NARRATIVE_SHARE). Heldout 6-9, 2026-11. */
  narrative: 0.006,
  /**
   * The question bank's vote, scaled by its match strength ^ bankSharpness. Grid over
   * {1,1.5,2,3,4} × {1,2,3} with the decision refitted each time, 2026-12-07: 3 × 2 had the best
   * leave-one-set-out citation1 (0.827) among those that keep a new document's own passage first
   * (tests/core/knowledge/knowledge-base.test.ts).
   */
  bank: 3,
  bankSharpness: 2,
  /**
   * The passage classifier's ranking in the fusion (index/passage-classifier.ts). Leave-one-set-out
   * over 28 sets, 2026-12-07: citation1 0.716 without the classifier, 0.749 / 0.763 at weight 1 / 2.
   * 2026-12-08, 39 sets: the classifier alone ranked the right passage first more often than the
   * fusion (fresh c-g 0.758 vs 0.654); rank@1 over all sets 0.760 / 0.812 / 0.818 / 0.821 at
   * 2 / 16 / 64 / 256, leave-one-set-out citation1 0.743 / 0.745 / 0.751 / 0.753; 64 kept the
   * heldout and dev sets' rank@1 best (0.900 vs 0.897 at 256). Its vote no longer scaled by bank
   * coverage, 20 passes: 0.789 / 0.791 at 16 / 64.
   */
  classifier: 64,
};
export type FusionWeights = typeof FUSION;

/** rank: how deep each ranking looks. */
export const RANK = {
  /** Passages taken from each of the lexical, vector and bank rankings. */
  candidates: 50,
  /** Passages re-scored by their best sentence. */
  rerankDepth: 20,
  /** Words of an earlier question count this much: the new words say what is asked now. Follow-up tests, 2026-11. */
  contextWeight: 0.5,
  /** Share of first-person words above which a passage is someone's story. Toolkit stories, 2026-11. */
  narrativeShare: 0.035,
};

/** rank: the lexical floor (rank/fusion.ts) for passages the hashed vectors barely see. Heldout 1-8, 2026-11. */
export const LEXICAL_FLOOR = { maxSimilarity: 0.15, minCoverage: 0.6, minMatched: 2, vectorOffset: 10 };

/** index/query: the question bank (index/bank-index.ts). 2026-12-07. */
export const BANK = {
  /** Bank questions looked at per message, lexical and vector each. */
  candidates: 40,
  /** RRF's k inside the bank: the nearest questions count most. */
  rrfK: 10,
  /** Dimensions of the bank's local hashed embeddings (short questions need fewer than passages). */
  dimensions: 512,
  /**
   * A common word's best-scoring bank questions looked at per query. No word of the real bank
   * reaches it (the quality table is unchanged); at 20× it keeps answers under 100 ms.
   */
  maxPostings: 1500,
  /** hnswlib build effort for the bank: 200 took 0.7 s for 4,100 questions; 64 gives the same quality table. */
  efConstruction: 64,
  /**
   * The passage classifier (index/passage-classifier.ts): SGD passes, first step size and L2.
   * Bank-only experiment, 2026-12-07: top-1 passage over all fixture sets 0.789 at 20 passes,
   * 0.5, 3e-5 (0.782 with L2 1e-4; 0.753 at 40 passes without character grams). 2026-12-08, the
   * classifier's own top-1 on fresh c-h: 0.767 / 0.792 / 0.792 at 12 / 20 / 30 passes;
   * leave-one-set-out citation1 0.774 → 0.781 at 20.
   */
  classifierEpochs: 20,
  /**
   * Bank questions × passages above which the classifier is not trained at index time (the real
   * bank is 5,700 × 139 ≈ 0.8 M and trains in ~8 s; the 20× bench bank would take hours).
   */
  classifierMaxWork: 4_000_000,
  classifierRate: 0.5,
  classifierL2: 3e-5,
};

/** answers: how many passages each step sees. */
export const ANSWER = {
  /** Passages retrieved per question (the eval format wants at least 10). */
  retrieve: 10,
  /** Passages given to a model. */
  generatorPassages: 6,
  /** Top passages weighed as the lead by the decision. */
  leadCandidates: 5,
  /** Longer messages are cut for search: the question is in the first lines. */
  maxQueryChars: 1000,
};
