import type { Request, Response } from 'express';
import { describe, expect, it } from 'vitest';
import { validateActivity } from '../../../src/adapters/teams/http/validate-activity.js';
import { createTeamsMount } from '../../../src/adapters/teams/mount.js';
import { parseConfig } from '../../../src/config.js';
import { createLogger } from '../../../src/logger.js';
import { cardAction, message } from './activities.js';
import { startTeamsHarness, useTeamsHarness } from './harness.js';
import { messagesIn } from './inspect.js';

// Bad input over HTTP: 400 JSON without a stack, never a crash; and the two authentication modes.

const t = useTeamsHarness();

function expectCleanError(res: { status: number; body: unknown; text: string }, status: number) {
  expect(res.status).toBe(status);
  expect(res.body).toMatchObject({ error: expect.any(String) });
  expect(res.text).not.toMatch(/at .+\(.+:\d+:\d+\)|node_modules|<html|stack/i);
}

describe('malformed activities are refused with 400 JSON and no stack', () => {
  it('a body that is not JSON', async () => {
    expectCleanError(await t.h.post(undefined, { rawBody: '{"type": "message", ' }), 400);
  });

  it('JSON that is not an activity (the SDK alone would answer 500 with an HTML stack)', async () => {
    expectCleanError(await t.h.post({ hello: 'world' }), 400);
    expectCleanError(await t.h.post([1, 2, 3]), 400);
  });

  it('an activity without a serviceUrl or conversation', async () => {
    const { serviceUrl: _s, ...noService } = message(t.h.connector.url, 'hej');
    expectCleanError(await t.h.post(noService), 400);
    const { conversation: _c, ...noConversation } = message(t.h.connector.url, 'hej');
    expectCleanError(await t.h.post(noConversation), 400);
  });

  it('in local mode, a serviceUrl that is not on this machine (no replies to arbitrary hosts)', async () => {
    expectCleanError(await t.h.post(message('https://smba.trafficmanager.net/emea/', 'hej')), 400);
  });

  it('a wrong content type', async () => {
    const res = await t.h.post(undefined, {
      rawBody: 'type=message',
      contentType: 'application/x-www-form-urlencoded',
    });
    expect(res.status).toBe(400);
  });

  it('the server keeps serving after all of that', async () => {
    const res = await t.h.post(message(t.h.connector.url, 'Må jeg tage noter?'));
    expect(res.status).toBe(200);
    expect(messagesIn(t.h.connector.calls).length).toBe(1);
  });
});

describe('card actions with bad data', () => {
  it('an unknown verb gets a clear reply, not an error', async () => {
    const res = await t.h.post(cardAction(t.h.connector.url, 'hjertebot.does.not.exist', {}));
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      statusCode: 200,
      type: 'application/vnd.microsoft.activity.message',
      value: expect.stringMatching(/knap/),
    });
  });

  it('an invoke without an action answers 400 with an Universal Actions error body', async () => {
    const bad = cardAction(t.h.connector.url, 'x', {});
    bad.value = { nothing: true };
    const res = await t.h.post(bad);
    expect(res.status).toBe(400);
    expect(res.body).toMatchObject({ statusCode: 400, type: 'application/vnd.microsoft.error' });
  });

  it('a case button without its case id answers 400', async () => {
    const res = await t.h.post(cardAction(t.h.connector.url, 'hjertebot.case.acknowledge', {}));
    expect(res.status).toBe(400);
  });

  it('an invoke the bot does not handle answers 501', async () => {
    const other = cardAction(t.h.connector.url, 'x', {});
    other.name = 'composeExtension/query';
    expect((await t.h.post(other)).status).toBe(501);
  });
});

describe('authentication modes', () => {
  const logger = createLogger('silent');

  it('anonymous mode refuses to start when NODE_ENV=production, and is never the default', () => {
    expect(() => createTeamsMount(parseConfig({ NODE_ENV: 'production', TEAMS_DEV: '1' }), t.core, logger)).toThrow(
      /NODE_ENV=production needs TEAMS_CLIENT_ID/,
    );
    expect(() => createTeamsMount(parseConfig({}), t.core, logger)).toThrow(/TEAMS_DEV=1/);
  });

  it('anonymous mode answers 403 to a loopback request that came through a proxy (X-Forwarded-For, Forwarded, Via …)', async () => {
    const body = JSON.stringify(message(t.h.connector.url, 'Må jeg tage noter?'));
    for (const header of ['x-forwarded-for', 'forwarded', 'x-real-ip', 'x-forwarded-proto', 'via']) {
      const res = await fetch(`${t.h.server.url}/api/messages`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', [header]: '203.0.113.7' },
        body,
      });
      expect(res.status, header).toBe(403);
    }
  });

  it('with credentials, a request without a Bot Framework token is refused (authorizeJWT)', async () => {
    const env = {
      TEAMS_CLIENT_ID: '0b5f1c7e-2222-4d3a-9f8e-1a2b3c4d5e6f',
      TEAMS_CLIENT_SECRET: 'not-a-real-secret',
      TEAMS_TENANT_ID: '9d2f6c1e-0000-4a5b-8c3d-7e6f5a4b3c2d',
    };
    const secured = await startTeamsHarness(t.core, env);
    try {
      const res = await secured.post(message('https://smba.trafficmanager.net/emea/', 'Må jeg tage noter?'));
      expect(res.status).toBe(401);
      expect(secured.connector.calls).toEqual([]);
      expect(secured.logLines.join('')).not.toContain('not-a-real-secret');
    } finally {
      await secured.close();
    }
  });

  it('with credentials, an activity from another organisation’s tenant is refused before anything else', async () => {
    const env = {
      TEAMS_CLIENT_ID: '0b5f1c7e-2222-4d3a-9f8e-1a2b3c4d5e6f',
      TEAMS_CLIENT_SECRET: 'x',
      TEAMS_TENANT_ID: '11111111-2222-3333-4444-555555555555',
    };
    const secured = await startTeamsHarness(t.core, env);
    try {
      const res = await secured.post(message('https://smba.trafficmanager.net/emea/', 'Må jeg tage noter?')); // fixture tenant 9d2f6c1e-…
      expect(res.status).toBe(403);
    } finally {
      await secured.close();
    }
  });

  it('anonymous mode answers 403 to a request from another machine', () => {
    const guard = validateActivity({ anonymous: true, logger });
    let status = 0;
    let nextCalled = false;
    const res = { status: (s: number) => ((status = s), res), json: () => res } as unknown as Response;
    guard(
      {
        socket: { remoteAddress: '10.1.2.3' },
        headers: {},
        body: message('http://127.0.0.1:1/', 'hej'),
      } as unknown as Request,
      res,
      () => (nextCalled = true),
    );
    expect(status).toBe(403);
    expect(nextCalled).toBe(false);
    guard(
      {
        socket: { remoteAddress: '::ffff:127.0.0.1' },
        headers: {},
        body: message('http://127.0.0.1:1/', 'hej'),
      } as unknown as Request,
      res,
      () => (nextCalled = true),
    );
    expect(nextCalled).toBe(true);
  });

  it('says in the log which mode it runs in', () => {
    expect(t.h.logLines.join('')).toMatch(/"mode":"anonymous"/);
  });
});
