import type { DecisionModel } from './decision.js';

// Written by `npm run fit-decision -- --write` on 2026-12-07: logistic regression over 560
// labelled questions from 22 sets in tests/fixtures (top 5 passages each). Leave-one-set-out:
// citation1 0.836, false abstain 0.032, abstain 0.941, plain-answer precision 0.903.
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
      0.4587,
      0.1919,
      0.4017,
      0.6135,
      0.4988,
      0.7871,
      0.787,
      0.4608,
      0.7702,
      0.1813,
      0.3877
    ],
    "scale": [
      0.3109,
      0.1084,
      0.2459,
      0.3235,
      0.3096,
      0.2374,
      0.1705,
      0.2922,
      0.1964,
      0.3852,
      0.3673
    ],
    "weights": [
      0.6925,
      0.2026,
      0.3138,
      0.0556,
      0.517,
      0.1507,
      -0.1431,
      0.7984,
      0.4752,
      0.5025,
      0.5348
    ],
    "bias": -2.8736
  },
  "answerable": {
    "mean": [
      0.6945,
      0.2783,
      0.546,
      0.752,
      0.7435,
      0.7863,
      0.7859,
      0.9636,
      0.9955,
      0.7403,
      0.5562
    ],
    "scale": [
      0.2829,
      0.1006,
      0.2524,
      0.273,
      0.2319,
      0.2383,
      0.1717,
      0.1358,
      0.0257,
      0.4385,
      0.3815
    ],
    "weights": [
      0.5438,
      0.166,
      0.8515,
      0.6581,
      0.3939,
      0.7521,
      0.5195,
      0.1472,
      -0.0919,
      0.1902,
      0.3568
    ],
    "bias": 4.2427
  },
  "answerAt": 0.65,
  "hedgeAt": 0.68
};
