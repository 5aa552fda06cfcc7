import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { isAppError } from '../../../src/errors.js';
import { createOpenAIEmbedder } from '../../../src/providers/openai/embedder.js';
import { type OpenAILoopback, startOpenAILoopback } from '../../support/openai-loopback-server.js';
import { capturedLogger, loopbackConfig } from '../../support/openai-test-kit.js';

let server: OpenAILoopback;
beforeAll(async () => {
  server = await startOpenAILoopback({ embeddingDimensions: 48 });
});
afterAll(() => server.close());
beforeEach(() => server.reset());

const cfg = (model = 'nomic-embed-text') => loopbackConfig(server, { embeddingModel: model });

describe('OpenAI-compatible embedder against a loopback Embeddings server', () => {
  it('learns an unknown model’s size from one probe (never user text) and names provider, host, model and size in its id', async () => {
    const embedder = await createOpenAIEmbedder(cfg(), capturedLogger().logger);
    expect(embedder.dimensions).toBe(48);
    expect(embedder.id).toBe(`openai-compatible@${new URL(server.origin).host}:nomic-embed-text:48`);
    const [probe] = server.embeddingRequests();
    expect(probe!.body).toEqual({
      model: 'nomic-embed-text',
      input: ['hjertebot dimension probe'],
      encoding_format: 'float',
    });
  });

  it('does not probe a model whose size is known', async () => {
    const embedder = await createOpenAIEmbedder(cfg('text-embedding-3-small'), capturedLogger().logger);
    expect(embedder.dimensions).toBe(1536);
    expect(embedder.id).toContain(':text-embedding-3-small:1536');
    expect(server.embeddingRequests()).toHaveLength(0);
  });

  it('embeds documents in batches, in input order, as unit vectors', async () => {
    const embedder = await createOpenAIEmbedder(cfg(), capturedLogger().logger);
    server.reset();
    const texts = Array.from({ length: 35 }, (_, i) => `afsnit nummer ${i} om orlov og kørsel ${'x'.repeat(i)}`);
    const vectors = await embedder.embedDocuments(texts);
    expect(server.embeddingRequests().map((r) => (r.body as { input: string[] }).input.length)).toEqual([16, 16, 3]);
    expect(vectors).toHaveLength(35);
    for (const v of vectors) expect(Math.hypot(...v)).toBeCloseTo(1, 6);
    const sent = server.embeddingRequests().flatMap((r) => (r.body as { input: string[] }).input);
    expect(sent).toEqual(texts);
  });

  it('embeds a query through the API', async () => {
    const embedder = await createOpenAIEmbedder(cfg(), capturedLogger().logger);
    server.reset();
    const v = await embedder.embedQuery('hvor længe kan jeg holde orlov');
    expect(v).toHaveLength(48);
    expect((server.embeddingRequests()[0]!.body as { input: string[] }).input).toEqual([
      'hvor længe kan jeg holde orlov',
    ]);
  });

  it('strips personal data from a query before it is embedded by the API', async () => {
    const embedder = await createOpenAIEmbedder(cfg('text-embedding-3-small'), capturedLogger().logger);
    server.setEmbeddingDimensions(1536);
    try {
      await embedder.embedQuery('hendes cpr er 010203-1234, ring 28 91 45 73');
      const raw = server.embeddingRequests()[0]!.raw;
      expect(raw).not.toContain('010203');
      expect(raw).not.toContain('28 91 45 73');
    } finally {
      server.setEmbeddingDimensions(48);
    }
  });

  it('a failing endpoint raises model_failed after bounded retries, and the log holds no text', async () => {
    const { logger, lines } = capturedLogger();
    const embedder = await createOpenAIEmbedder(cfg('text-embedding-3-small'), logger);
    await server.close();
    // A closed port: connection errors are retried, then given up.
    const err = await embedder.embedQuery('hemmelig tekst om orlov').catch((e: unknown) => e);
    expect(isAppError(err) && err.code).toBe('model_failed');
    expect(lines().join('\n')).not.toContain('hemmelig');
    expect(lines().join('\n')).toContain('connection_error');
    server = await startOpenAILoopback({ embeddingDimensions: 48 });
  });

  it('refuses vectors whose size changed since the embedder was created', async () => {
    const embedder = await createOpenAIEmbedder(cfg(), capturedLogger().logger);
    server.setEmbeddingDimensions(32);
    try {
      const err = await embedder.embedQuery('orlov').catch((e: unknown) => e);
      expect(isAppError(err) && err.code).toBe('model_failed');
    } finally {
      server.setEmbeddingDimensions(48);
    }
  });
});
