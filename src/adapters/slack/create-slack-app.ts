import { App, type Authorize, type Receiver, webApi } from '@slack/bolt';
import type { SlackConfig } from '../../config.js';
import type { Core } from '../../core/core.js';
import type { Logger } from '../../logger.js';
import { boltLogger } from './bolt-logger.js';
import type { SlackDeps } from './deps.js';
import { RecentIds } from './recent-ids.js';
import { register } from './register.js';
import { slackPorts } from './slack-ports.js';

export interface SlackApp {
  app: App;
  deps: SlackDeps;
  /** Looks the bot up (auth.test) ahead of the first event, so the first ack is fast too. */
  warmUp(): Promise<void>;
}

/**
 * Without an HTTP ack gate (Socket Mode), slow work waits one turn of the event loop so envelopes
 * already read in this turn are acked first.
 */
export const afterAcks = (): Promise<void> => new Promise<void>((resolve) => setImmediate(resolve));

/** Bolt app over any receiver (HTTP or Socket Mode), with every listener registered. */
export function createSlackApp(
  config: SlackConfig,
  core: Core,
  logger: Logger,
  receiver: Receiver,
  waitForAcks: () => Promise<void> = afterAcks,
): SlackApp {
  const log = logger.child({ platform: 'slack' });
  const bolt = boltLogger(log);
  const clientOptions = webClientOptions(config, bolt);
  // One long-lived client for deliveries that happen outside any request (deadline alerts, notices).
  const client = new webApi.WebClient(config.botToken, clientOptions);
  const identity = botIdentity(client, config.botToken);
  const app = new App({
    receiver,
    authorize: identity.authorize,
    clientOptions,
    logger: bolt,
    // Bolt's conversation store would keep per-channel state in memory; we keep nothing.
    convoStore: false,
    ignoreSelf: true,
  });
  const deps: SlackDeps = {
    core,
    ports: slackPorts(client, log),
    logger: log,
    seenEvents: new RecentIds(),
    submittedViews: new RecentIds(),
    afterAcks: waitForAcks,
  };
  register(app, deps);
  core.attachPorts('slack', deps.ports);
  return { app, deps, warmUp: identity.warmUp };
}

export function webClientOptions(config: SlackConfig, logger: ReturnType<typeof boltLogger>): webApi.WebClientOptions {
  return {
    slackApiUrl: apiUrl(config.apiUrl),
    logger,
    // Fail within seconds rather than retrying for half an hour: a volunteer waiting on a
    // /bekymring delivery must get the phone number quickly if Slack is down.
    retryConfig: { retries: 2, factor: 2, minTimeout: 250, maxTimeout: 1500 },
    timeout: 10_000,
  };
}

/** WebClient appends the method name to the base URL, so it must end with a slash. */
export function apiUrl(configured: string | undefined): string | undefined {
  if (!configured) return undefined;
  return configured.endsWith('/') ? configured : `${configured}/`;
}

/**
 * Single-workspace authorization. Bolt's own version calls auth.test once at construction and keeps
 * a failed result forever; this one looks the bot up lazily and tries again after a failure.
 */
function botIdentity(
  client: webApi.WebClient,
  botToken: string,
): { authorize: Authorize<boolean>; warmUp(): Promise<void> } {
  let pending: Promise<{ botId?: string; botUserId?: string }> | undefined;
  const lookup = () => {
    pending ??= client.auth.test().then(
      (r) => ({ botId: r.bot_id, botUserId: r.user_id }),
      (err: unknown) => {
        pending = undefined;
        throw err;
      },
    );
    return pending;
  };
  return {
    authorize: async () => ({ botToken, ...(await lookup()) }),
    warmUp: async () => {
      await lookup();
    },
  };
}
