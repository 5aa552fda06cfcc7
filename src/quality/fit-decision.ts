import { type AnswerDeps, cleanQuestion, searchForAnswer } from '../core/answers/answer-question.js';
import { type DecisionModel, hitFeatures, LEAD_CANDIDATES } from '../core/answers/decision.js';
import { isMedicalAdviceQuestion } from '../core/answers/medical-guard.js';
import { detectLanguage } from '../core/language.js';
import { type Logistic, probability } from '../core/logistic.js';
import { screenForSafety } from '../core/screening/safety.js';
import { fitLogistic } from './logistic.js';
import type { QuestionSet } from './question-sets.js';
import { sourceHit } from './score.js';

// Fits the answer/hedge/abstain decision (core/answers/decision.ts) on every labelled question
// set, with leave-one-set-out cross-validation: each set is judged by a model that never saw it.

export interface Example {
  set: string;
  id: string;
  answerable: boolean;
  /** Per candidate passage (rank order): features and whether it holds the expected answer. */
  candidates: { x: number[]; y: number }[];
}

export async function collectExamples(
  sets: QuestionSet[],
  deps: AnswerDeps,
  redact: (t: string) => string,
): Promise<Example[]> {
  const out: Example[] = [];
  for (const set of sets) {
    for (const q of set.questions) {
      const e = q.expect;
      if (e.type !== 'answer' && e.type !== 'abstain') continue;
      const clean = cleanQuestion(redact(q.question));
      // Medical questions and routed reports never reach the decision.
      if (isMedicalAdviceQuestion(clean) || screenForSafety(clean).route) continue;
      const { hits, asked } = await searchForAnswer(clean, detectLanguage(clean), deps);
      const candidates = hits.slice(0, LEAD_CANDIDATES).map((h, rank) => ({
        x: hitFeatures(h, rank, hits, asked),
        y: e.type === 'answer' && sourceHit(h.chunk, e.sources) ? 1 : 0,
      }));
      out.push({ set: set.name, id: q.id, answerable: e.type === 'answer', candidates });
    }
  }
  return out;
}

type Weights = Pick<DecisionModel, 'lead' | 'answerable'>;

/** The lead model learns from every candidate; the answerable one from each question's best lead. */
export function fitWeights(examples: Example[]): Weights {
  const rows = examples.flatMap((e) => e.candidates);
  const lead = fitLogistic(
    rows.map((r) => r.x),
    rows.map((r) => r.y),
  );
  const leads = examples
    .filter((e) => e.candidates.length)
    .map((e) => ({ x: leadOf(e, lead).x, y: e.answerable ? 1 : 0 }));
  return {
    lead,
    answerable: fitLogistic(
      leads.map((r) => r.x),
      leads.map((r) => r.y),
    ),
  };
}

function leadOf(e: Example, lead: Logistic): { x: number[]; p: number; correct: boolean } {
  let best = { x: [] as number[], p: -1, correct: false };
  for (const c of e.candidates) {
    const p = probability(c.x, lead);
    if (p > best.p) best = { x: c.x, p, correct: c.y === 1 };
  }
  return best;
}

/** The lead a model picks for one question: its probability and whether it is right. */
export interface Prediction {
  answerable: boolean;
  /** P(answerable): decides abstention. */
  q: number;
  /** P(the lead is right): decides plain answer or hedge. */
  p: number;
  correct: boolean;
}

export function predict(e: Example, w: Weights): Prediction {
  if (!e.candidates.length) return { answerable: e.answerable, q: 0, p: 0, correct: false };
  const best = leadOf(e, w.lead);
  return { answerable: e.answerable, q: probability(best.x, w.answerable), p: best.p, correct: best.correct };
}

export function crossValidate(examples: Example[]): Prediction[] {
  const sets = [...new Set(examples.map((e) => e.set))];
  return sets.flatMap((s) => {
    const w = fitWeights(examples.filter((e) => e.set !== s));
    return examples.filter((e) => e.set === s).map((e) => predict(e, w));
  });
}

export interface Rates {
  citation1: number;
  falseAbstain: number;
  abstain: number;
  /** Of plain (unhedged) answers, the share that lead with the right passage. */
  answerPrecision: number;
}

export function rates(preds: Prediction[], hedgeAt: number, answerAt: number): Rates {
  const A = preds.filter((p) => p.answerable);
  const U = preds.filter((p) => !p.answerable);
  const plain = preds.filter((p) => p.q >= hedgeAt && p.p >= answerAt);
  return {
    citation1: A.filter((p) => p.q >= hedgeAt && p.correct).length / (A.length || 1),
    falseAbstain: A.filter((p) => p.q < hedgeAt).length / (A.length || 1),
    abstain: U.filter((p) => p.q < hedgeAt).length / (U.length || 1),
    answerPrecision: plain.filter((p) => p.answerable && p.correct).length / (plain.length || 1),
  };
}

/**
 * Abstain below the lowest cut at which the held-out unanswerable questions still abstain at
 * `minAbstain`; answer plainly from the lowest cut at which plain answers lead with the right
 * passage at `minPrecision`; hedge between.
 */
export function chooseThresholds(
  preds: Prediction[],
  minAbstain = 0.9,
  minPrecision = 0.9,
): { hedgeAt: number; answerAt: number } {
  const grid = Array.from({ length: 99 }, (_, i) => (i + 1) / 100);
  const hedgeAt = grid.find((t) => rates(preds, t, 1).abstain >= minAbstain) ?? 0.5;
  const answerAt = grid.find((t) => rates(preds, hedgeAt, t).answerPrecision >= minPrecision) ?? 0.99;
  return { hedgeAt, answerAt };
}
