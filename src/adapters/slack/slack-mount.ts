import type { SlackConfig } from '../../config.js';
import type { Core } from '../../core/core.js';
import type { Logger } from '../../logger.js';
import type { HttpMount } from '../../server/http-server.js';
import { AckGate } from './ack-gate.js';
import { boltLogger } from './bolt-logger.js';
import { createSlackApp } from './create-slack-app.js';
import { EarlyAckReceiver } from './early-ack-receiver.js';

export const SLACK_EVENTS_PATH = '/slack/events';

/**
 * Slack over HTTP on the shared server: one endpoint, POST /slack/events, for events, slash
 * commands and interactivity. The receiver verifies every signature (bad or stale → 401), answers
 * url_verification, and acks before slow work.
 */
export function createSlackMount(config: SlackConfig, core: Core, logger: Logger): HttpMount {
  let warmUp: (() => Promise<void>) | undefined;
  return {
    name: 'slack',
    // Ready once auth.test has told us who the bot is; each /readyz asks again until it has.
    ready: () =>
      warmUp
        ? warmUp().then(
            () => true,
            () => false,
          )
        : false,
    mount(_app, direct) {
      const log = logger.child({ platform: 'slack' });
      const gate = new AckGate();
      const receiver = new EarlyAckReceiver({
        signingSecret: config.signingSecret,
        boltLogger: boltLogger(log),
        logger: log,
        afterAcks: gate.afterAcks,
        // Only requests with a valid signature count: an unfinished or forged upload holds nothing back.
        onVerified: (_req, res) => gate.count(res),
        // Events acked at once are answered later: shutdown waits for them too.
        track: direct.track,
      });
      // Tracked until Bolt has run the listeners (the ack goes out long before): shutdown waits for the answer.
      direct.post(SLACK_EVENTS_PATH, (req, res) => void direct.track(receiver.handle(req, res)));
      const slack = createSlackApp(config, core, logger, receiver, gate.afterAcks);
      warmUp = slack.warmUp;
      // Not awaited: the server starts even if Slack is unreachable; the first event retries.
      slack.warmUp().catch((err: unknown) => log.warn({ event: 'slack_auth_test_failed', err }, 'auth.test failed'));
    },
  };
}
