import type { DecisionModel } from './decision.js';

// Written by `npm run fit-decision -- --write` on 2026-12-08: logistic regression over 1624
// labelled questions from 40 sets in tests/fixtures (top 5 passages each). Leave-one-set-out:
// citation1 0.795, false abstain 0.091, abstain 0.900, plain-answer precision 0.901.
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
      0.3176, 0.1839, 0.3836, 0.4277, 0.4549, 0.6875, 0.7114, 0.4567, 0.4255, 0.1643, 0.4099, 0.9031, 0.4801, 0.5189,
      0.1175, 0.2092,
    ],
    scale: [
      0.2792, 0.0996, 0.2566, 0.3427, 0.2983, 0.2531, 0.1513, 0.2901, 0.3729, 0.3705, 0.3323, 0.2959, 0.297, 0.2362,
      0.2225, 0.2907,
    ],
    weights: [
      0.2742, 0.0007, 0.1622, 0.4492, 0.0337, 0.0095, -0.0529, 0.4485, 0.6436, 0.2784, 0.3852, 0.1634, -0.11, -0.0056,
      0.6711, -0.5532,
    ],
    bias: -2.9732,
  },
  answerable: {
    mean: [
      0.4596, 0.2408, 0.4931, 0.5991, 0.6312, 0.6875, 0.7114, 0.9862, 0.9944, 0.5807, 0.5123, 0.9236, 0.4801, 0.5189,
      0.4444, 0.2092,
    ],
    scale: [
      0.3188, 0.102, 0.2725, 0.3093, 0.2495, 0.2531, 0.1513, 0.0867, 0.045, 0.4935, 0.3441, 0.2656, 0.297, 0.2362,
      0.3226, 0.2907,
    ],
    weights: [
      0.1242, -0.0084, 0.1765, 0.5801, 0.2182, 0.6906, 0.2806, -0.1207, 0.1369, 0.0304, 0.2653, 0.3407, -0.7127, -0.467,
      0.2945, -1.4107,
    ],
    bias: 2.0484,
  },
  answerAt: 0.62,
  hedgeAt: 0.73,
};
