import { readFile } from 'node:fs/promises';
import { parseConfig } from '../config.js';
import { createCore } from '../core/create-core.js';
import { createLogger } from '../logger.js';
import { evalLine, parseQuestions } from './eval-format.js';

// npm run --silent eval -- FILE.jsonl: one JSON line per question on stdout, logs on stderr.
// Goes through the full core (screening, personal data, answer), as a volunteer's message would;
// with OPENAI_* set it evaluates the generated mode, otherwise the offline extractive one.

async function main(): Promise<void> {
  const file = process.argv[2];
  if (!file) {
    console.error('usage: npm run --silent eval -- QUESTIONS.jsonl');
    process.exit(2);
  }
  // Quieter by default, so stderr shows problems only; LOG_LEVEL still wins.
  const config = parseConfig({ LOG_LEVEL: 'warn', ...process.env });
  const logger = createLogger(config.logLevel);
  const questions = parseQuestions(await readFile(file, 'utf8'));
  const core = await createCore({ config, logger });
  try {
    for (const q of questions) {
      const started = performance.now();
      const r = await core.ask(q.question);
      process.stdout.write(`${JSON.stringify(evalLine(q, r, performance.now() - started))}\n`);
    }
  } finally {
    await core.close();
  }
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
