import type { DecisionModel } from './decision.js';

// Written by `npm run fit-decision -- --write` on 2026-12-07: logistic regression over 1370
// labelled questions from 34 sets in tests/fixtures (top 5 passages each). Leave-one-set-out:
// citation1 0.736, false abstain 0.142, abstain 0.908, plain-answer precision 0.901.
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
      0.3315, 0.1897, 0.3869, 0.4431, 0.4579, 0.6804, 0.712, 0.4567, 0.8209, 0.1604, 0.404, 0.9034, 0.3962, 0.4379,
      0.1135, 0.1313,
    ],
    scale: [
      0.2832, 0.0973, 0.2539, 0.3418, 0.2948, 0.2583, 0.1564, 0.2901, 0.1555, 0.367, 0.3332, 0.2955, 0.3073, 0.2728,
      0.2133, 0.2248,
    ],
    weights: [
      0.2337, -0.0734, 0.2046, 0.2475, 0.0842, 0.1555, -0.0764, 0.3902, 0.5757, 0.2669, 0.3753, 0.2541, -0.1175,
      -0.0306, 0.993, -0.5043,
    ],
    bias: -3.0704,
  },
  answerable: {
    mean: [
      0.4873, 0.2496, 0.5026, 0.6144, 0.632, 0.6804, 0.712, 0.9514, 0.9955, 0.608, 0.5179, 0.927, 0.3962, 0.4379,
      0.4136, 0.1313,
    ],
    scale: [
      0.3185, 0.0971, 0.2652, 0.3064, 0.2526, 0.2583, 0.1564, 0.1566, 0.0201, 0.4882, 0.3463, 0.2601, 0.3073, 0.2728,
      0.3182, 0.2248,
    ],
    weights: [
      0.0912, -0.0081, 0.2147, 0.6812, 0.0656, 0.6009, 0.1589, 0.0562, -0.0735, 0.0506, 0.2592, 0.356, -0.6553, -0.2199,
      0.5625, -1.5436,
    ],
    bias: 1.5884,
  },
  answerAt: 0.51,
  hedgeAt: 0.79,
};
