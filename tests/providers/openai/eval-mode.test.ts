import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ANSWER_TEXTS } from '../../../src/core/answers/texts.js';
import { scoreDevResults } from '../../cli/score-dev.js';
import {
  type ChatRequestBody,
  type OpenAILoopback,
  startOpenAILoopback,
} from '../../support/openai-loopback-server.js';

// `npm run eval` in OpenAI-compatible mode: the eval command, unchanged, in a child process
// whose OPENAI_BASE_URL points at the loopback server. The loopback "model" quotes passage 1
// with [1], so the scores measure the generated path's plumbing (validation, citations, routes,
// personal data), not a language model's quality.

const run = promisify(execFile);
const DEV = 'tests/fixtures/questions.dev.jsonl';

interface DevQuestion {
  id: string;
  question: string;
  expect: { type: string; secret?: string };
}

let server: OpenAILoopback;
let dataDir: string;
beforeAll(async () => {
  server = await startOpenAILoopback();
  dataDir = await mkdtemp(join(tmpdir(), 'hjertebot-openai-eval-'));
});
afterAll(async () => {
  await server.close();
  await rm(dataDir, { recursive: true, force: true });
});

describe('npm run eval with an OpenAI-compatible endpoint', () => {
  it('answers the dev set through the model, meets the thresholds, and sends no personal data or safety message', async () => {
    const env = {
      ...process.env,
      DATA_DIR: dataDir,
      LOG_LEVEL: 'silent',
      OPENAI_API_KEY: 'sk-loopback',
      OPENAI_BASE_URL: server.baseURL,
    };
    const { stdout } = await run(process.execPath, ['--import', 'tsx', 'src/cli/eval.ts', DEV], {
      env,
      maxBuffer: 32 << 20,
    });
    const results = join(dataDir, 'results.jsonl');
    await writeFile(results, stdout);
    const lines = stdout
      .trim()
      .split('\n')
      .map(
        (l) =>
          JSON.parse(l) as {
            id: string;
            answer: string;
            abstained: boolean;
            citations: unknown[];
            route: string | null;
          },
      );

    // Answers came from the model: the loopback's answers end with its [1] citation, before the
    // core's "→ Skriv /afbud." line on answers from those sections and its note on a source more
    // than a year old. (Duty replies are the core's own text, written before any model could be asked.)
    const answered = lines.filter((l) => !l.abstained && l.citations.length > 0 && l.route === null);
    expect(answered.length).toBeGreaterThan(20);
    // A hedged answer closes with the pointer to the consultant after the model's text.
    const closes = Object.values(ANSWER_TEXTS).map((t) => `\n\n${t.tentativeClose}`);
    const withoutClose = (a: string) => closes.reduce((x, c) => (x.endsWith(c) ? x.slice(0, -c.length) : x), a);
    const fromModel = (answer: string) =>
      /\[1\]\s*$/.test(withoutClose(answer.replace(/\n\n(?:Bemærk|Note): [^\n]*$/, '').replace(/\n\n→ [^\n]*$/, '')));
    expect(answered.filter((l) => fromModel(l.answer)).length).toBe(answered.length);

    const questions = (await readFile(DEV, 'utf8'))
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as DevQuestion);
    const sent = server.requests.map((r) => r.raw).join('\n');
    for (const q of questions.filter((x) => x.expect.type === 'pii')) expect(sent).not.toContain(q.expect.secret);
    const userMessages = server.chatRequests().map((r) => (r.body as ChatRequestBody).messages[1]!.content);
    for (const q of questions.filter((x) => x.expect.type === 'safety')) {
      expect(userMessages.some((m) => m.includes(q.question))).toBe(false);
    }

    const summary = await scoreDevResults(results, DEV);
    expect(summary).toMatchObject({ abstain: 1, falseAbstain: 0, safety: 1, pii: 1 });
    expect(summary.recall5).toBeGreaterThanOrEqual(0.95);
    expect(summary.citation).toBeGreaterThanOrEqual(0.9);
  }, 180_000);
});
