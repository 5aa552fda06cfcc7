import type { DecisionModel } from './decision.js';

// Written by `npm run fit-decision -- --write` on 2026-12-07: logistic regression over 560
// labelled questions from 22 sets in tests/fixtures (top 5 passages each). Leave-one-set-out:
// citation1 0.821, false abstain 0.034, abstain 0.941, plain-answer precision 0.903.
// Thresholds: the lowest answerable-probability cut that keeps held-out unanswerable questions
// abstaining at 0.93 (hedgeAt), and the lowest lead-probability cut at which plain answers lead with
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
  ],
  lead: {
    mean: [0.4573, 0.1914, 0.4008, 0.6129, 0.495, 0.78, 0.7694, 0.4608, 0.7757, 0.1794, 0.385],
    scale: [0.3099, 0.1085, 0.2455, 0.3214, 0.3021, 0.2371, 0.1634, 0.2922, 0.1924, 0.3837, 0.3665],
    weights: [0.7438, 0.1948, 0.328, 0.0211, 0.4329, 0.1709, -0.1626, 0.8567, 0.4688, 0.4271, 0.5272],
    bias: -2.8547,
  },
  answerable: {
    mean: [0.6924, 0.2795, 0.5456, 0.7439, 0.7108, 0.779, 0.7659, 0.9817, 0.9969, 0.6722, 0.5433],
    scale: [0.282, 0.0992, 0.2504, 0.2718, 0.2366, 0.2379, 0.1658, 0.0998, 0.0239, 0.4694, 0.3832],
    weights: [0.5258, 0.1178, 0.8222, 0.6958, 0.2639, 0.7612, 0.5541, -0.0435, -0.0807, 0.3346, 0.3001],
    bias: 4.2269,
  },
  answerAt: 0.68,
  hedgeAt: 0.7,
};
