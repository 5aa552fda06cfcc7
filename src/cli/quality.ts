import { writeFileSync } from 'node:fs';
import { parseConfig } from '../config.js';
import { createLogger } from '../logger.js';
import { BASELINE_FILE, baselineOf, formatTable } from '../quality/baseline.js';
import { freeChat } from '../quality/free-chat.js';
import { fixtureQuestionSets, readQuestionSet } from '../quality/question-sets.js';
import { runQuestionSets } from '../quality/run-sets.js';

// npm run quality [-- FILE.jsonl …] [--write-baseline] [--failures]
// Scores every question set in tests/fixtures (or the files given) offline, one table row a set.

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const files = args.filter((a) => !a.startsWith('--'));
  const config = parseConfig({ LOG_LEVEL: 'warn', ...process.env });
  const logger = createLogger(config.logLevel);
  const sets = files.length ? files.map((f) => readQuestionSet(f)) : fixtureQuestionSets('tests/fixtures');
  const outcomes = await runQuestionSets(sets, await freeChat(config, logger));
  console.log(formatTable(outcomes));
  if (args.includes('--failures')) for (const o of outcomes) for (const f of o.failures) console.log(`${o.name} ${f}`);
  if (args.includes('--write-baseline')) {
    writeFileSync(BASELINE_FILE, `${JSON.stringify(baselineOf(outcomes), null, 2)}\n`);
    console.log(`wrote ${BASELINE_FILE}`);
  }
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
