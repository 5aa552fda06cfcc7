import type { DecisionModel } from './decision.js';

// Written by `npm run fit-decision -- --write` on 2026-12-07: logistic regression over 824
// labelled questions from 26 sets in tests/fixtures (top 5 passages each). Leave-one-set-out:
// citation1 0.768, false abstain 0.114, abstain 0.902, plain-answer precision 0.900.
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
  ],
  lead: {
    mean: [0.3858, 0.1894, 0.3874, 0.4808, 0.4352, 0.6874, 0.7264, 0.4567, 0.7854, 0.1617, 0.3848, 0.882, 0.457, 0.473],
    scale: [
      0.2992, 0.1003, 0.2439, 0.3511, 0.318, 0.2759, 0.1769, 0.2901, 0.1991, 0.3681, 0.3524, 0.3226, 0.3125, 0.2648,
    ],
    weights: [
      0.6202, 0.2463, 0.2733, 0.1995, 0.3475, 0.2736, -0.0216, 0.7008, 0.4583, 0.4839, 0.4787, 0.3605, -0.1104, -0.0121,
    ],
    bias: -3.4022,
  },
  answerable: {
    mean: [0.5757, 0.2651, 0.5127, 0.6354, 0.6454, 0.6874, 0.7264, 0.959, 0.9956, 0.6444, 0.5152, 0.9126, 0.457, 0.473],
    scale: [
      0.3219, 0.0974, 0.2545, 0.3191, 0.2749, 0.2759, 0.1769, 0.1439, 0.0224, 0.4787, 0.3704, 0.2824, 0.3125, 0.2648,
    ],
    weights: [
      0.3917, 0.3037, 0.347, 0.9986, 0.3583, 0.9431, 0.4941, 0.2574, -0.2194, 0.1683, 0.4079, 0.6092, -0.8414, -0.498,
    ],
    bias: 1.7836,
  },
  answerAt: 0.72,
  hedgeAt: 0.75,
};
