import { createSlackMount } from '../adapters/slack/slack-mount.js';
import { startSlackSocketMode } from '../adapters/slack/socket-mode.js';
import { createTeamsMount } from '../adapters/teams/mount.js';
import type { AppConfig } from '../config.js';
import type { Core } from '../core/core.js';
import { AppError } from '../errors.js';
import type { Logger } from '../logger.js';
import { type HttpMount, type RunningServer, startHttpServer } from '../server/http-server.js';
import type { Metrics } from '../server/metrics.js';
import { Readiness } from '../server/readiness.js';

/**
 * The HTTP server for Slack (/slack/events) and Teams (/api/messages) on one PORT, with /healthz
 * (liveness) and /readyz (the index is loaded and each configured platform has started).
 * Only what is configured is mounted.
 */
export async function startServer(
  config: AppConfig,
  core: Core,
  logger: Logger,
  metrics?: Metrics,
): Promise<RunningServer> {
  const served = withLocalTeamsWhenNothingConfigured(config, logger);
  const host = hostFor(served);
  refuseAnonymousTeamsOffLoopback(served, host);
  const readiness = new Readiness();
  // createCore() loaded (or built) the index before we got here.
  readiness.add('index', () => true);
  const mounts = mountsFor(served, core, logger);
  // Socket Mode (SLACK_APP_TOKEN) replaces the Slack HTTP mount.
  const slackSocket = served.slack?.appToken ? await startSlackSocketMode(served.slack, core, logger) : undefined;
  if (slackSocket) readiness.add('slack', () => true);
  const server = await startHttpServer({ port: served.port, host, logger, mounts, readiness, metrics });
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

function mountsFor(config: AppConfig, core: Core, logger: Logger): HttpMount[] {
  const mounts: HttpMount[] = [];
  // Slack first: Bolt verifies signatures over the raw body, so no body parser may run before it.
  if (config.slack && !config.slack.appToken) mounts.push(createSlackMount(config.slack, core, logger));
  if (config.teams.credentials || config.teams.dev) mounts.push(createTeamsMount(config, core, logger));
  return mounts;
}

/**
 * `npm run serve` with no Slack or Teams settings serves the Agents Playground's anonymous Teams
 * mode on loopback (as TEAMS_DEV=1 would) and says so; in production there is nothing to serve.
 */
export function withLocalTeamsWhenNothingConfigured(config: AppConfig, logger: Logger): AppConfig {
  if (config.slack || config.teams.credentials || config.teams.dev) return config;
  if (config.nodeEnv === 'production') {
    throw new AppError(
      'bad_input',
      'Nothing to serve: set SLACK_BOT_TOKEN with SLACK_SIGNING_SECRET (or SLACK_APP_TOKEN), or TEAMS_CLIENT_ID, TEAMS_CLIENT_SECRET and TEAMS_TENANT_ID.',
    );
  }
  logger.info(
    { event: 'teams_dev_default' },
    'Neither Slack nor Teams is configured: serving Teams local development mode (TEAMS_DEV=1) on loopback for the Agents Playground',
  );
  return { ...config, teams: { dev: true } };
}

const LOOPBACK_HOSTS = new Set(['127.0.0.1', '::1', 'localhost']);

/** Anonymous Teams trusts loopback peers, so it may only listen where nothing else can reach it. */
function refuseAnonymousTeamsOffLoopback(config: AppConfig, host: string): void {
  if (!config.teams.dev || config.teams.credentials || LOOPBACK_HOSTS.has(host)) return;
  throw new AppError(
    'bad_input',
    `TEAMS_DEV=1 (anonymous Teams) needs a loopback-only listener, but the server would listen on ${host}: set HOST=127.0.0.1, or give Teams its credentials.`,
  );
}

/** Only Slack over HTTP and Teams with credentials need a public listener; otherwise loopback only. */
export function hostFor(config: AppConfig): string {
  if (config.host) return config.host;
  // Socket Mode dials out to Slack, so it needs no public listener.
  const slackOverHttp = Boolean(config.slack) && !config.slack?.appToken;
  const publicNeeded = slackOverHttp || Boolean(config.teams.credentials);
  return publicNeeded ? '0.0.0.0' : '127.0.0.1';
}
