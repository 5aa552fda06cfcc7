import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { parseConfig } from '../../../src/config.js';
import { createOpenAIClient } from '../../../src/providers/openai/client.js';
import { createOpenAIEmbedder } from '../../../src/providers/openai/embedder.js';
import { createOpenAIGenerator } from '../../../src/providers/openai/generator.js';
import {
  type ChatRequestBody,
  modelAnswer,
  type OpenAILoopback,
  startOpenAILoopback,
} from '../../support/openai-loopback-server.js';
import { capturedLogger } from '../../support/openai-test-kit.js';

let server: OpenAILoopback;
beforeAll(async () => {
  server = await startOpenAILoopback({ embeddingDimensions: 24 });
});
afterAll(() => server.close());

describe('Azure OpenAI through the same code path', () => {
  it('sends chat to the chat deployment and embeddings to the embeddings deployment, with api-key and api-version', async () => {
    const cfg = parseConfig({
      AZURE_OPENAI_API_KEY: 'azure-key',
      AZURE_OPENAI_ENDPOINT: `${server.origin}/`,
      AZURE_OPENAI_DEPLOYMENT: 'hjertebot-chat',
      OPENAI_EMBEDDING_MODEL: 'hjertebot-embed',
      // Set too, as it often is in a shell: must not confuse the Azure client.
      OPENAI_BASE_URL: 'http://127.0.0.1:9/should-not-be-used',
    }).openai!;
    server.onChat(() => modelAnswer('Seks måneder [1].', [1]));
    const { logger } = capturedLogger();
    const draft = await createOpenAIGenerator(cfg, logger).generate({
      question: 'Hvor længe kan jeg holde orlov?',
      lang: 'da',
      passages: [{ id: 'a', doc: 'd', title: 'T', section: 'S', text: 'Op til seks måneder.' }],
    });
    expect(draft).toEqual({ kind: 'answer', text: 'Seks måneder [1].', cited: [1] });
    const embedder = await createOpenAIEmbedder(cfg, logger);
    expect(embedder.id).toBe(`azure@${new URL(server.origin).host}:hjertebot-embed:24`);

    const [chat] = server.chatRequests();
    expect(chat!.path).toBe('/openai/deployments/hjertebot-chat/chat/completions');
    expect(chat!.query.get('api-version')).toBe('2024-10-21');
    expect(chat!.headers['api-key']).toBe('azure-key');
    // Azure does not store chat completions unless asked; GA API versions reject unknown fields.
    expect((chat!.body as ChatRequestBody).store).toBeUndefined();
    const [embed] = server.embeddingRequests();
    expect(embed!.path).toBe('/openai/deployments/hjertebot-embed/embeddings');
  });
});

describe('createOpenAIClient', () => {
  it('takes everything from config, never from the SDK’s own environment variables, and turns SDK logging and retries off', () => {
    vi.stubEnv('OPENAI_BASE_URL', 'http://127.0.0.1:9/v1');
    vi.stubEnv('OPENAI_ORG_ID', 'org-from-env');
    vi.stubEnv('OPENAI_LOG', 'debug');
    try {
      const conn = createOpenAIClient({ apiKey: 'sk-x', chatModel: 'gpt-4o-mini', timeoutMs: 5_000, maxRetries: 2 });
      expect(conn.kind).toBe('openai');
      expect(conn.client.baseURL).toBe('https://api.openai.com/v1');
      expect(conn.client.organization).toBeNull();
      expect(conn.client.logLevel).toBe('off');
      expect(conn.client.maxRetries).toBe(0);
      expect(conn.client.timeout).toBe(5_000);
      expect(conn.sendStoreFalse).toBe(true);
    } finally {
      vi.unstubAllEnvs();
    }
  });

  it('a self-hosted base URL is an OpenAI-compatible provider', () => {
    const conn = createOpenAIClient({
      apiKey: 'x',
      baseURL: 'http://127.0.0.1:8000/v1',
      chatModel: 'llama',
      timeoutMs: 5_000,
      maxRetries: 1,
    });
    expect(conn).toMatchObject({ kind: 'openai-compatible', host: '127.0.0.1:8000', chatModel: 'llama' });
  });
});
