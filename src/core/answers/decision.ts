import type { SearchHit, SearchResult } from '../knowledge/rank/hybrid-retriever.js';
import { asksForAnswerType, holdsTypedAnswer } from '../knowledge/rank/sentence-evidence.js';
import { type Logistic, probability } from '../logistic.js';
import { ANSWER } from '../tuning.js';
import { DECISION_MODEL } from './decision-model.js';
import { holdsSpecifics, type Specifics } from './specifics.js';

// Answer, hedge or abstain, decided from data: a logistic model of "this passage answers the
// message", fitted with cross-validation on every labelled question set (npm run fit-decision),
// over evidence from both sides: the passage (coverage, vector similarity, rank) and the question
// bank (how near the message is to a question people ask about this passage, and about any).

export const FEATURES = [
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
] as const;

export interface DecisionModel {
  features: readonly string[];
  /** P(this passage answers the message): picks the lead among the top passages. */
  lead: Logistic;
  /** P(the documents answer the message at all), from the lead's features. */
  answerable: Logistic;
  /** Lead probability at or above which the bot answers plainly (else it hedges). */
  answerAt: number;
  /** Answerable probability below which it abstains. */
  hedgeAt: number;
}

/** How many of the top passages are weighed as the answer (tuning.ts). */
export const LEAD_CANDIDATES = ANSWER.leadCandidates;

/** The message as the decision reads it: its search result and the text (for the kind of answer it asks for). */
export type Asked = Pick<SearchResult, 'bank' | 'query'> & { question: string; specifics: Specifics };

export function hitFeatures(hit: SearchHit, rank: number, hits: SearchHit[], result: Asked): number[] {
  const top = hits[0]?.score || 1;
  return [
    hit.coverage,
    hit.similarity,
    Math.min(hit.matched, 4) / 4,
    hit.bankCoverage,
    hit.bankSimilarity,
    result.bank.coverage,
    result.bank.similarity,
    1 / (rank + 1),
    hit.score / top,
    result.bank.top[0] === hit.chunk ? 1 : 0,
    // Asks for a number, a time, a person or what to do, and the passage holds one: 1; holds none: 0.
    asksForAnswerType(result.question)
      ? holdsTypedAnswer(hit.chunk, result.query.concepts, result.question)
        ? 1
        : 0
      : 0.5,
    // Holds every name and the datum the question asks for (specifics.ts).
    holdsSpecifics(hit.chunk, result.specifics) ? 1 : 0,
    result.bank.notCovered.coverage,
    result.bank.notCovered.similarity,
    hit.classProbability,
    result.bank.none,
  ];
}

export interface Decision {
  kind: 'answer' | 'hedge' | 'abstain';
  lead?: SearchHit;
  confidence: number;
}

/** The most probable answer among the top passages, and whether it is sure enough to lead with. */
export function decide(hits: SearchHit[], result: Asked, model: DecisionModel = DECISION_MODEL): Decision {
  let best: { hit: SearchHit; p: number; x: number[] } | undefined;
  hits.slice(0, LEAD_CANDIDATES).forEach((hit, rank) => {
    const x = hitFeatures(hit, rank, hits, result);
    const p = probability(x, model.lead);
    if (!best || p > best.p) best = { hit, p, x };
  });
  if (!best) return { kind: 'abstain', confidence: 0 };
  const { hit, p, x } = best;
  if (probability(x, model.answerable) < model.hedgeAt) return { kind: 'abstain', confidence: p };
  return { kind: p >= model.answerAt ? 'answer' : 'hedge', lead: hit, confidence: p };
}

/** Whether a passage other than the lead is sure enough to be shown under "see also". */
export function isConfident(
  hit: SearchHit,
  rank: number,
  hits: SearchHit[],
  result: Asked,
  model: DecisionModel = DECISION_MODEL,
): boolean {
  return probability(hitFeatures(hit, rank, hits, result), model.lead) >= model.answerAt;
}
