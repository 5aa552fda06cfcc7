import type { AppConfig } from '../config.js';
import type { Core } from '../core/core.js';
import type { Logger } from '../logger.js';
import { startHttpServer, type HttpMount, type RunningServer } from '../server/http-server.js';
import { createSlackMount } from '../adapters/slack/slack-mount.js';
import { startSlackSocketMode } from '../adapters/slack/socket-mode.js';
import { createTeamsMount } from '../adapters/teams/mount.js';

/**
 * The HTTP server for Slack (/slack/events) and Teams (/api/messages) on one PORT.
 * Each adapter contributes an HttpMount; adapters append theirs to `mountsFor`.
 */
export async function startServer(config: AppConfig, core: Core, logger: Logger): Promise<RunningServer> {
  const mounts = await mountsFor(config, core, logger);
  // Socket Mode (SLACK_APP_TOKEN) replaces the Slack HTTP mount; the HTTP server still serves Teams.
  const slackSocket = config.slack?.appToken ? await startSlackSocketMode(config.slack, core, logger) : undefined;
  const server = await startHttpServer({ port: config.port, host: hostFor(config), logger, mounts });
  if (!slackSocket) return server;
  return {
    ...server,
    // Socket Mode: no new envelopes once disconnected; work already handed to the core is drained by the core.
    stopAccepting: () => {
      server.stopAccepting();
      void slackSocket.stop().catch(() => undefined);
    },
    close: async () => {
      await slackSocket.stop().catch(() => undefined);
      await server.close();
    },
  };
}

async function mountsFor(config: AppConfig, core: Core, logger: Logger): Promise<HttpMount[]> {
  const mounts: HttpMount[] = [];
  // Slack first: Bolt verifies signatures over the raw body, so no body parser may run before it.
  if (config.slack && !config.slack.appToken) mounts.push(createSlackMount(config.slack, core, logger));
  // Teams is always served: with credentials, or in anonymous local mode for the Agents Playground.
  mounts.push(createTeamsMount(config, core, logger));
  return mounts;
}

/** Only Slack over HTTP and Teams with credentials need a public listener; otherwise loopback only. */
export function hostFor(config: AppConfig): string {
  if (config.host) return config.host;
  // Socket Mode dials out to Slack, so it needs no public listener.
  const slackOverHttp = Boolean(config.slack) && !config.slack?.appToken;
  const publicNeeded = slackOverHttp || Boolean(config.teams.credentials);
  return publicNeeded ? '0.0.0.0' : '127.0.0.1';
}
