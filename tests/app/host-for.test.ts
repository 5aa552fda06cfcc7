import { describe, expect, it } from 'vitest';
import { hostFor } from '../../src/app/start-server.js';
import { parseConfig } from '../../src/config.js';

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
