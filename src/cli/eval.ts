import { readFile } from 'node:fs/promises';
import { parseConfig } from '../config.js';
import { createLogger } from '../logger.js';
import { answerQuestion } from '../core/answers/answer-question.js';
import { loadKnowledge } from '../core/knowledge/knowledge-base.js';
import { evalLine, parseQuestions } from './eval-format.js';

// npm run --silent eval -- FILE.jsonl: one JSON line per question on stdout, logs on stderr.
// TODO(H2 createCore): go through core.ask so route and piiWarning come from screening.

async function main(): Promise<void> {
  const file = process.argv[2];
  if (!file) {
    console.error('usage: npm run --silent eval -- QUESTIONS.jsonl');
    process.exit(2);
  }
  const config = parseConfig(process.env);
  const logger = createLogger(process.env.EVAL_LOG_LEVEL ?? 'warn');
  const questions = parseQuestions(await readFile(file, 'utf8'));
  const knowledge = await loadKnowledge({ knowledgeDir: config.knowledgeDir, dataDir: config.dataDir, logger });
  for (const q of questions) {
    const started = performance.now();
    const r = await answerQuestion(q.question, { knowledge, logger });
    process.stdout.write(`${JSON.stringify(evalLine(q, r, performance.now() - started))}\n`);
  }
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
