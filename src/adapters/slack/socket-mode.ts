import { SocketModeReceiver } from '@slack/bolt';
import type { SlackConfig } from '../../config.js';
import type { Core } from '../../core/core.js';
import { AppError } from '../../errors.js';
import type { Logger } from '../../logger.js';
import { boltLogger } from './bolt-logger.js';
import { apiUrl, createSlackApp } from './create-slack-app.js';

export interface RunningSocketMode {
  stop(): Promise<void>;
}

/**
 * Slack over Socket Mode (SLACK_APP_TOKEN, xapp-…): the app dials out to Slack over a WebSocket,
 * so no public URL is needed. Same listeners as HTTP mode.
 */
export async function startSlackSocketMode(
  config: SlackConfig,
  core: Core,
  logger: Logger,
): Promise<RunningSocketMode> {
  if (!config.appToken) throw new AppError('bad_input', 'Socket Mode needs SLACK_APP_TOKEN.');
  const log = logger.child({ platform: 'slack', transport: 'socket' });
  const slackApiUrl = apiUrl(config.apiUrl);
  const receiver = new SocketModeReceiver({
    appToken: config.appToken,
    logger: boltLogger(log),
    // apps.connections.open goes through this client: SLACK_API_URL applies here too.
    installerOptions: { clientOptions: slackApiUrl ? { slackApiUrl } : {} },
  });
  const slack = createSlackApp(config, core, logger, receiver);
  await slack.app.start();
  log.info({ event: 'slack_socket_connected' }, 'socket mode connected');
  slack.warmUp().catch((err: unknown) => log.warn({ event: 'slack_auth_test_failed', err }, 'auth.test failed'));
  return {
    stop: async () => {
      await slack.app.stop();
    },
  };
}
