import { parseConfig } from '../config.js';
import { loadKnowledge } from '../core/knowledge/knowledge-base.js';
import { createLogger } from '../logger.js';

// npm run index: (re)builds the saved knowledge index under DATA_DIR and reports what it read.
// Start-up does the same when the knowledge changed; this is for deploy scripts and checking files
// (a question-bank entry whose quote no longer occurs in any document is listed under problems).

async function main(): Promise<void> {
  const config = parseConfig(process.env);
  const logger = createLogger(config.logLevel);
  const started = performance.now();
  const kb = await loadKnowledge({
    knowledgeDir: config.knowledgeDir,
    dataDir: config.dataDir,
    logger,
    forceRebuild: true,
  });
  const summary = {
    documents: kb.documents.map((d) => ({
      doc: d.doc,
      title: d.title,
      chunks: kb.chunks.filter((c) => c.doc === d.doc).length,
    })),
    chunks: kb.chunks.length,
    bankQuestions: kb.bankQuestions,
    problems: kb.problems,
    ms: Math.round(performance.now() - started),
    index: `${config.dataDir}/index`,
  };
  process.stdout.write(`${JSON.stringify(summary, null, 2)}\n`);
  if (kb.documents.length === 0) process.exit(1);
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
