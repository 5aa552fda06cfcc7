import type { ChatCompletionCreateParamsNonStreaming } from 'openai/resources/chat/completions';
import type { ResponseFormatJSONSchema } from 'openai/resources/shared';
import type { OpenAIConfig } from '../../config.js';
import type { AnswerGenerator, GeneratedDraft } from '../../core/ports.js';
import type { Logger } from '../../logger.js';
import { asCallError, callWithRetries } from './call-with-retries.js';
import { createOpenAIClient, type OpenAIConnection } from './client.js';
import { ANSWER_FORMAT, parseDraft, parseQuery, QUERY_FORMAT } from './draft-schema.js';
import { answerUserMessage, rewriteUserMessage } from './messages.js';
import { outboundText } from './outbound-screen.js';
import { createPromptEchoGuard } from './prompt-echo.js';
import { loadPrompt } from './prompts.js';

/** Rewriting runs before retrieval on every English question: it gets a smaller budget than the answer. */
const REWRITE_BUDGET_MS = 3_000;
const MAX_ANSWER_TOKENS = 1_000;
const MAX_QUERY_TOKENS = 120;

export interface OpenAIGeneratorOptions {
  /** For tests; defaults to the repository's prompts/ folder. */
  promptsDir?: string;
  connection?: OpenAIConnection;
}

/**
 * Generated answers through Chat Completions. Chat Completions, not the Responses API, because
 * every OpenAI-compatible server (vLLM, Ollama, llama.cpp, LM Studio, LiteLLM) and every Azure
 * OpenAI GA API version speaks it; Responses would also store conversations by default.
 * Any failure resolves null so the core shows the extractive answer; logs carry metadata only.
 */
export function createOpenAIGenerator(
  cfg: OpenAIConfig,
  logger: Logger,
  opts: OpenAIGeneratorOptions = {},
): AnswerGenerator {
  const conn = opts.connection ?? createOpenAIClient(cfg);
  const systemPrompt = loadPrompt('answer-system', opts.promptsDir);
  const rewritePrompt = loadPrompt('rewrite-query', opts.promptsDir);
  const echoesPrompt = createPromptEchoGuard([systemPrompt, rewritePrompt]);
  const log = logger.child({ component: 'openai', provider: conn.kind });

  async function complete(
    purpose: 'answer' | 'rewrite',
    body: ChatCompletionCreateParamsNonStreaming,
    budgetMs: number,
    signal: AbortSignal | undefined,
  ): Promise<string | null> {
    const started = Date.now();
    try {
      const { value, attempts } = await callWithRetries(
        { maxRetries: cfg.maxRetries, budgetMs },
        signal,
        (s, timeout) => conn.client.chat.completions.create(body, { signal: s, timeout }),
      );
      const choice = value.choices[0];
      const usable = choice?.finish_reason === 'stop' && !choice.message.refusal ? choice.message.content : null;
      const entry = {
        event: `openai.${purpose}`,
        outcome: usable ? 'ok' : 'unusable',
        finish: choice?.finish_reason,
        attempts,
        ms: Date.now() - started,
      };
      if (usable) log.info(entry);
      else log.warn(entry);
      return usable;
    } catch (e) {
      const err = asCallError(e);
      log.warn({
        event: `openai.${purpose}`,
        outcome: err.reason,
        status: err.status,
        attempts: err.attempts,
        ms: Date.now() - started,
      });
      return null;
    }
  }

  const request = (
    system: string,
    user: string,
    maxTokens: number,
    format: ResponseFormatJSONSchema,
  ): ChatCompletionCreateParamsNonStreaming => ({
    model: conn.chatModel,
    messages: [
      { role: 'system', content: system },
      { role: 'user', content: user },
    ],
    response_format: format,
    max_completion_tokens: maxTokens,
    ...(conn.sendStoreFalse ? { store: false } : {}),
  });

  return {
    async generate({ question, lang, passages }, signal): Promise<GeneratedDraft | null> {
      if (passages.length === 0) return null;
      const body = request(
        systemPrompt,
        answerUserMessage(outboundText(question, 'answer', log), lang, passages),
        MAX_ANSWER_TOKENS,
        ANSWER_FORMAT,
      );
      const content = await complete('answer', body, cfg.timeoutMs, signal);
      if (content === null) return null;
      const draft = parseDraft(content);
      if (!draft) {
        log.warn({ event: 'openai.answer_rejected', reason: 'schema' });
        return null;
      }
      if (
        draft.kind === 'answer' &&
        echoesPrompt(
          draft.text,
          passages.map((p) => p.text),
        )
      ) {
        log.warn({ event: 'openai.answer_rejected', reason: 'prompt_echo' });
        return null;
      }
      return draft;
    },

    async rewriteQuery(question, signal): Promise<string | null> {
      const body = request(
        rewritePrompt,
        rewriteUserMessage(outboundText(question, 'rewrite', log)),
        MAX_QUERY_TOKENS,
        QUERY_FORMAT,
      );
      const content = await complete('rewrite', body, Math.min(cfg.timeoutMs, REWRITE_BUDGET_MS), signal);
      const query = parseQuery(content);
      if (content !== null && query === null) log.warn({ event: 'openai.rewrite_rejected', reason: 'schema' });
      if (query !== null && echoesPrompt(query, [])) return null;
      return query;
    },
  };
}
