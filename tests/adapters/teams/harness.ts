import { Writable } from 'node:stream';
import { afterAll, beforeAll, beforeEach } from 'vitest';
import type { TeamsDeps } from '../../../src/adapters/teams/deps.js';
import { createTeamsMount } from '../../../src/adapters/teams/mount.js';
import { type AppConfig, parseConfig } from '../../../src/config.js';
import type { Core } from '../../../src/core/core.js';
import { createLogger, type Logger } from '../../../src/logger.js';
import { type RunningServer, startHttpServer } from '../../../src/server/http-server.js';
import { type BotConnectorServer, startBotConnector } from '../../support/bot-connector-server.js';
import { makeTeamsCore } from './teams-core.js';

// The real Teams mount on the real shared HTTP server (127.0.0.1, port 0), in anonymous mode,
// replying to a loopback Bot Connector. Every log line is captured for the privacy assertions.

export interface TeamsHarness {
  connector: BotConnectorServer;
  server: RunningServer;
  logLines: string[];
  /** The adapter's handler dependencies (its reference store, ports…), for white-box checks. */
  deps: TeamsDeps;
  post(
    activity: unknown,
    init?: { rawBody?: string; contentType?: string },
  ): Promise<{ status: number; body: unknown; text: string }>;
  close(): Promise<void>;
}

/** A debug-level logger whose lines are kept in memory, to assert what was (not) logged. */
export function capturingLogger(): { logger: Logger; lines: string[] } {
  const lines: string[] = [];
  const sink = new Writable({
    write(chunk: Buffer, _enc, done) {
      lines.push(chunk.toString('utf8'));
      done();
    },
  });
  return { logger: createLogger('debug', sink), lines };
}

export async function startTeamsHarness(
  core: Core,
  env: Record<string, string> = {},
  capture: { logger: Logger; lines: string[] } = capturingLogger(),
): Promise<TeamsHarness> {
  const connector = await startBotConnector();
  const { logger, lines: logLines } = capture;
  const config: AppConfig = parseConfig({ NODE_ENV: 'test', PORT: '0', TEAMS_DEV: '1', ...env });
  const mount = createTeamsMount(config, core, logger);
  const server = await startHttpServer({ port: 0, host: '127.0.0.1', logger, mounts: [mount] });

  return {
    connector,
    server,
    logLines,
    deps: mount.deps,
    async post(activity, init = {}) {
      const res = await fetch(`${server.url}/api/messages`, {
        method: 'POST',
        headers: { 'content-type': init.contentType ?? 'application/json' },
        body: init.rawBody ?? JSON.stringify(activity),
      });
      const text = await res.text();
      // Answers are sent after the acknowledgement; wait for them so tests see everything.
      await mount.deps.afterAck.idle();
      let body: unknown;
      try {
        body = text ? JSON.parse(text) : undefined;
      } catch {
        body = undefined;
      }
      return { status: res.status, body, text };
    },
    async close() {
      await server.close();
      await connector.close();
    },
  };
}

/**
 * One harness per test file over the real core: started before the tests, closed after, and the
 * connector's record cleared before each test. Fields are filled in once `beforeAll` has run.
 */
export function useTeamsHarness(opts: { capture?: { logger: Logger; lines: string[] } } = {}): {
  h: TeamsHarness;
  core: Core;
  dataDir: string;
} {
  const ctx = {} as { h: TeamsHarness; core: Core; dataDir: string; cleanup: () => Promise<void> };
  beforeAll(async () => {
    const made = await makeTeamsCore({ logger: opts.capture?.logger });
    Object.assign(ctx, made);
    ctx.h = await startTeamsHarness(made.core, {}, opts.capture);
  });
  afterAll(async () => {
    await ctx.h?.close();
    await ctx.cleanup?.();
  });
  beforeEach(() => ctx.h.connector.reset());
  return ctx;
}
