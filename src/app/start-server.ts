import type { AppConfig } from '../config.js';
import type { Core } from '../core/core.js';
import type { Logger } from '../logger.js';
import { startHttpServer, type HttpMount, type RunningServer } from '../server/http-server.js';

/**
 * The HTTP server for Slack (/slack/events) and Teams (/api/messages) on one PORT.
 * Each adapter contributes an HttpMount; adapters append theirs to `mountsFor`.
 */
export async function startServer(config: AppConfig, core: Core, logger: Logger): Promise<RunningServer> {
  const mounts = await mountsFor(config, core, logger);
  return startHttpServer({ port: config.port, host: hostFor(config), logger, mounts });
}

async function mountsFor(_config: AppConfig, _core: Core, _logger: Logger): Promise<HttpMount[]> {
  const mounts: HttpMount[] = [];
  return mounts;
}

/** Anonymous Teams development mode alone listens on loopback only. */
export function hostFor(config: AppConfig): string {
  if (config.host) return config.host;
  const publicNeeded = Boolean(config.slack) || config.teamsConfigured;
  return publicNeeded ? '0.0.0.0' : '127.0.0.1';
}
