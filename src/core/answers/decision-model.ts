import type { DecisionModel } from './decision.js';

// Written by `npm run fit-decision -- --write` on 2026-12-07: logistic regression over 1287
// labelled questions from 32 sets in tests/fixtures (top 5 passages each). Leave-one-set-out:
// citation1 0.722, false abstain 0.139, abstain 0.909, plain-answer precision 0.901.
// Thresholds: the lowest answerable-probability cut that keeps held-out unanswerable questions
// abstaining at 0.9, the target (hedgeAt), and the lowest lead-probability cut at which plain answers lead with
// the right passage at 0.9 (answerAt). Do not edit by hand.
export const DECISION_MODEL: DecisionModel = {
  features: [
    'coverage',
    'similarity',
    'matched',
    'bankCoverage',
    'bankSimilarity',
    'anyBankCoverage',
    'anyBankSimilarity',
    'reciprocalRank',
    'relativeScore',
    'bankLead',
    'answerType',
    'specifics',
    'notCoveredCoverage',
    'notCoveredSimilarity',
    'classProbability',
    'classNone',
  ],
  lead: {
    mean: [
      0.3382, 0.1908, 0.3902, 0.4325, 0.4573, 0.6545, 0.7112, 0.4567, 0.826, 0.1605, 0.402, 0.9009, 0.4067, 0.4516,
      0.1076, 0.146,
    ],
    scale: [
      0.2842, 0.0975, 0.2522, 0.3351, 0.2928, 0.2651, 0.1583, 0.2901, 0.1533, 0.3671, 0.3344, 0.2989, 0.3032, 0.2664,
      0.2014, 0.2324,
    ],
    weights: [
      0.3077, -0.0436, 0.2017, 0.1835, 0.0535, 0.1316, -0.0551, 0.3928, 0.504, 0.3191, 0.3964, 0.2648, -0.1454, -0.0113,
      0.95, -0.4741,
    ],
    bias: -3.0158,
  },
  answerable: {
    mean: [
      0.4979, 0.2523, 0.5084, 0.5875, 0.6274, 0.6545, 0.7112, 0.9416, 0.9943, 0.6138, 0.5214, 0.9246, 0.4067, 0.4516,
      0.3811, 0.146,
    ],
    scale: [
      0.3198, 0.0976, 0.2655, 0.3094, 0.2555, 0.2651, 0.1583, 0.1691, 0.0249, 0.4869, 0.3478, 0.264, 0.3032, 0.2664,
      0.3081, 0.2324,
    ],
    weights: [
      0.1068, 0.1052, 0.2277, 0.6209, -0.0333, 0.778, 0.2537, 0.0144, 0.023, 0.1194, 0.2038, 0.3687, -0.786, -0.2043,
      0.5419, -1.4383,
    ],
    bias: 1.6166,
  },
  answerAt: 0.6,
  hedgeAt: 0.78,
};
