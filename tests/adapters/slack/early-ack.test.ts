import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { acksWithoutBody } from '../../../src/adapters/slack/early-ack-receiver.js';
import { AFBUD_BLOCKS, CALLBACK } from '../../../src/adapters/slack/ids.js';
import {
  afbudValues,
  blockAction,
  date,
  directMessage,
  isoDay,
  slashCommand,
  text,
  urlVerification,
  viewSubmission,
} from '../../support/slack-fixtures.js';
import { type SlackHarness, startSlackHarness } from '../../support/slack-harness.js';
import { asForm, asInteraction, asJson } from '../../support/slack-signing.js';

describe('which Slack requests are acked before Bolt runs', () => {
  it('slash commands, button presses, events and closed modals need only a bare 200', () => {
    expect(acksWithoutBody(slashCommand('/afbud'))).toBe(true);
    expect(acksWithoutBody(blockAction('case_ack', 'x'))).toBe(true);
    expect(acksWithoutBody(directMessage({ text: 'hej' }))).toBe(true);
    expect(acksWithoutBody({ type: 'view_closed' })).toBe(true);
  });

  it('view submissions wait for the listener, whose ack may carry field errors', () => {
    expect(acksWithoutBody(viewSubmission('afbud', { date: text('x') }))).toBe(false);
    expect(acksWithoutBody(urlVerification())).toBe(false);
  });
});

describe('Slack receiver acking early, when auth.test fails at first', () => {
  let h: SlackHarness;
  beforeAll(async () => {
    h = await startSlackHarness({ prepareApi: (api) => api.fail('auth.test', { error: 'invalid_auth' }) });
  });
  afterAll(async () => h.close());

  it('drops an event it cannot authorise (as Bolt does), and answers the next one once auth.test works', async () => {
    const dropped = await h.send(asJson(directMessage({ text: 'Må jeg tage noter?' })));
    expect(dropped.status).toBe(200);
    await new Promise((r) => setTimeout(r, 200));
    expect(h.api.callsTo('auth.test').length).toBeGreaterThanOrEqual(1);
    expect(h.api.callsTo('chat.postMessage')).toHaveLength(0);

    h.api.reset();
    const next = await h.send(asJson(directMessage({ text: 'Må jeg tage noter?' })));
    expect(next.status).toBe(200);
    await h.api.until(() => h.api.callsTo('chat.postMessage').length >= 1);

    // Identity known now: a slash command is acked before Bolt runs and still opens its modal.
    const command = await h.send(asForm(slashCommand('/afbud')));
    expect(command.status).toBe(200);
    expect(await command.text()).toBe('');
    await h.api.until(() => h.api.callsTo('views.open').length >= 1);
  });

  it('answers 400 to a correctly signed request whose payload is not JSON', async () => {
    const res = await h.send(asForm({ payload: '{not json' }));
    expect(res.status).toBe(400);
  });

  it('still answers a view submission with its field errors in the HTTP response', async () => {
    const res = await h.send(asInteraction(viewSubmission(CALLBACK.afbud, afbudValues({ date: date(isoDay(-2)) }))));
    expect(res.status).toBe(200);
    const body = (await res.json()) as { response_action?: string; errors?: Record<string, string> };
    expect(body.response_action).toBe('errors');
    expect(Object.keys(body.errors ?? {})).toEqual([AFBUD_BLOCKS.date]);
  });
});
