import type { DecisionModel } from './decision.js';

// Written by `npm run fit-decision -- --write` on 2026-12-07: logistic regression over 1457
// labelled questions from 36 sets in tests/fixtures (top 5 passages each). Leave-one-set-out:
// citation1 0.752, false abstain 0.126, abstain 0.902, plain-answer precision 0.901.
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
      0.3404, 0.1939, 0.4028, 0.4601, 0.4182, 0.689, 0.7129, 0.4567, 0.7307, 0.1576, 0.4073, 0.9038, 0.3839, 0.4305,
      0.1106, 0.1233,
    ],
    scale: [
      0.2782, 0.0941, 0.2544, 0.3469, 0.3136, 0.2573, 0.155, 0.2901, 0.2246, 0.3644, 0.3334, 0.2949, 0.3069, 0.277,
      0.2221, 0.2199,
    ],
    weights: [
      0.2633, -0.039, 0.1844, 0.3259, 0.1279, 0.1518, -0.0162, 0.3142, 0.6263, 0.2643, 0.3599, 0.203, -0.1512, -0.0147,
      1.0041, -0.474,
    ],
    bias: -3.1646,
  },
  answerable: {
    mean: [
      0.4875, 0.251, 0.5091, 0.6291, 0.629, 0.689, 0.7129, 0.9526, 0.9945, 0.617, 0.5247, 0.9266, 0.3839, 0.4305,
      0.4284, 0.1233,
    ],
    scale: [
      0.3136, 0.0945, 0.2645, 0.3023, 0.2558, 0.2573, 0.155, 0.1567, 0.0243, 0.4861, 0.3452, 0.2609, 0.3069, 0.277,
      0.3279, 0.2199,
    ],
    weights: [
      0.206, -0.0092, 0.2531, 0.6238, 0.1119, 0.6249, 0.1353, -0.1046, 0.1145, 0.0338, 0.2071, 0.2843, -0.7365, -0.2735,
      0.5721, -1.5398,
    ],
    bias: 1.655,
  },
  answerAt: 0.48,
  hedgeAt: 0.77,
};
