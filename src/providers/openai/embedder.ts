import type { OpenAIConfig } from '../../config.js';
import type { Embedder } from '../../core/ports.js';
import { AppError } from '../../errors.js';
import type { Logger } from '../../logger.js';
import { asCallError, callWithRetries, OpenAICallError } from './call-with-retries.js';
import { createOpenAIClient, type OpenAIConnection } from './client.js';
import { outboundText } from './outbound-screen.js';

/** Native sizes of OpenAI's embedding models; any other model is measured once at start. */
const KNOWN_DIMENSIONS: Record<string, number> = {
  'text-embedding-3-small': 1536,
  'text-embedding-3-large': 3072,
  'text-embedding-ada-002': 1536,
};
/** Inputs per request: well under every provider's limit (OpenAI 2048, Azure 16 on old versions). */
const BATCH = 16;
/** Not user text: a fixed string used only to learn an unknown model's vector size. */
const PROBE_TEXT = 'hjertebot dimension probe';

export interface OpenAIEmbedderOptions {
  connection?: OpenAIConnection;
}

/**
 * Embeddings through the same OpenAI-compatible endpoint. The id names provider, host, model and
 * size, so an index built with the local hashed embedder, another model or another server is
 * rebuilt rather than queried with incompatible vectors. Vectors are L2-normalised so cosine and
 * inner-product indexes agree whatever the server returns. Async because a model we do not know
 * is asked once for its vector size.
 */
export async function createOpenAIEmbedder(
  cfg: OpenAIConfig,
  logger: Logger,
  opts: OpenAIEmbedderOptions = {},
): Promise<Embedder> {
  const conn = opts.connection ?? createOpenAIClient(cfg);
  if (!conn.embeddingModel) throw new AppError('model_failed', 'OPENAI_EMBEDDING_MODEL is not set');
  const model: string = conn.embeddingModel;
  const log = logger.child({ component: 'openai', provider: conn.kind });

  async function embed(
    purpose: 'documents' | 'query' | 'probe',
    input: string[],
    budgetMs: number,
  ): Promise<number[][]> {
    const started = Date.now();
    try {
      const { value, attempts } = await callWithRetries(
        { maxRetries: cfg.maxRetries, budgetMs },
        undefined,
        (signal, timeout) =>
          // 'float' explicitly: the SDK would otherwise ask for base64, which not every compatible server speaks.
          conn.client.embeddings.create({ model, input, encoding_format: 'float' }, { signal, timeout }),
      );
      const rows = [...value.data].sort((a, b) => a.index - b.index).map((d) => d.embedding);
      if (rows.length !== input.length || rows.some((r) => !Array.isArray(r) || r.length === 0)) {
        throw new OpenAICallError('invalid_response', attempts);
      }
      log.debug({ event: 'openai.embed', purpose, count: input.length, attempts, ms: Date.now() - started });
      return rows.map(normalise);
    } catch (e) {
      const err = asCallError(e);
      log.warn({
        event: 'openai.embed',
        purpose,
        outcome: err.reason,
        status: err.status,
        attempts: err.attempts,
        ms: Date.now() - started,
      });
      throw new AppError('model_failed', `embedding request failed: ${err.reason}`, { cause: err });
    }
  }

  const dimensions = KNOWN_DIMENSIONS[model] ?? (await embed('probe', [PROBE_TEXT], cfg.timeoutMs))[0]!.length;
  const checked = (rows: number[][]): number[][] => {
    if (rows.some((r) => r.length !== dimensions)) {
      log.warn({ event: 'openai.embed', outcome: 'dimension_mismatch', expected: dimensions });
      throw new AppError('model_failed', 'embedding size changed');
    }
    return rows;
  };
  // Building the index is not interactive: each batch may use every retry at full timeout.
  const batchBudget = cfg.timeoutMs * (cfg.maxRetries + 1) + 10_000;

  return {
    id: `${conn.kind}@${conn.host}:${model}:${dimensions}`,
    dimensions,
    async embedDocuments(texts) {
      const out: number[][] = [];
      for (let i = 0; i < texts.length; i += BATCH)
        out.push(...checked(await embed('documents', texts.slice(i, i + BATCH), batchBudget)));
      return out;
    },
    async embedQuery(text) {
      // Queries are user text (and may carry an earlier question); documents are not.
      return checked(await embed('query', [outboundText(text, 'embed', log)], cfg.timeoutMs))[0]!;
    },
  };
}

function normalise(v: number[]): number[] {
  const norm = Math.hypot(...v);
  return norm > 0 ? v.map((x) => x / norm) : v;
}
