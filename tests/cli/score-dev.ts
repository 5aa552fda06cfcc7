import { readFileSync } from 'node:fs';
import { readQuestionSet } from '../../src/quality/question-sets.js';
import { type EvalResult, scoreSet } from '../../src/quality/score.js';

/** The development set, copied from ../shared/eval so a bare clone scores itself. */
export const DEV_QUESTIONS = 'tests/fixtures/questions.dev.jsonl';

/** Scores eval output (one JSON line a question) with the in-repo scorer; returns its summary. */
export async function scoreDevResults(results: string, questions = DEV_QUESTIONS): Promise<Record<string, number>> {
  const lines = readFileSync(results, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as EvalResult);
  return scoreSet(readQuestionSet(questions).questions, lines).summary as Record<string, number>;
}
