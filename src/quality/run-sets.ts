import { evalLine } from '../cli/eval-format.js';
import type { BotReply } from '../core/types.js';
import type { QuestionSet } from './question-sets.js';
import { type EvalResult, type Summary, scoreSet } from './score.js';

// Runs question sets through free chat (screening, personal data, answer) in one process.

export type AskFn = (message: string) => Promise<BotReply>;

export interface SetOutcome {
  name: string;
  summary: Summary;
  failures: string[];
  results: EvalResult[];
}

export async function runQuestionSet(set: QuestionSet, ask: AskFn): Promise<SetOutcome> {
  const results: EvalResult[] = [];
  for (const q of set.questions) {
    const started = performance.now();
    const r = await ask(q.question);
    results.push({ ...evalLine(q, r, performance.now() - started), offerBekymring: r.offerBekymring });
  }
  const { summary, failures } = scoreSet(set.questions, results);
  return { name: set.name, summary, failures, results };
}

export async function runQuestionSets(sets: QuestionSet[], ask: AskFn): Promise<SetOutcome[]> {
  const out: SetOutcome[] = [];
  for (const s of sets) out.push(await runQuestionSet(s, ask));
  return out;
}
