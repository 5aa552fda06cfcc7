import type { DecisionModel } from './decision.js';

// Written by `npm run fit-decision -- --write` on 2026-12-08: logistic regression over 1678
// labelled questions from 41 sets in tests/fixtures (top 5 passages each). Leave-one-set-out:
// citation1 0.785, false abstain 0.102, abstain 0.902, plain-answer precision 0.905.
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
      0.3157, 0.1848, 0.385, 0.4263, 0.4556, 0.6864, 0.7119, 0.4567, 0.4243, 0.1634, 0.4112, 0.9038, 0.4783, 0.5189,
      0.1183, 0.2038,
    ],
    scale: [
      0.2777, 0.0994, 0.2575, 0.3416, 0.2982, 0.2515, 0.1496, 0.2901, 0.3731, 0.3697, 0.3327, 0.2948, 0.2953, 0.2353,
      0.2233, 0.2879,
    ],
    weights: [
      0.2743, -0.0021, 0.1605, 0.4572, 0.0429, 0.0114, -0.054, 0.4504, 0.6382, 0.2659, 0.3849, 0.1635, -0.1188, 0.0021,
      0.6834, -0.5363,
    ],
    bias: -2.9766,
  },
  answerable: {
    mean: [
      0.4563, 0.2413, 0.4937, 0.5968, 0.6344, 0.6864, 0.7119, 0.9856, 0.9947, 0.5852, 0.5137, 0.9237, 0.4783, 0.5189,
      0.4475, 0.2038,
    ],
    scale: [
      0.3168, 0.1018, 0.2723, 0.3076, 0.2451, 0.2515, 0.1496, 0.089, 0.043, 0.4927, 0.3441, 0.2654, 0.2953, 0.2353,
      0.3222, 0.2879,
    ],
    weights: [
      0.0965, -0.0034, 0.1414, 0.5457, 0.2182, 0.7309, 0.2748, 0.01, 0.0697, 0.0271, 0.2836, 0.3306, -0.7265, -0.444,
      0.2943, -1.394,
    ],
    bias: 2.0379,
  },
  answerAt: 0.64,
  hedgeAt: 0.75,
};
