import { describe, expect, it } from 'vitest';
import { hostFor, startServer, withLocalTeamsWhenNothingConfigured } from '../../src/app/start-server.js';
import { parseConfig } from '../../src/config.js';
import type { Core } from '../../src/core/core.js';
import { createLogger } from '../../src/logger.js';
import { capturingLogger } from '../adapters/teams/harness.js';

describe('hostFor: where the server listens', () => {
  const teams = { TEAMS_CLIENT_ID: 'id', TEAMS_CLIENT_SECRET: 's', TEAMS_TENANT_ID: 't' };

  it('keeps anonymous Teams development mode on loopback', () => {
    expect(hostFor(parseConfig({}))).toBe('127.0.0.1');
  });

  it('keeps Slack Socket Mode on loopback: it dials out and needs no listener', () => {
    expect(hostFor(parseConfig({ SLACK_BOT_TOKEN: 'xoxb-1', SLACK_APP_TOKEN: 'xapp-1' }))).toBe('127.0.0.1');
  });

  it('listens publicly for Slack over HTTP and for Teams with credentials', () => {
    expect(hostFor(parseConfig({ SLACK_BOT_TOKEN: 'xoxb-1', SLACK_SIGNING_SECRET: 's' }))).toBe('0.0.0.0');
    expect(hostFor(parseConfig(teams))).toBe('0.0.0.0');
    expect(hostFor(parseConfig({ SLACK_BOT_TOKEN: 'xoxb-1', SLACK_APP_TOKEN: 'xapp-1', ...teams }))).toBe('0.0.0.0');
  });

  it('lets HOST decide when set', () => {
    expect(hostFor(parseConfig({ HOST: '::1', SLACK_BOT_TOKEN: 'xoxb-1', SLACK_SIGNING_SECRET: 's' }))).toBe('::1');
  });
});

describe('what startServer mounts', () => {
  const logger = createLogger('silent');
  const teams = { TEAMS_CLIENT_ID: 'id', TEAMS_CLIENT_SECRET: 's', TEAMS_TENANT_ID: 't' };

  it('with nothing configured serves anonymous Teams on loopback and says so; in production it refuses', () => {
    const { logger: capture, lines } = capturingLogger();
    const served = withLocalTeamsWhenNothingConfigured(parseConfig({}), capture);
    expect(served.teams).toEqual({ dev: true });
    expect(hostFor(served)).toBe('127.0.0.1');
    expect(lines.join('')).toContain('"event":"teams_dev_default"');
    expect(() => withLocalTeamsWhenNothingConfigured(parseConfig({ NODE_ENV: 'production' }), logger)).toThrow(
      /Nothing to serve/,
    );
  });

  it('leaves Teams unmounted when only Slack is configured', () => {
    const slackOnly = parseConfig({ SLACK_BOT_TOKEN: 'xoxb-1', SLACK_SIGNING_SECRET: 's' });
    expect(withLocalTeamsWhenNothingConfigured(slackOnly, logger).teams).toEqual({});
  });

  it('refuses TEAMS_DEV=1 when the listener is not loopback-only', async () => {
    const core = {} as Core; // refused before anything touches the core
    await expect(
      startServer(parseConfig({ TEAMS_DEV: '1', HOST: '0.0.0.0', PORT: '0' }), core, logger),
    ).rejects.toThrow(/loopback-only listener/);
    await expect(
      startServer(
        parseConfig({ TEAMS_DEV: '1', SLACK_BOT_TOKEN: 'xoxb-1', SLACK_SIGNING_SECRET: 's', PORT: '0' }),
        core,
        logger,
      ),
    ).rejects.toThrow(/listen on 0\.0\.0\.0/);
  });

  it('ignores TEAMS_DEV when Teams has credentials', () => {
    expect(parseConfig({ ...teams, TEAMS_DEV: '1' }).teams).toEqual({
      credentials: { clientId: 'id', clientSecret: 's', tenantId: 't' },
    });
  });
});
