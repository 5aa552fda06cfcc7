import { execFile } from 'node:child_process';
import { createRequire } from 'node:module';
import { promisify } from 'node:util';
import { parseConfig } from '../config.js';
import { benchKnowledge, benchKnowledgeScaled } from './bench-knowledge.js';
import type { AckLatency } from './bench-slack-ack.js';
import type { SlackLoad } from './bench-slack-load.js';
import { runBenchScript } from './run-bench-script.js';

// npm run --silent bench: runs each section, logs progress to stderr, and prints one JSON summary
// as the last line of stdout. A section is a named async function; add new ones to SECTIONS.

// `npm run bench -- --questions FILE` times another question set.
const questionsFlag = process.argv.indexOf('--questions');
const DEV_QUESTIONS =
  (questionsFlag >= 0 ? process.argv[questionsFlag + 1] : undefined) ?? 'tests/fixtures/questions.dev.jsonl';

/** The V8 heap limit production runs with (Dockerfile, deploy/hjertebot.service): the live heap is ~20-40 MB. */
const PRODUCTION_HEAP = '--max-old-space-size=256';

export const TARGETS = {
  realP95Ms: 30,
  scaledP95Ms: 100,
  coldStartMs: 2000,
  rssMb: 300,
  slackAckP99Ms: 50,
  loadRssMb: 300,
  loadAckP99Ms: 100,
};

export type BenchSection = { name: string; run: () => Promise<unknown> };

export function knowledgeSections(knowledgeDir: string): BenchSection[] {
  return [
    {
      name: 'knowledgeReal',
      run: () => benchKnowledge({ corpus: 'real', knowledgeDir, questionsFile: DEV_QUESTIONS }),
    },
    {
      name: 'knowledge20x',
      run: () => benchKnowledgeScaled({ knowledgeDir, questionsFile: DEV_QUESTIONS, factor: 20 }),
    },
  ];
}

interface KnowledgeResult {
  answerMs: { p95: number };
  coldStart: { sinceProcessStartMs: number };
  rssMb: number;
}

function verdict(results: Record<string, unknown>): Record<string, boolean> {
  const real = results.knowledgeReal as KnowledgeResult | undefined;
  const scaled = results.knowledge20x as KnowledgeResult | undefined;
  const slack = results.slackAck as AckLatency | undefined;
  const load = results.slackLoad as SlackLoad | undefined;
  return {
    realP95: !!real && real.answerMs.p95 <= TARGETS.realP95Ms,
    scaledP95: !!scaled && scaled.answerMs.p95 <= TARGETS.scaledP95Ms,
    coldStart: !!real && real.coldStart.sinceProcessStartMs <= TARGETS.coldStartMs,
    rss: [real, scaled].every((r) => !!r && r.rssMb <= TARGETS.rssMb),
    slackAckP99: !!slack && slack.p99Ms <= TARGETS.slackAckP99Ms,
    loadDelivered: !!load && load.delivered === load.sent,
    loadRss: !!load && load.peakRssMb <= TARGETS.loadRssMb,
    loadAckP99: !!load && load.ackP99Ms <= TARGETS.loadAckP99Ms,
  };
}

/** `npm run build`, then the given compiled script. */
async function buildThen(script: string): Promise<string> {
  const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
  await promisify(execFile)(process.execPath, [tsc, '-p', 'tsconfig.build.json']);
  return script;
}

async function main(): Promise<void> {
  const config = parseConfig(process.env);
  const sections: BenchSection[] = [
    ...knowledgeSections(config.knowledgeDir),
    // In a process of its own: the knowledge sections leave a large heap behind, and its garbage
    // collections would land in the ack timings.
    {
      name: 'slackAck',
      run: async () => (await runBenchScript<{ slackAck: AckLatency }>('src/cli/bench-slack-ack.ts')).slackAck,
    },
    // 3,000 questions at concurrency 50 against the compiled bot, as production runs it (npm run build
    // first), with the heap limit the Dockerfile and the systemd unit set (NODE_OPTIONS).
    {
      name: 'slackLoad',
      run: async () =>
        (
          await runBenchScript<{ slackLoad: SlackLoad }>(
            await buildThen('dist/cli/bench-slack-load.js'),
            [DEV_QUESTIONS],
            [PRODUCTION_HEAP],
          )
        ).slackLoad,
    },
  ];
  const results: Record<string, unknown> = {};
  for (const s of sections) {
    console.error(`bench: ${s.name} …`);
    results[s.name] = await s.run();
    console.error(`bench: ${s.name} ${JSON.stringify(results[s.name])}`);
  }
  process.stdout.write(`${JSON.stringify({ ...results, targets: TARGETS, meets: verdict(results) })}\n`);
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? e.stack : e);
  process.exit(1);
});
