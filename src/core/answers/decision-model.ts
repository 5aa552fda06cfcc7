import type { DecisionModel } from './decision.js';

// Written by `npm run fit-decision -- --write` on 2026-12-07: logistic regression over 1200
// labelled questions from 30 sets in tests/fixtures (top 5 passages each). Leave-one-set-out:
// citation1 0.731, false abstain 0.142, abstain 0.905, plain-answer precision 0.902.
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
      0.3421, 0.1896, 0.3901, 0.4366, 0.4567, 0.6567, 0.7134, 0.4567, 0.8247, 0.161, 0.4019, 0.8962, 0.4111, 0.455,
      0.1084, 0.1484,
    ],
    scale: [
      0.2863, 0.0983, 0.251, 0.3367, 0.2954, 0.2674, 0.1611, 0.2901, 0.1545, 0.3675, 0.335, 0.305, 0.3054, 0.267,
      0.2034, 0.2348,
    ],
    weights: [
      0.3413, -0.0676, 0.2033, 0.185, 0.0629, 0.1353, -0.0642, 0.4259, 0.4823, 0.3169, 0.4085, 0.2641, -0.1549, -0.0233,
      0.932, -0.4844,
    ],
    bias: -3.0404,
  },
  answerable: {
    mean: [
      0.5062, 0.2525, 0.5094, 0.5904, 0.6294, 0.6567, 0.7134, 0.9475, 0.9944, 0.6092, 0.5213, 0.9217, 0.4111, 0.455,
      0.3854, 0.1484,
    ],
    scale: [
      0.3228, 0.0987, 0.2661, 0.3122, 0.259, 0.2674, 0.1611, 0.1607, 0.0253, 0.4879, 0.3485, 0.2687, 0.3054, 0.267,
      0.3097, 0.2348,
    ],
    weights: [
      0.1794, 0.0525, 0.2231, 0.5925, -0.0426, 0.8012, 0.2587, 0.0414, 0.0076, 0.1435, 0.166, 0.3797, -0.7477, -0.1953,
      0.5288, -1.4825,
    ],
    bias: 1.5616,
  },
  answerAt: 0.61,
  hedgeAt: 0.78,
};
