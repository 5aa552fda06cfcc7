import type { DecisionModel } from './decision.js';

// Written by `npm run fit-decision -- --write` on 2026-12-07: logistic regression over 560
// labelled questions from 22 sets in tests/fixtures (top 5 passages each). Leave-one-set-out:
// citation1 0.832, false abstain 0.029, abstain 0.941, plain-answer precision 0.902.
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
    "bankLead",
    "answerType"
  ],
  "lead": {
    "mean": [
      0.4576,
      0.1914,
      0.4011,
      0.6127,
      0.4952,
      0.7806,
      0.7697,
      0.4608,
      0.7758,
      0.179,
      0.3861
    ],
    "scale": [
      0.3101,
      0.1084,
      0.2456,
      0.3217,
      0.3022,
      0.2368,
      0.1632,
      0.2922,
      0.1925,
      0.3834,
      0.3669
    ],
    "weights": [
      0.7362,
      0.1887,
      0.3289,
      0.0355,
      0.4387,
      0.15,
      -0.1539,
      0.8474,
      0.4686,
      0.4371,
      0.5312
    ],
    "bias": -2.8448
  },
  "answerable": {
    "mean": [
      0.6925,
      0.2803,
      0.5456,
      0.7428,
      0.7141,
      0.7796,
      0.7665,
      0.9768,
      0.9963,
      0.6796,
      0.547
    ],
    "scale": [
      0.2819,
      0.0992,
      0.2504,
      0.2726,
      0.2335,
      0.2376,
      0.1662,
      0.1114,
      0.0258,
      0.4666,
      0.3828
    ],
    "weights": [
      0.503,
      0.1734,
      0.8335,
      0.6715,
      0.2905,
      0.7808,
      0.5179,
      -0.0195,
      -0.162,
      0.37,
      0.3402
    ],
    "bias": 4.2305
  },
  "answerAt": 0.67,
  "hedgeAt": 0.69
};
