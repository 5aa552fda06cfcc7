import type { DecisionModel } from './decision.js';

// Written by `npm run fit-decision -- --write` on 2026-12-08: logistic regression over 1571
// labelled questions from 39 sets in tests/fixtures (top 5 passages each). Leave-one-set-out:
// citation1 0.774, false abstain 0.110, abstain 0.900, plain-answer precision 0.902.
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
      0.3275, 0.1872, 0.3945, 0.4662, 0.4288, 0.6864, 0.7108, 0.4567, 0.4646, 0.1638, 0.4099, 0.9046, 0.4803, 0.5169,
      0.109, 0.1899,
    ],
    scale: [
      0.2765, 0.097, 0.2548, 0.3323, 0.3095, 0.2545, 0.1523, 0.2901, 0.375, 0.3701, 0.3335, 0.2937, 0.2972, 0.2365,
      0.2153, 0.2709,
    ],
    weights: [
      0.2685, -0.002, 0.1717, 0.3964, 0.0957, 0.0584, -0.0129, 0.4865, 0.6414, 0.2762, 0.3643, 0.2006, -0.1143, -0.0153,
      0.7042, -0.5491,
    ],
    bias: -3.0608,
  },
  answerable: {
    mean: [
      0.4698, 0.2428, 0.4979, 0.6237, 0.6244, 0.6864, 0.7108, 0.9898, 0.998, 0.5869, 0.5127, 0.9249, 0.4803, 0.5169,
      0.4182, 0.1899,
    ],
    scale: [
      0.3154, 0.0997, 0.2657, 0.2914, 0.2573, 0.2545, 0.1523, 0.0738, 0.02, 0.4924, 0.3452, 0.2636, 0.2972, 0.2365,
      0.3199, 0.2709,
    ],
    weights: [
      0.0979, 0.0139, 0.1935, 0.6626, 0.1522, 0.6244, 0.3015, 0.0623, 0.0885, 0.0213, 0.2568, 0.3265, -0.7509, -0.4598,
      0.4142, -1.3468,
    ],
    bias: 1.9658,
  },
  answerAt: 0.61,
  hedgeAt: 0.75,
};
