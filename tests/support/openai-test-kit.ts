import { Writable } from 'node:stream';
import type { OpenAIConfig } from '../../src/config.js';
import { createLogger, type Logger } from '../../src/logger.js';
import type { OpenAILoopback } from './openai-loopback-server.js';

/** OpenAIConfig pointing the real SDK at the loopback server. */
export function loopbackConfig(server: OpenAILoopback, overrides: Partial<OpenAIConfig> = {}): OpenAIConfig {
  return {
    apiKey: 'sk-loopback-test',
    baseURL: server.baseURL,
    chatModel: 'loopback-chat',
    timeoutMs: 2_000,
    maxRetries: 2,
    ...overrides,
  };
}

/** A real pino logger (same redaction as production) whose lines the test can read. */
export function capturedLogger(): { logger: Logger; lines: () => string[]; entries: () => Record<string, unknown>[] } {
  const out: string[] = [];
  const sink = new Writable({
    write(chunk: Buffer, _enc, done) {
      out.push(...chunk.toString('utf8').split('\n').filter(Boolean));
      done();
    },
  });
  const logger = createLogger('trace', sink);
  return { logger, lines: () => [...out], entries: () => out.map((l) => JSON.parse(l) as Record<string, unknown>) };
}
