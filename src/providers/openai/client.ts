import OpenAI, { AzureOpenAI } from 'openai';
import type { OpenAIConfig } from '../../config.js';

/** Which kind of endpoint we talk to; decides model names, `store` support and the embedder id. */
export type OpenAIProviderKind = 'openai' | 'azure' | 'openai-compatible';

export interface OpenAIConnection {
  client: OpenAI;
  kind: OpenAIProviderKind;
  /** Host of the endpoint, for the embedder id (an index built elsewhere is rebuilt). */
  host: string;
  /** Chat model name, or the Azure chat deployment. */
  chatModel: string;
  /** Embedding model name, or the Azure embeddings deployment; absent keeps local embeddings. */
  embeddingModel?: string;
  /** OpenAI's `store` flag: sent as false where the endpoint is known to accept it. */
  sendStoreFalse: boolean;
}

const OPENAI_DEFAULT_BASE_URL = 'https://api.openai.com/v1';

/**
 * One SDK client for OpenAI, Azure OpenAI or a self-hosted OpenAI-compatible server.
 * Every option is passed explicitly so the SDK never falls back to reading process.env
 * (src/config.ts is the only reader), and the SDK's own logger is off: its debug output
 * includes request bodies, which hold the question.
 * Retries are ours (see call-with-retries.ts), so the SDK's are disabled.
 */
export function createOpenAIClient(cfg: OpenAIConfig): OpenAIConnection {
  const common = { apiKey: cfg.apiKey, timeout: cfg.timeoutMs, maxRetries: 0, logLevel: 'off' as const };
  if (cfg.azure) {
    // baseURL rather than `endpoint`: the Azure client would otherwise read OPENAI_BASE_URL itself.
    // No client-level deployment: chat and embeddings live in different deployments, passed as `model`.
    const baseURL = `${cfg.azure.endpoint.replace(/\/+$/, '')}/openai`;
    return {
      client: new AzureOpenAI({ ...common, baseURL, apiVersion: cfg.azure.apiVersion }),
      kind: 'azure',
      host: hostOf(baseURL),
      chatModel: cfg.azure.deployment,
      embeddingModel: cfg.embeddingModel,
      // Azure does not store chat completions unless asked, and GA API versions reject unknown fields.
      sendStoreFalse: false,
    };
  }
  const baseURL = cfg.baseURL ?? OPENAI_DEFAULT_BASE_URL;
  const kind: OpenAIProviderKind = hostOf(baseURL) === 'api.openai.com' ? 'openai' : 'openai-compatible';
  return {
    client: new OpenAI({ ...common, baseURL, organization: null, project: null, webhookSecret: null }),
    kind,
    host: hostOf(baseURL),
    chatModel: cfg.chatModel,
    embeddingModel: cfg.embeddingModel,
    // OpenAI documents `store`; OpenAI-compatible servers ignore fields they do not know.
    sendStoreFalse: true,
  };
}

function hostOf(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return 'invalid-url';
  }
}
