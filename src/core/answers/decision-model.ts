import type { DecisionModel } from './decision.js';

// Written by `npm run fit-decision -- --write` on 2026-12-07: logistic regression over 1287
// labelled questions from 32 sets in tests/fixtures (top 5 passages each). Leave-one-set-out:
// citation1 0.751, false abstain 0.132, abstain 0.904, plain-answer precision 0.902.
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
      0.3362, 0.1897, 0.3893, 0.4482, 0.4606, 0.6829, 0.7153, 0.4567, 0.8197, 0.1618, 0.4022, 0.9009, 0.399, 0.4404,
      0.1146, 0.1335,
    ],
    scale: [
      0.2846, 0.0979, 0.2533, 0.3421, 0.2957, 0.2586, 0.1574, 0.2901, 0.1565, 0.3682, 0.3344, 0.2989, 0.3084, 0.2753,
      0.2152, 0.2278,
    ],
    weights: [
      0.2557, -0.0336, 0.2179, 0.2745, 0.094, 0.1458, -0.0725, 0.3943, 0.5601, 0.2725, 0.3733, 0.2623, -0.1368, -0.0247,
      0.9699, -0.4949,
    ],
    bias: -3.1215,
  },
  answerable: {
    mean: [
      0.4971, 0.2517, 0.5074, 0.6184, 0.6375, 0.6829, 0.7153, 0.952, 0.9957, 0.6177, 0.5144, 0.9246, 0.399, 0.4404,
      0.4189, 0.1335,
    ],
    scale: [
      0.3191, 0.0967, 0.2638, 0.3062, 0.2516, 0.2586, 0.1574, 0.1558, 0.0197, 0.4859, 0.3481, 0.264, 0.3084, 0.2753,
      0.3194, 0.2278,
    ],
    weights: [
      0.1235, 0.0291, 0.262, 0.8143, 0.0777, 0.5415, 0.2135, 0.0824, -0.0809, 0.0468, 0.2416, 0.3633, -0.7424, -0.2056,
      0.5514, -1.535,
    ],
    bias: 1.5711,
  },
  answerAt: 0.5,
  hedgeAt: 0.78,
};
