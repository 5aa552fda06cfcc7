import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { type AnswerDeps, answerQuestion } from '../../../src/core/answers/answer-question.js';
import { type KnowledgeBase, loadKnowledge } from '../../../src/core/knowledge/knowledge-base.js';
import { createOpenAIGenerator } from '../../../src/providers/openai/generator.js';
import {
  type ChatRequestBody,
  chatCompletion,
  modelAnswer,
  type OpenAILoopback,
  passagesIn,
  rateLimited,
  serverError,
  startOpenAILoopback,
} from '../../support/openai-loopback-server.js';
import { capturedLogger, loopbackConfig } from '../../support/openai-test-kit.js';
import { seedDir } from '../../support/seed.js';

// The whole answer path is real: the repository's knowledge, the saved index, retrieval, the
// real `openai` SDK, the core's draft validation. Only the model is the loopback server.

const KNOWLEDGE_DIR = fileURLToPath(new URL('../../../knowledge/', import.meta.url));
const QUESTION = 'Hvor længe kan jeg holde orlov?';

let server: OpenAILoopback;
let dataDir: string;
let knowledge: KnowledgeBase;
let extractive: Awaited<ReturnType<typeof answerQuestion>>;

beforeAll(async () => {
  server = await startOpenAILoopback();
  dataDir = await mkdtemp(join(tmpdir(), 'hjertebot-openai-answer-'));
  knowledge = await loadKnowledge({
    knowledgeDir: KNOWLEDGE_DIR,
    dataDir,
    seedDir: seedDir(),
    logger: capturedLogger().logger,
  });
  extractive = await answerQuestion(QUESTION, { knowledge, logger: capturedLogger().logger });
});
afterAll(async () => {
  await server.close();
  await rm(dataDir, { recursive: true, force: true });
});
beforeEach(() => server.reset());

function deps(overrides: Partial<Parameters<typeof loopbackConfig>[1]> = {}) {
  const captured = capturedLogger();
  const d: AnswerDeps = {
    knowledge,
    logger: captured.logger,
    generator: createOpenAIGenerator(loopbackConfig(server, overrides), captured.logger),
  };
  return { deps: d, lines: captured.lines };
}

const sentPassages = () => passagesIn(server.chatRequests()[0]!.body as ChatRequestBody);

describe('generated answers through answerQuestion', () => {
  it('the extractive baseline answers the question (so fallbacks below are recognisable)', () => {
    expect(extractive.abstained).toBe(false);
    expect(extractive.citations).toHaveLength(1);
  });

  it('shows a grounded answer whose citations are exactly the passages it cites', async () => {
    server.onChat((body) => {
      const p = passagesIn(body);
      const orlov = p.findIndex((t) => /seks måneder|6 måneder/i.test(t)) + 1;
      return modelAnswer(`Du kan holde orlov i op til seks måneder [${orlov}]. Sig det til din tovholder [1].`, [
        ...new Set([1, orlov]),
      ]);
    });
    const { deps: d } = deps();
    const r = await answerQuestion(QUESTION, d);
    const sent = sentPassages();
    const orlov = sent.findIndex((t) => /seks måneder|6 måneder/i.test(t)) + 1;
    expect(orlov).toBeGreaterThan(0);
    const expected = [...new Set([1, orlov])].sort((a, b) => a - b).map((n) => sent[n - 1]!.trim());
    expect(r.abstained).toBe(false);
    expect(r.citations.map((c) => c.text.trim())).toEqual(expected);
    expect(r.text).toContain('Du kan holde orlov i op til seks måneder');
    expect(r.text).not.toBe(extractive.text);
  });

  it.each([
    ['cites a passage it was not given ([7] of 6)', () => modelAnswer('Seks måneder [7].', [7])],
    ['cites nothing', () => modelAnswer('Du kan holde orlov i seks måneder.', [])],
    ['has [n] markers that disagree with its citation list', () => modelAnswer('Seks måneder [2].', [1])],
    ['cites passage 0', () => modelAnswer('Seks måneder [0].', [0])],
    ['is not the requested JSON', () => chatCompletion('Seks måneder [1].')],
  ])('falls back to the extractive answer when the draft %s', async (_name, reply) => {
    server.onChat(reply);
    const r = await answerQuestion(QUESTION, deps().deps);
    expect(server.chatRequests()).toHaveLength(1);
    expect(r.text).toBe(extractive.text);
    expect(r.citations).toEqual(extractive.citations);
  });

  it.each([
    ['429 with retry-after', () => rateLimited(0), 3],
    ['500', () => serverError(), 3],
  ])('falls back on %s after exactly 1 + maxRetries requests', async (_name, reply, expected) => {
    server.onChat(reply);
    const r = await answerQuestion(QUESTION, deps({ maxRetries: 2 }).deps);
    expect(server.chatRequests()).toHaveLength(expected);
    expect(r.text).toBe(extractive.text);
  });

  it('falls back when the model does not answer in time, after one request', async () => {
    server.onChat(() => ({ kind: 'hang' }));
    const r = await answerQuestion(QUESTION, deps({ timeoutMs: 300, maxRetries: 2 }).deps);
    expect(server.chatRequests()).toHaveLength(1);
    expect(r.text).toBe(extractive.text);
  });

  it('an abstaining model is shown as the default abstention', async () => {
    server.onChat(() => chatCompletion({ abstain: true, answer: '', cited: [] }));
    const r = await answerQuestion(QUESTION, deps().deps);
    expect(r.abstained).toBe(true);
    expect(r.citations).toEqual([]);
  });

  it('an English question is rewritten to Danish search terms first, then answered in English', async () => {
    server.onChat((body) =>
      passagesIn(body).length
        ? modelAnswer('You can take up to six months of leave [1].', [1])
        : chatCompletion({ query: 'orlov pause måneder' }),
    );
    const r = await answerQuestion('How long can I be on leave?', deps().deps);
    const [rewrite, answer] = server.chatRequests().map((q) => q.body as ChatRequestBody);
    expect(rewrite!.messages[1]!.content).toContain('How long can I be on leave?');
    expect(answer!.messages[1]!.content).toContain('Answer language: English');
    expect(r.lang).toBe('en');
    expect(r.text).toContain('You can take up to six months of leave');
  });

  it('logs carry no question, passage or answer text', async () => {
    server.onChat(() => modelAnswer('Du kan holde orlov i op til seks måneder [1].', [1]));
    const { deps: d, lines } = deps();
    await answerQuestion(QUESTION, d);
    server.onChat(() => serverError());
    await answerQuestion('Må jeg tage noter under samtalen?', d);
    const log = lines().join('\n').toLowerCase();
    expect(log).toContain('openai.answer');
    for (const text of ['orlov', 'noter', 'måneder', 'samtale']) expect(log).not.toContain(text);
  });
});

describe('embeddings through the API', () => {
  it('rebuilds an index built with the local embedder, and embeds queries through the API', async () => {
    const { createOpenAIEmbedder } = await import('../../../src/providers/openai/embedder.js');
    const cfg = loopbackConfig(server, { embeddingModel: 'loopback-embed' });
    const embedder = await createOpenAIEmbedder(cfg, capturedLogger().logger);
    const localMeta = JSON.parse(await readFile(join(dataDir, 'index', 'meta.json'), 'utf8')) as { embedderId: string };
    expect(localMeta.embedderId).not.toBe(embedder.id);

    server.reset();
    const apiKnowledge = await loadKnowledge({
      knowledgeDir: KNOWLEDGE_DIR,
      dataDir,
      embedder,
      logger: capturedLogger().logger,
    });
    const docInputs = server.embeddingRequests().flatMap((r) => (r.body as { input: string[] }).input);
    expect(docInputs).toHaveLength(apiKnowledge.chunks.length);
    const meta = JSON.parse(await readFile(join(dataDir, 'index', 'meta.json'), 'utf8')) as {
      embedderId: string;
      dimensions: number;
    };
    expect(meta).toMatchObject({ embedderId: embedder.id, dimensions: 64 });

    // Same embedder again: the saved index is used, nothing is re-embedded.
    server.reset();
    const again = await loadKnowledge({
      knowledgeDir: KNOWLEDGE_DIR,
      dataDir,
      embedder,
      logger: capturedLogger().logger,
    });
    expect(server.embeddingRequests()).toHaveLength(0);

    server.onChat(() => modelAnswer('Seks måneder [1].', [1]));
    await answerQuestion(QUESTION, { knowledge: again, logger: capturedLogger().logger });
    const queryInputs = server.embeddingRequests().flatMap((r) => (r.body as { input: string[] }).input);
    expect(queryInputs).toHaveLength(1);
    expect(queryInputs[0]).toContain(QUESTION);
  });
});
