import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { ACTION, BLOCK, CALLBACK, SHORTCUT } from '../../../src/adapters/slack/ids.js';
import { appHomeOpened, blockAction, directMessage } from '../../support/slack-fixtures.js';
import { type SlackHarness, startSlackHarness } from '../../support/slack-harness.js';
import { asInteraction, asJson } from '../../support/slack-signing.js';
import type { RecordedCall } from '../../support/slack-web-api.js';

// Slack refuses slash commands inside a thread (bolt-js#1816), and every answer is in a thread. So
// the "Skriv /afbud" hint comes with a button, the Home tab has the three forms as buttons, and
// global shortcuts open them from anywhere.

type Element = { action_id?: string; value?: string; text?: { text: string } };
type Block = { type: string; block_id?: string; elements?: Element[] };
const elementsOf = (c: RecordedCall) => (c.body.blocks as Block[]).flatMap((b) => b.elements ?? []);
let tsCounter = 0;
const freshTs = () => `17100000${String(++tsCounter).padStart(2, '0')}.000100`;

describe('Slack: buttons and shortcuts open the forms where slash commands cannot', () => {
  let h: SlackHarness;
  beforeAll(async () => {
    h = await startSlackHarness();
  });
  afterAll(async () => h.close());
  beforeEach(() => h.api.reset());

  /** Asks in a DM thread and returns the threaded answer. */
  async function answerInThread(text: string): Promise<{ reply: RecordedCall; threadTs: string }> {
    const threadTs = freshTs();
    const ts = freshTs();
    expect((await h.send(asJson(directMessage({ text, ts, thread_ts: threadTs })))).status).toBe(200);
    await h.api.workDone(ts, threadTs);
    const reply = h.api.calls.find((c) => c.method === 'chat.postMessage' && c.body.thread_ts === threadTs);
    if (!reply) throw new Error('no reply in the thread');
    return { reply, threadTs };
  }

  /** Presses a button on a message inside a thread, as Slack sends it. */
  async function pressInThread(button: Element, threadTs: string) {
    const press = blockAction(button.action_id!, button.value ?? '', {
      userId: 'U2147483697',
      channel: 'D024BE91L',
      ts: freshTs(),
    });
    const payload = {
      ...press,
      container: { ...(press.container as object), thread_ts: threadTs },
      message: { ...(press.message as object), thread_ts: threadTs },
    };
    expect((await h.send(asInteraction(payload))).status).toBe(200);
    const open = await h.api.waitFor('views.open', (c) => c.body.trigger_id === press.trigger_id);
    return open.body.view as { callback_id: string; private_metadata: string };
  }

  it.each([
    [
      'afbud',
      'Hvad gør jeg, hvis jeg er syg og ikke kan tage min vagt?',
      /Skriv \/afbud/,
      ACTION.openAfbud,
      CALLBACK.afbud,
    ],
    ['orlov', 'Hvor længe kan jeg holde orlov?', /Skriv \/orlov/, ACTION.openOrlov, CALLBACK.orlov],
  ])(
    'the "Skriv /%s" hint in a threaded answer has a button that opens that form from inside the thread',
    async (_kind, question, hint, actionId, callbackId) => {
      const { reply, threadTs } = await answerInThread(question);
      expect(String(reply.body.text)).toMatch(hint);
      const button = elementsOf(reply).find((e) => e.action_id === actionId);
      expect(button?.value).toBe('da');
      const view = await pressInThread(button!, threadTs);
      expect(view.callback_id).toBe(callbackId);
      expect(JSON.parse(view.private_metadata)).toEqual({ channelId: 'D024BE91L', lang: 'da' });
    },
  );

  it('an English answer gets an English button and an English form language', async () => {
    const { reply, threadTs } = await answerInThread('How long can I take leave?');
    const button = elementsOf(reply).find((e) => e.action_id === ACTION.openOrlov);
    expect(button?.text?.text).toBe('Ask for leave');
    const view = await pressInThread(button!, threadTs);
    expect(JSON.parse(view.private_metadata)).toMatchObject({ lang: 'en' });
  });

  it('an answer without a hint has no form button', async () => {
    const { reply } = await answerInThread('Må jeg tage noter under samtalen?');
    const ids = elementsOf(reply).map((e) => e.action_id);
    expect(ids).not.toContain(ACTION.openAfbud);
    expect(ids).not.toContain(ACTION.openOrlov);
  });

  it('the Home tab has the three forms as buttons, and each opens its modal', async () => {
    expect((await h.send(asJson(appHomeOpened({ user: 'U2147483697' })))).status).toBe(200);
    const publish = await h.api.waitFor('views.publish');
    const view = publish.body.view as { blocks: Block[] };
    const forms = view.blocks.find((b) => b.block_id === BLOCK.homeForms);
    expect(forms?.elements?.map((e) => e.action_id)).toEqual([
      ACTION.openAfbud,
      ACTION.openOrlov,
      ACTION.openBekymring,
    ]);
    const expected = [CALLBACK.afbud, CALLBACK.orlov, CALLBACK.bekymring];
    for (const [i, button] of (forms?.elements ?? []).entries()) {
      // A Home tab button: the container is the view, there is no channel.
      const press = blockAction(button.action_id!, button.value ?? '', { userId: 'U2147483697' });
      const payload = {
        ...press,
        container: { type: 'view', view_id: 'VHOME0001' },
        channel: undefined,
        message: undefined,
        view: { id: 'VHOME0001', type: 'home' },
      };
      expect((await h.send(asInteraction(payload))).status).toBe(200);
      const open = await h.api.waitFor('views.open', (c) => c.body.trigger_id === press.trigger_id);
      const modal = open.body.view as { callback_id: string; private_metadata: string };
      expect(modal.callback_id).toBe(expected[i]);
      expect(JSON.parse(modal.private_metadata)).toEqual({ lang: 'da' });
    }
  });

  it.each([
    [SHORTCUT.afbud, CALLBACK.afbud],
    [SHORTCUT.orlov, CALLBACK.orlov],
    [SHORTCUT.bekymring, CALLBACK.bekymring],
  ])('the global shortcut %s acks with an empty body and opens its modal', async (callbackId, modalId) => {
    const triggerId = `trigger.shortcut.${callbackId}`;
    const shortcut = {
      type: 'shortcut',
      token: 'Xdz6ckGfXH0pD1sfMDtHnJgR',
      action_ts: '1700000100.000001',
      team: { id: 'T0000TEST', domain: 'hjerteforeningen' },
      user: { id: 'U2147483697', username: 'frivillig', team_id: 'T0000TEST' },
      is_enterprise_install: false,
      enterprise: null,
      callback_id: callbackId,
      trigger_id: triggerId,
    };
    const res = await h.send(asInteraction(shortcut));
    expect(res.status).toBe(200);
    expect(await res.text()).toBe('');
    const open = await h.api.waitFor('views.open', (c) => c.body.trigger_id === triggerId);
    expect((open.body.view as { callback_id: string }).callback_id).toBe(modalId);
  });
});
