import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { ACTION, CALLBACK } from '../../../src/adapters/slack/ids.js';
import { bekymringValues, blockAction, viewSubmission } from '../../support/slack-fixtures.js';
import { type SlackHarness, startSlackHarness } from '../../support/slack-harness.js';
import { asInteraction } from '../../support/slack-signing.js';
import { PEOPLE } from '../../support/slack-test-directory.js';
import type { RecordedCall } from '../../support/slack-web-api.js';

type Block = { type: string; block_id?: string; elements?: { action_id?: string; value?: string }[] };
const dmTo = (userId: string) => (c: RecordedCall) => c.method === 'chat.postMessage' && c.body.channel === userId;
const content = (c: RecordedCall) => `${String(c.body.text)} ${JSON.stringify(c.body.blocks)}`;
let n = 0;

describe('Slack case buttons: staff acknowledge, the volunteer is told', () => {
  let h: SlackHarness;
  beforeAll(async () => {
    h = await startSlackHarness();
  });
  afterAll(async () => h.close());
  beforeEach(() => h.api.reset());

  /** Submits a /bekymring as a fresh volunteer and returns the consultant's delivery and where it landed. */
  async function deliveredCase() {
    const volunteer = `U0CASEVOL${++n}`;
    await h.send(
      asInteraction(viewSubmission(CALLBACK.bekymring, bekymringValues('no', 'hovedstaden'), { userId: volunteer })),
    );
    const delivery = await h.api.waitFor(
      'chat.postMessage',
      (c) => dmTo(PEOPLE.consultantHovedstaden)(c) && content(c).includes(volunteer),
    );
    await h.api.waitFor('chat.postMessage', dmTo(volunteer));
    const buttons = (delivery.body.blocks as Block[]).flatMap((b) => b.elements ?? []).filter((e) => e.action_id);
    // The fake answers chat.postMessage to a user id from its DM channel "D" + the rest of the id.
    const channel = `D${PEOPLE.consultantHovedstaden.slice(1)}`;
    const index = h.api.calls.indexOf(delivery);
    return { volunteer, delivery, buttons, channel, index };
  }

  it('"Kvittér" updates the consultant\'s message in place and tells the volunteer by DM', async () => {
    const { volunteer, delivery, buttons, channel } = await deliveredCase();
    const ack = buttons.find((b) => b.action_id === ACTION.caseAcknowledge);
    expect(ack?.value).toBeDefined();
    const before = h.api.calls.filter(dmTo(volunteer)).length;
    // Slack echoes the pressed message's blocks in the payload, as it does for real.
    const delivered = delivery.body.blocks as Block[];
    const res = await h.send(
      asInteraction(
        blockAction(ACTION.caseAcknowledge, ack!.value!, { channel, ts: '1700000100.000100', blocks: delivered }),
      ),
    );
    expect(res.status).toBe(200);
    const update = await h.api.waitFor('chat.update');
    expect(update.body).toMatchObject({ channel, ts: '1700000100.000100' });
    // Acknowledged: no buttons left, the volunteer is still named.
    expect(JSON.stringify(update.body.blocks)).not.toContain('case_acknowledge');
    expect(JSON.stringify(update.body.blocks)).toContain(`<@${volunteer}>`);
    expect(JSON.stringify(update.body.blocks)).toContain('Kvitteret af Mia Konsulent');
    // The case as delivered stays readable for the consultant: every block but the buttons is kept.
    for (const block of delivered.filter((b) => b.type !== 'actions')) expect(update.body.blocks).toContainEqual(block);
    await h.api.until(() => h.api.calls.filter(dmTo(volunteer)).length > before);
    const told = h.api.calls.filter(dmTo(volunteer)).at(-1)!;
    expect(String(told.body.text)).toMatch(/Mia Konsulent har set og kvitteret for din bekymring/);
  });

  it('"Ring til mig" tells the volunteer and keeps the acknowledge button', async () => {
    const { volunteer, buttons, channel } = await deliveryWithButtons();
    const callMe = buttons.find((b) => b.action_id === ACTION.caseCallMe);
    const before = h.api.calls.filter(dmTo(volunteer)).length;
    await h.send(asInteraction(blockAction(ACTION.caseCallMe, callMe!.value!, { channel, ts: '1700000200.000100' })));
    const update = await h.api.waitFor('chat.update');
    expect(JSON.stringify(update.body.blocks)).toContain('case_acknowledge');
    expect(JSON.stringify(update.body.blocks)).not.toContain('case_call_me');
    await h.api.until(() => h.api.calls.filter(dmTo(volunteer)).length > before);
    const told = h.api.calls.filter(dmTo(volunteer)).at(-1)!;
    expect(String(told.body.text)).toMatch(/Ring til Mia Konsulent på \+45 21 53 01 68/);
  });

  it('an unknown case gets a private note to the staff member, not an update', async () => {
    const value = JSON.stringify({ caseId: 'no-such-case', volunteer: 'U0NOBODY' });
    await h.send(asInteraction(blockAction(ACTION.caseAcknowledge, value, { channel: 'D0CONSULT1' })));
    const note = await h.api.waitFor('chat.postEphemeral');
    expect(note.body).toMatchObject({ channel: 'D0CONSULT1', user: 'U0CONSULT1' });
    expect(h.api.callsTo('chat.update')).toHaveLength(0);
    expect(h.api.calls.filter(dmTo('U0NOBODY'))).toHaveLength(0);
  });

  it('a button with an unreadable value is acked and ignored', async () => {
    const res = await h.send(asInteraction(blockAction(ACTION.caseAcknowledge, 'not json')));
    expect(res.status).toBe(200);
    await new Promise((r) => setTimeout(r, 200));
    expect(h.api.callsTo('chat.update')).toHaveLength(0);
  });

  async function deliveryWithButtons() {
    const c = await deliveredCase();
    expect(c.buttons.map((b) => b.action_id)).toEqual([ACTION.caseAcknowledge, ACTION.caseCallMe]);
    return c;
  }
});
