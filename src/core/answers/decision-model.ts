import type { DecisionModel } from './decision.js';

// Written by `npm run fit-decision -- --write` on 2026-12-07: logistic regression over 560
// labelled questions from 22 sets in tests/fixtures (top 5 passages each). Leave-one-set-out:
// citation1 0.823, false abstain 0.034, abstain 0.941, plain-answer precision 0.906.
// Thresholds: the lowest answerable-probability cut that keeps held-out unanswerable questions
// abstaining at 0.93 (hedgeAt), and the lowest lead-probability cut at which plain answers lead with
// the right passage at 0.9 (answerAt). Do not edit by hand.
export const DECISION_MODEL: DecisionModel = {
  "features": [
    "coverage",
    "similarity",
    "matched",
    "bankCoverage",
    "bankSimilarity",
    "anyBankCoverage",
    "anyBankSimilarity",
    "reciprocalRank",
    "relativeScore",
    "bankLead"
  ],
  "lead": {
    "mean": [
      0.4649,
      0.1958,
      0.4057,
      0.5763,
      0.4942,
      0.7612,
      0.7785,
      0.4607,
      0.7657,
      0.1817
    ],
    "scale": [
      0.3057,
      0.1066,
      0.2426,
      0.3219,
      0.3037,
      0.2509,
      0.171,
      0.2922,
      0.2029,
      0.3856
    ],
    "weights": [
      0.6715,
      0.1734,
      0.3323,
      0.0598,
      0.4893,
      0.1847,
      -0.1798,
      0.6987,
      0.5945,
      0.5405
    ],
    "bias": -2.7354
  },
  "answerable": {
    "mean": [
      0.6995,
      0.2816,
      0.5483,
      0.7312,
      0.7333,
      0.7606,
      0.7768,
      0.9624,
      0.9952,
      0.7551
    ],
    "scale": [
      0.2809,
      0.0991,
      0.2495,
      0.2783,
      0.2316,
      0.2515,
      0.173,
      0.1362,
      0.0253,
      0.43
    ],
    "weights": [
      0.4927,
      0.2844,
      0.9231,
      0.7212,
      0.4893,
      0.9823,
      0.2928,
      -0.083,
      0.0613,
      0.0743
    ],
    "bias": 4.3831
  },
  "answerAt": 0.66,
  "hedgeAt": 0.71
};
