import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { directMessage, slashCommand, urlVerification } from '../../support/slack-fixtures.js';
import { type SlackHarness, startSlackHarness } from '../../support/slack-harness.js';
import { asForm, asJson } from '../../support/slack-signing.js';

describe('Slack receiver on /slack/events', () => {
  let h: SlackHarness;
  beforeAll(async () => {
    h = await startSlackHarness();
  });
  afterAll(async () => h.close());
  beforeEach(() => h.api.reset());

  it('echoes the challenge of a signed url_verification request', async () => {
    const res = await h.send(asJson(urlVerification()));
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ challenge: urlVerification().challenge });
  });

  it('refuses a forged signature with 401 and does nothing', async () => {
    const res = await h.send(asForm(slashCommand('/afbud')), { signature: `v0=${'ab'.repeat(32)}` });
    expect(res.status).toBe(401);
    await new Promise((r) => setTimeout(r, 100));
    expect(h.api.callsTo('views.open')).toHaveLength(0);
  });

  it('refuses a request signed with another secret', async () => {
    const res = await h.send(asJson(urlVerification()), { secret: 'not-the-secret' });
    expect(res.status).toBe(401);
  });

  it('refuses a request without a signature with 401', async () => {
    const res = await h.send(asJson(urlVerification()), { signature: null });
    expect(res.status).toBe(401);
  });

  it('refuses a correctly signed but stale (> 5 minutes) request with 401', async () => {
    const sixMinutesAgo = Math.floor(Date.now() / 1000) - 6 * 60;
    const res = await h.send(asForm(slashCommand('/afbud')), { timestamp: sixMinutesAgo });
    expect(res.status).toBe(401);
  });

  it('accepts a request signed four minutes ago', async () => {
    const fourMinutesAgo = Math.floor(Date.now() / 1000) - 4 * 60;
    const res = await h.send(asForm(slashCommand('/afbud')), { timestamp: fourMinutesAgo });
    expect(res.status).toBe(200);
  });

  it('looks itself up with auth.test once, and calls the Web API with the bot token', async () => {
    for (const text of ['hej', 'hej igen']) {
      expect((await h.send(asJson(directMessage({ text })))).status).toBe(200);
    }
    await h.api.until(() => h.api.callsTo('chat.postMessage').length >= 2);
    expect(h.api.totals.get('auth.test')).toBe(1);
    expect(h.api.calls.every((c) => c.token === 'xoxb-test-0000-hjertebot')).toBe(true);
  });

  it('answers 404 for other paths on the shared server', async () => {
    const res = await fetch(`${h.server.url}/slack/other`, { method: 'POST' });
    expect(res.status).toBe(404);
  });
});
