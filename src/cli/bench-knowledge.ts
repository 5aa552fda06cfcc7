import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { answerQuestion } from '../core/answers/answer-question.js';
import { loadKnowledge } from '../core/knowledge/knowledge-base.js';
import { createLogger } from '../logger.js';
import { percentile, round } from './bench-stats.js';
import { parseQuestions } from './eval-format.js';
import { runBenchScript } from './run-bench-script.js';
import { writeSyntheticCorpus } from './synthetic-corpus.js';

// Bench section for the knowledge core: build, cold start with a saved index, answer latency, memory.

export interface KnowledgeBench {
  corpus: string;
  documents: number;
  chunks: number;
  bankQuestions: number;
  indexBuildMs: number;
  coldStart: { wallMs: number; sinceProcessStartMs: number; loadMs: number; firstAnswerMs: number; rssMb: number };
  answerMs: { p50: number; p95: number; max: number; questions: number };
  rssMb: number;
}

export async function benchKnowledge(opts: {
  corpus: string;
  knowledgeDir: string;
  questionsFile: string;
}): Promise<KnowledgeBench> {
  const logger = createLogger('silent');
  const dataDir = await mkdtemp(join(tmpdir(), 'hjertebot-bench-data-'));
  try {
    const t0 = performance.now();
    const knowledge = await loadKnowledge({ knowledgeDir: opts.knowledgeDir, dataDir, logger, forceRebuild: true });
    const indexBuildMs = Math.round(performance.now() - t0);

    // A fresh process, as after a restart: tsx start-up, module loading, index load, first answer.
    const questions = parseQuestions(await readFile(opts.questionsFile, 'utf8'));
    const c0 = performance.now();
    const child = await runBenchScript<KnowledgeBench['coldStart']>('src/cli/bench-cold-start.ts', [
      opts.knowledgeDir,
      dataDir,
      questions[0]!.question,
    ]);
    const coldStart = { ...child, wallMs: Math.round(performance.now() - c0) };

    // One pass to warm the JIT, one measured pass.
    for (const q of questions) await answerQuestion(q.question, { knowledge, logger });
    const times: number[] = [];
    for (const q of questions) {
      const s = performance.now();
      await answerQuestion(q.question, { knowledge, logger });
      times.push(performance.now() - s);
    }
    times.sort((a, b) => a - b);
    return {
      corpus: opts.corpus,
      documents: knowledge.documents.length,
      chunks: knowledge.chunks.length,
      bankQuestions: knowledge.bankQuestions,
      indexBuildMs,
      coldStart,
      answerMs: {
        p50: round(percentile(times, 0.5)),
        p95: round(percentile(times, 0.95)),
        max: round(times.at(-1) ?? 0),
        questions: times.length,
      },
      rssMb: Math.round(process.memoryUsage().rss / 2 ** 20),
    };
  } finally {
    await rm(dataDir, { recursive: true, force: true });
  }
}

/** The same bench on a corpus `factor` times larger, generated from the real documents in a temp folder. */
export async function benchKnowledgeScaled(opts: {
  knowledgeDir: string;
  questionsFile: string;
  factor: number;
}): Promise<KnowledgeBench> {
  const dir = await mkdtemp(join(tmpdir(), 'hjertebot-bench-corpus-'));
  try {
    await writeSyntheticCorpus(opts.knowledgeDir, dir, opts.factor);
    return await benchKnowledge({
      corpus: `synthetic ${opts.factor}x`,
      knowledgeDir: dir,
      questionsFile: opts.questionsFile,
    });
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
