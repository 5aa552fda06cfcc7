import type { OpenAIConfig } from '../../config.js';
import type { AnswerGenerator, Embedder } from '../../core/ports.js';
import type { Logger } from '../../logger.js';
import { errorMetadata } from '../../logger.js';
import { createOpenAIClient } from './client.js';
import { createOpenAIEmbedder } from './embedder.js';
import { createOpenAIGenerator } from './generator.js';

export { createOpenAIClient } from './client.js';
export { createOpenAIEmbedder } from './embedder.js';
export { createOpenAIGenerator } from './generator.js';

export interface OpenAIProviders {
  generator: AnswerGenerator;
  /** Absent unless OPENAI_EMBEDDING_MODEL is set, or when the endpoint could not be reached at start. */
  embedder?: Embedder;
}

/**
 * Everything the OpenAI-compatible mode adds, built from config.openai. An embedding endpoint
 * that cannot be reached at start does not stop the bot: it keeps the local embeddings (and says
 * so in the log), since a working bot with local retrieval beats no bot.
 */
export async function createOpenAIProviders(cfg: OpenAIConfig, logger: Logger): Promise<OpenAIProviders> {
  const connection = createOpenAIClient(cfg);
  const generator = createOpenAIGenerator(cfg, logger, { connection });
  if (!connection.embeddingModel) return { generator };
  try {
    return { generator, embedder: await createOpenAIEmbedder(cfg, logger, { connection }) };
  } catch (e) {
    logger.warn({ event: 'openai.embedder_unavailable', err: errorMetadata(e) }, 'keeping local embeddings');
    return { generator };
  }
}
