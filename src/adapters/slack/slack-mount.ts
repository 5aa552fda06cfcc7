import { ExpressReceiver } from '@slack/bolt';
import type { Express } from 'express';
import type { SlackConfig } from '../../config.js';
import type { Core } from '../../core/core.js';
import { errorMetadata, type Logger } from '../../logger.js';
import type { HttpMount } from '../../server/http-server.js';
import { AckGate } from './ack-gate.js';
import { boltLogger } from './bolt-logger.js';
import { createSlackApp } from './create-slack-app.js';

export const SLACK_EVENTS_PATH = '/slack/events';

/**
 * Slack over HTTP on the shared server: one endpoint, POST /slack/events, for events, slash
 * commands and interactivity. Bolt's ExpressReceiver verifies every signature (bad or stale → 401)
 * and answers url_verification.
 */
export function createSlackMount(config: SlackConfig, core: Core, logger: Logger): HttpMount {
  return {
    name: 'slack',
    mount(app: Express) {
      const log = logger.child({ platform: 'slack' });
      const gate = new AckGate();
      // Before Bolt's router, so every request is counted until its ack is sent.
      app.use(SLACK_EVENTS_PATH, gate.track);
      const receiver = new ExpressReceiver({
        signingSecret: config.signingSecret,
        endpoints: SLACK_EVENTS_PATH,
        app,
        logger: boltLogger(log),
        // Ack first, work after: Bolt answers Slack as soon as a listener calls ack().
        processBeforeResponse: false,
        dispatchErrorHandler: async ({ error, response }) => {
          log.warn({ event: 'slack_dispatch_error', err: errorMetadata(error) }, 'dispatch failed');
          if (!response.headersSent) response.writeHead(500).end();
        },
      });
      const slack = createSlackApp(config, core, logger, receiver, gate.afterAcks);
      // Not awaited: the server starts even if Slack is unreachable; the first event retries.
      slack.warmUp().catch((err: unknown) => log.warn({ event: 'slack_auth_test_failed', err }, 'auth.test failed'));
    },
  };
}
