import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CALLBACK } from '../../../src/adapters/slack/ids.js';
import { type RunningSocketMode, startSlackSocketMode } from '../../../src/adapters/slack/socket-mode.js';
import { parseConfig } from '../../../src/config.js';
import type { Core } from '../../../src/core/core.js';
import { createCore } from '../../../src/core/create-core.js';
import { createLogger } from '../../../src/logger.js';
import { seedEnv } from '../../support/seed.js';
import { directMessage, slashCommand } from '../../support/slack-fixtures.js';
import { type SlackSocketFake, startSlackSocketFake } from '../../support/slack-socket-server.js';
import { writeTestDirectory } from '../../support/slack-test-directory.js';
import { type SlackWebApiFake, startSlackWebApi } from '../../support/slack-web-api.js';

// Socket Mode end to end: apps.connections.open on the loopback Web API, then a loopback
// WebSocket speaking Slack's envelope protocol, with the real core behind the app.

describe('Slack Socket Mode (SLACK_APP_TOKEN)', () => {
  let api: SlackWebApiFake;
  let socket: SlackSocketFake;
  let core: Core;
  let running: RunningSocketMode;
  let dataDir: string;

  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'hjertebot-slack-socket-'));
    api = await startSlackWebApi();
    socket = await startSlackSocketFake();
    api.socketUrl = socket.url;
    const logger = createLogger('silent');
    const config = parseConfig({
      KNOWLEDGE_DIR: fileURLToPath(new URL('../../../knowledge', import.meta.url)),
      DATA_DIR: dataDir,
      ...seedEnv(),
      DIRECTORY_FILE: await writeTestDirectory(dataDir),
    });
    core = await createCore({ config, logger });
    running = await startSlackSocketMode(
      { botToken: 'xoxb-socket', signingSecret: '', appToken: 'xapp-1-socket', apiUrl: api.url },
      core,
      logger,
    );
  });

  afterAll(async () => {
    await running?.stop();
    await core?.close();
    await socket?.close();
    await api?.close();
    await rm(dataDir, { recursive: true, force: true });
  });

  it('opens the connection with the app token', () => {
    const open = api.callsTo('apps.connections.open')[0];
    expect(open?.token).toBe('xapp-1-socket');
    expect(socket.connected).toBe(1);
  });

  it('acks a slash command envelope and opens the form', async () => {
    const fields = slashCommand('/bekymring');
    socket.send({ envelope_id: 'env-cmd-1', type: 'slash_commands', payload: fields, accepts_response_payload: true });
    expect(await socket.ackFor('env-cmd-1')).toMatchObject({ envelope_id: 'env-cmd-1' });
    const open = await api.waitFor('views.open', (c) => c.body.trigger_id === fields.trigger_id);
    expect((open.body.view as { callback_id: string }).callback_id).toBe(CALLBACK.bekymring);
    expect(open.token).toBe('xoxb-socket');
  });

  it('acks an events_api envelope and answers the DM in its thread', async () => {
    const body = directMessage({ text: 'Hvor længe kan jeg holde orlov?', ts: '1620000000.000100' });
    socket.send({
      envelope_id: 'env-ev-1',
      type: 'events_api',
      payload: body,
      accepts_response_payload: false,
      retry_attempt: 0,
      retry_reason: '',
    });
    await socket.ackFor('env-ev-1');
    const reply = await api.waitFor('chat.postMessage', (c) => c.body.thread_ts === '1620000000.000100');
    expect(String(reply.body.text)).toMatch(/seks måneder/);
  });
});
