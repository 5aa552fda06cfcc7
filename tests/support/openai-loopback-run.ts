// Runs any project command in OpenAI-compatible mode against the loopback server, e.g.
//   npx tsx tests/support/openai-loopback-run.ts -- npm run --silent eval -- ../shared/eval/questions.dev.jsonl
//   echo "Hvor længe kan jeg holde orlov?" | npx tsx tests/support/openai-loopback-run.ts -- npm start
// Add --embeddings (before --) to embed through the API too. The loopback "model" quotes
// passage 1 with a [1] citation and hands rewrite requests back unchanged, so what such a run
// measures is the generated-answer path (prompting, validation, citations, fallbacks), not a
// language model's quality. A fresh temporary DATA_DIR is used and removed; the command's
// output is passed through, and a request summary goes to stderr at the end.
import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startOpenAILoopback } from './openai-loopback-server.js';

const argv = process.argv.slice(2);
const dash = argv.indexOf('--');
const [cmd, ...cmdArgs] = dash >= 0 ? argv.slice(dash + 1) : [];
if (!cmd) {
  process.stderr.write('usage: openai-loopback-run.ts [--embeddings] -- COMMAND [ARGS…]\n');
  process.exit(2);
}
const embeddings = argv.slice(0, Math.max(dash, 0)).includes('--embeddings');
const server = await startOpenAILoopback({ embeddingDimensions: 256 });
const dataDir = await mkdtemp(join(tmpdir(), 'hjertebot-openai-run-'));
const env = {
  ...process.env,
  OPENAI_API_KEY: 'sk-loopback',
  OPENAI_BASE_URL: server.baseURL,
  DATA_DIR: dataDir,
  ...(embeddings ? { OPENAI_EMBEDDING_MODEL: 'loopback-embed' } : {}),
};
const child = spawn(cmd, cmdArgs, { env, stdio: 'inherit' });
const code = await new Promise<number>((resolve) => child.on('close', (c) => resolve(c ?? 1)));
process.stderr.write(
  `loopback saw ${server.chatRequests().length} chat and ${server.embeddingRequests().length} embedding requests\n`,
);
await server.close();
await rm(dataDir, { recursive: true, force: true });
process.exit(code);
