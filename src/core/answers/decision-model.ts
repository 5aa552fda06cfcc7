import type { DecisionModel } from './decision.js';

// Written by `npm run fit-decision -- --write` on 2026-12-07: logistic regression over 1542
// labelled questions from 38 sets in tests/fixtures (top 5 passages each). Leave-one-set-out:
// citation1 0.744, false abstain 0.132, abstain 0.904, plain-answer precision 0.902.
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
      0.3376, 0.1946, 0.4057, 0.457, 0.4189, 0.6861, 0.7116, 0.4567, 0.7316, 0.1584, 0.4091, 0.9034, 0.3804, 0.4298,
      0.1103, 0.1205,
    ],
    scale: [
      0.2756, 0.0936, 0.2567, 0.3444, 0.3125, 0.2555, 0.1531, 0.2901, 0.2236, 0.3651, 0.3328, 0.2955, 0.305, 0.2769,
      0.2212, 0.2163,
    ],
    weights: [
      0.2399, -0.0542, 0.1748, 0.3431, 0.1187, 0.1403, -0.0143, 0.3142, 0.6383, 0.2651, 0.3656, 0.1701, -0.1502,
      -0.0114, 1.0055, -0.4691,
    ],
    bias: -3.1307,
  },
  answerable: {
    mean: [
      0.4813, 0.2507, 0.5117, 0.6267, 0.627, 0.6861, 0.7116, 0.9518, 0.9945, 0.6174, 0.5246, 0.9261, 0.3804, 0.4298,
      0.4259, 0.1205,
    ],
    scale: [
      0.3109, 0.0945, 0.2662, 0.2995, 0.2552, 0.2555, 0.1531, 0.1582, 0.0242, 0.486, 0.3441, 0.2617, 0.305, 0.2769,
      0.3274, 0.2163,
    ],
    weights: [
      0.1237, -0.0065, 0.2329, 0.6317, 0.102, 0.6292, 0.1942, -0.1191, 0.1429, 0.0645, 0.2321, 0.2712, -0.7179, -0.2806,
      0.564, -1.4925,
    ],
    bias: 1.6944,
  },
  answerAt: 0.49,
  hedgeAt: 0.77,
};
