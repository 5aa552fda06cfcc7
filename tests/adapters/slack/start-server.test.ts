import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer } from '../../../src/app/start-server.js';
import { parseConfig } from '../../../src/config.js';
import type { Core } from '../../../src/core/core.js';
import { createCore } from '../../../src/core/create-core.js';
import { createLogger } from '../../../src/logger.js';
import { seedEnv } from '../../support/seed.js';
import { urlVerification } from '../../support/slack-fixtures.js';
import { asJson, sendSigned } from '../../support/slack-signing.js';
import { type SlackSocketFake, startSlackSocketFake } from '../../support/slack-socket-server.js';
import { writeTestDirectory } from '../../support/slack-test-directory.js';
import { type SlackWebApiFake, startSlackWebApi } from '../../support/slack-web-api.js';

// The app's own server start: Slack over HTTP when a signing secret is set, Socket Mode instead
// when SLACK_APP_TOKEN is set (the HTTP server keeps running for Teams).

describe('startServer with Slack configured', () => {
  let api: SlackWebApiFake;
  let socket: SlackSocketFake;
  let core: Core;
  let dataDir: string;
  let env: Record<string, string>;
  const logger = createLogger('silent');

  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'hjertebot-slack-start-'));
    api = await startSlackWebApi();
    socket = await startSlackSocketFake();
    api.socketUrl = socket.url;
    env = {
      PORT: '0',
      HOST: '127.0.0.1',
      KNOWLEDGE_DIR: fileURLToPath(new URL('../../../knowledge', import.meta.url)),
      DATA_DIR: dataDir,
      ...seedEnv(),
      DIRECTORY_FILE: await writeTestDirectory(dataDir),
      SLACK_BOT_TOKEN: 'xoxb-start',
      SLACK_SIGNING_SECRET: 'start-secret',
      SLACK_API_URL: api.url,
    };
    core = await createCore({ config: parseConfig(env), logger });
  });

  afterAll(async () => {
    await core?.close();
    await socket?.close();
    await api?.close();
    await rm(dataDir, { recursive: true, force: true });
  });

  it('serves POST /slack/events over HTTP with the signing secret', async () => {
    const server = await startServer(parseConfig(env), core, logger);
    try {
      const res = await sendSigned(`${server.url}/slack/events`, asJson(urlVerification()), { secret: 'start-secret' });
      expect(res.status).toBe(200);
      expect(await res.json()).toEqual({ challenge: urlVerification().challenge });
    } finally {
      await server.close();
    }
  });

  it('uses Socket Mode instead when SLACK_APP_TOKEN is set, and keeps the HTTP server', async () => {
    const server = await startServer(parseConfig({ ...env, SLACK_APP_TOKEN: 'xapp-start' }), core, logger);
    try {
      expect(api.callsTo('apps.connections.open').at(-1)?.token).toBe('xapp-start');
      expect(socket.connected).toBe(1);
      expect((await fetch(`${server.url}/healthz`)).status).toBe(200);
      expect(await (await fetch(`${server.url}/readyz`)).json()).toEqual({
        ready: true,
        parts: { index: true, slack: true },
      });
      const res = await sendSigned(`${server.url}/slack/events`, asJson(urlVerification()), { secret: 'start-secret' });
      expect(res.status).toBe(404);
    } finally {
      await server.close();
    }
    // Stopping the server closes the Socket Mode connection too.
    for (let i = 0; i < 50 && socket.connected > 0; i++) await new Promise((r) => setTimeout(r, 100));
    expect(socket.connected).toBe(0);
  });

  it('/readyz is 503 until Slack has confirmed the bot token (auth.test), and asks again on each probe', async () => {
    api.fail('auth.test', { error: 'invalid_auth' });
    const server = await startServer(parseConfig(env), core, logger);
    try {
      const notReady = await fetch(`${server.url}/readyz`);
      expect(notReady.status).toBe(503);
      expect(await notReady.json()).toEqual({ ready: false, parts: { index: true, slack: false } });
      // Liveness is unaffected.
      expect((await fetch(`${server.url}/healthz`)).status).toBe(200);
      api.reset();
      const ready = await fetch(`${server.url}/readyz`);
      expect(ready.status).toBe(200);
      expect(await ready.json()).toEqual({ ready: true, parts: { index: true, slack: true } });
    } finally {
      api.reset();
      await server.close();
    }
  });
});
