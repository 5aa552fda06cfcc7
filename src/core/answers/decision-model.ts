import type { DecisionModel } from './decision.js';

// Written by `npm run fit-decision -- --write` on 2026-12-07: logistic regression over 1370
// labelled questions from 34 sets in tests/fixtures (top 5 passages each). Leave-one-set-out:
// citation1 0.743, false abstain 0.132, abstain 0.902, plain-answer precision 0.900.
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
      0.3439, 0.1942, 0.4008, 0.456, 0.4219, 0.6804, 0.712, 0.4567, 0.7376, 0.1569, 0.4052, 0.9044, 0.3962, 0.4379,
      0.1073, 0.1313,
    ],
    scale: [
      0.2799, 0.0947, 0.253, 0.3442, 0.3119, 0.2583, 0.1564, 0.2901, 0.2219, 0.3637, 0.3336, 0.2941, 0.3073, 0.2728,
      0.2149, 0.2248,
    ],
    weights: [
      0.2784, -0.0335, 0.2112, 0.296, 0.1727, 0.141, -0.0386, 0.3832, 0.6023, 0.2749, 0.3653, 0.2478, -0.1422, -0.0119,
      0.9216, -0.4887,
    ],
    bias: -3.1874,
  },
  answerable: {
    mean: [
      0.493, 0.2512, 0.5069, 0.6205, 0.6229, 0.6804, 0.712, 0.9603, 0.9956, 0.6088, 0.5186, 0.927, 0.3962, 0.4379,
      0.4083, 0.1313,
    ],
    scale: [
      0.3155, 0.095, 0.2629, 0.3025, 0.262, 0.2583, 0.1564, 0.1447, 0.0213, 0.488, 0.3463, 0.2601, 0.3073, 0.2728,
      0.323, 0.2248,
    ],
    weights: [
      0.1803, -0.0197, 0.2521, 0.6054, 0.1611, 0.6309, 0.1315, -0.153, 0.1528, 0.0363, 0.2228, 0.3635, -0.6831, -0.2146,
      0.523, -1.5456,
    ],
    bias: 1.5941,
  },
  answerAt: 0.54,
  hedgeAt: 0.78,
};
