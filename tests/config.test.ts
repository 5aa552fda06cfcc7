import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, parseConfig } from '../src/config.js';

const ROOT = resolve(import.meta.dirname, '..');

describe('parseConfig', () => {
  it('needs nothing for the offline terminal default', () => {
    const c = parseConfig({});
    expect(c).toMatchObject({
      port: 3978,
      knowledgeDir: join(ROOT, 'knowledge'),
      dataDir: join(ROOT, 'data'),
      bekymringAckMinutes: undefined,
    });
    expect(c.slack).toBeUndefined();
    expect(c.openai).toBeUndefined();
    expect(c.teams.credentials).toBeUndefined();
  });

  it('takes relative paths from the project root, not the working folder, and keeps absolute ones', () => {
    const c = parseConfig({
      KNOWLEDGE_DIR: 'docs/kb',
      DATA_DIR: '/var/lib/hjertebot',
      DIRECTORY_FILE: 'config/other.json',
    });
    expect(c.knowledgeDir).toBe(join(ROOT, 'docs/kb'));
    expect(c.dataDir).toBe('/var/lib/hjertebot');
    expect(c.directoryFile).toBe(join(ROOT, 'config/other.json'));
  });

  it('names the variable to set when Slack is only partly configured', () => {
    expect(() => parseConfig({ SLACK_BOT_TOKEN: 'xoxb-1' })).toThrow(/SLACK_SIGNING_SECRET/);
    expect(() => parseConfig({ SLACK_SIGNING_SECRET: 's' })).toThrow(/SLACK_BOT_TOKEN/);
  });

  it('accepts Slack over HTTP or Socket Mode', () => {
    expect(parseConfig({ SLACK_BOT_TOKEN: 'xoxb-1', SLACK_SIGNING_SECRET: 's' }).slack).toMatchObject({
      botToken: 'xoxb-1',
      signingSecret: 's',
    });
    expect(parseConfig({ SLACK_BOT_TOKEN: 'xoxb-1', SLACK_APP_TOKEN: 'xapp-1' }).slack?.appToken).toBe('xapp-1');
  });

  it('wants all three Teams credentials or none', () => {
    expect(() => parseConfig({ TEAMS_CLIENT_ID: 'id' })).toThrow(/TEAMS_CLIENT_SECRET/);
    const c = parseConfig({ TEAMS_CLIENT_ID: 'id', TEAMS_CLIENT_SECRET: 's', TEAMS_TENANT_ID: 't' });
    expect(c.teams.credentials).toEqual({ clientId: 'id', clientSecret: 's', tenantId: 't' });
  });

  it('builds OpenAI and Azure settings, and names the missing Azure variable', () => {
    expect(parseConfig({ OPENAI_API_KEY: 'k', OPENAI_BASE_URL: 'http://127.0.0.1:1/v1' }).openai).toMatchObject({
      apiKey: 'k',
      baseURL: 'http://127.0.0.1:1/v1',
      chatModel: 'gpt-4o-mini',
    });
    expect(() => parseConfig({ AZURE_OPENAI_API_KEY: 'k' })).toThrow(/AZURE_OPENAI_ENDPOINT/);
    const azure = parseConfig({
      AZURE_OPENAI_API_KEY: 'k',
      AZURE_OPENAI_ENDPOINT: 'https://x',
      AZURE_OPENAI_DEPLOYMENT: 'd',
    }).openai;
    expect(azure?.azure).toEqual({ endpoint: 'https://x', deployment: 'd', apiVersion: '2024-10-21' });
  });

  it('says which variable is malformed', () => {
    expect(() => parseConfig({ PORT: 'abc' })).toThrow(ConfigError);
    expect(() => parseConfig({ PORT: 'abc' })).toThrow(/PORT/);
    expect(() => parseConfig({ BEKYMRING_ACK_MINUTES: '0' })).toThrow(/BEKYMRING_ACK_MINUTES/);
    expect(() => parseConfig({ BEKYMRING_ACK_MINUTES: 'ti' })).toThrow(/BEKYMRING_ACK_MINUTES/);
  });

  it('takes fractions of a minute for the first /bekymring deadline, and leaves it unset by default', () => {
    expect(parseConfig({ BEKYMRING_ACK_MINUTES: '0.1' }).bekymringAckMinutes).toBe(0.1);
    expect(parseConfig({}).bekymringAckMinutes).toBeUndefined();
    expect(parseConfig({}).shutdownGraceMs).toBe(20_000);
  });

  it('refuses debug namespaces that make the Agents SDK log message text', () => {
    expect(() => parseConfig({ DEBUG: 'agents:*' })).toThrow(/DEBUG/);
    expect(() => parseConfig({ DEBUG: 'express:*,agents:hosting' })).toThrow(ConfigError);
    expect(() => parseConfig({ DEBUG: '*' })).toThrow(ConfigError);
    expect(() => parseConfig({ DEBUG: 'express:router' })).not.toThrow();
  });
});
