// Runs the eval command in OpenAI-compatible mode against the loopback server:
//   npx tsx tests/support/openai-eval-loopback.ts ../shared/eval/questions.dev.jsonl [--embeddings] > results.jsonl
// The loopback "model" quotes passage 1 with a [1] citation and hands queries back unchanged,
// so the scores measure the generated-answer path (prompting, validation, citations, fallbacks),
// not a language model's quality. Result lines go to stdout, a request summary to stderr.
import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startOpenAILoopback } from './openai-loopback-server.js';

const args = process.argv.slice(2);
const file = args.find((a) => !a.startsWith('--'));
if (!file) {
  process.stderr.write('usage: openai-eval-loopback.ts QUESTIONS.jsonl [--embeddings]\n');
  process.exit(2);
}
const server = await startOpenAILoopback({ embeddingDimensions: 256 });
const dataDir = await mkdtemp(join(tmpdir(), 'hjertebot-openai-eval-'));
const env = {
  ...process.env,
  OPENAI_API_KEY: 'sk-loopback',
  OPENAI_BASE_URL: server.baseURL,
  DATA_DIR: dataDir,
  LOG_LEVEL: process.env.LOG_LEVEL ?? 'warn',
  ...(args.includes('--embeddings') ? { OPENAI_EMBEDDING_MODEL: 'loopback-embed' } : {}),
};
const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli/eval.ts', file], { env, stdio: ['ignore', 'inherit', 'inherit'] });
const code = await new Promise<number>((resolve) => child.on('close', (c) => resolve(c ?? 1)));
process.stderr.write(`loopback saw ${server.chatRequests().length} chat and ${server.embeddingRequests().length} embedding requests\n`);
await server.close();
await rm(dataDir, { recursive: true, force: true });
process.exit(code);
