import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { SUGGESTED_PROMPTS } from '../../../src/adapters/slack/handlers/suggested-prompts.js';
import { COMMANDS, SHORTCUT } from '../../../src/adapters/slack/ids.js';
import { SLACK_EVENTS_PATH } from '../../../src/adapters/slack/slack-mount.js';

// The manifest must install as is and grant exactly what the adapter uses.

interface Manifest {
  display_information: { name: string; description: string };
  features: {
    app_home: { home_tab_enabled: boolean; messages_tab_enabled: boolean; messages_tab_read_only_enabled: boolean };
    bot_user: { display_name: string };
    slash_commands: { command: string; url: string; description: string; should_escape: boolean }[];
    shortcuts: { name: string; type: string; callback_id: string; description: string }[];
    assistant_view?: { assistant_description: string; suggested_prompts: { title: string; message: string }[] };
  };
  oauth_config: { scopes: { bot: string[] } };
  settings: {
    event_subscriptions: { request_url: string; bot_events: string[] };
    interactivity: { is_enabled: boolean; request_url: string };
  };
}

const manifest = parse(
  readFileSync(fileURLToPath(new URL('../../../manifests/slack.yaml', import.meta.url)), 'utf8'),
) as Manifest;

describe('manifests/slack.yaml', () => {
  it('declares the three slash commands with Danish descriptions on the events endpoint', () => {
    const commands = manifest.features.slash_commands;
    expect(commands.map((c) => c.command).sort()).toEqual(Object.values(COMMANDS).sort());
    for (const c of commands) {
      expect(c.url.endsWith(SLACK_EVENTS_PATH)).toBe(true);
      expect(c.description.length).toBeLessThanOrEqual(100);
      expect(c.description).toMatch(/[æøå]|konsulent|vagt/i);
    }
    expect(commands.find((c) => c.command === '/bekymring')?.description).toMatch(/112/);
  });

  it('declares a global shortcut for each form, with the callback ids the adapter listens for', () => {
    const shortcuts = manifest.features.shortcuts;
    expect(shortcuts.map((s) => s.callback_id).sort()).toEqual(Object.values(SHORTCUT).sort());
    for (const s of shortcuts) {
      expect(s.type).toBe('global');
      expect(s.name.length).toBeLessThanOrEqual(24);
      expect(s.description.length).toBeLessThanOrEqual(150);
    }
    expect(shortcuts.find((s) => s.callback_id === SHORTCUT.bekymring)?.description).toMatch(/112/);
  });

  it('turns on Slack’s AI-app surface with the same suggested prompts the adapter sets', () => {
    const view = manifest.features.assistant_view;
    expect(view?.assistant_description).toMatch(/kilde/);
    expect(view?.suggested_prompts).toEqual(SUGGESTED_PROMPTS.map((p) => ({ ...p })));
    expect(view!.suggested_prompts.length).toBeLessThanOrEqual(4);
  });

  it('subscribes to mentions, direct messages and the Home tab, with interactivity on the same endpoint', () => {
    expect(manifest.settings.event_subscriptions.bot_events.sort()).toEqual([
      'app_home_opened',
      'app_mention',
      'assistant_thread_started',
      'message.im',
    ]);
    expect(manifest.settings.event_subscriptions.request_url.endsWith(SLACK_EVENTS_PATH)).toBe(true);
    expect(manifest.settings.interactivity).toMatchObject({ is_enabled: true });
    expect(manifest.settings.interactivity.request_url.endsWith(SLACK_EVENTS_PATH)).toBe(true);
    expect(manifest.features.app_home).toMatchObject({
      home_tab_enabled: true,
      messages_tab_enabled: true,
      messages_tab_read_only_enabled: false,
    });
    expect(manifest.features.bot_user.display_name).toBeTruthy();
  });

  it('grants the scopes for every Web API method and event the adapter uses, and no broad extras', () => {
    const scopes = manifest.oauth_config.scopes.bot;
    const needed = [
      'assistant:write',
      'app_mentions:read',
      'chat:write',
      'commands',
      'im:history',
      'im:read',
      'im:write',
      'reactions:write',
      'channels:history',
      'groups:history',
      'mpim:history',
    ];
    for (const s of needed) expect(scopes).toContain(s);
    for (const s of ['chat:write.public', 'channels:read', 'users:read.email', 'files:read', 'admin'])
      expect(scopes).not.toContain(s);
  });
});
