import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { ACTION, BLOCK, CALLBACK } from '../../../src/adapters/slack/ids.js';
import { appMention, blockAction, directMessage } from '../../support/slack-fixtures.js';
import { type SlackHarness, startSlackHarness } from '../../support/slack-harness.js';
import { asInteraction, asJson } from '../../support/slack-signing.js';
import { BOT_ID, BOT_USER_ID, type RecordedCall } from '../../support/slack-web-api.js';

type FeedbackBlock = {
  type: string;
  elements: {
    type: string;
    action_id: string;
    positive_button: { value: string };
    negative_button: { value: string };
  }[];
};
type Block = {
  type: string;
  block_id?: string;
  text?: { text: string };
  elements?: { text?: string; action_id?: string; value?: string }[];
};
const blocksOf = (c: RecordedCall) => c.body.blocks as Block[];
const allText = (c: RecordedCall) => JSON.stringify(c.body.blocks);
const settle = () => new Promise((r) => setTimeout(r, 300));
let tsCounter = 0;
/** Every test message gets its own ts, so calls are matched to it even if an earlier test's work is still landing. */
const freshTs = () => `16000000${String(++tsCounter).padStart(2, '0')}.000100`;

describe('Slack questions: DMs and @mentions answered in the thread', () => {
  let h: SlackHarness;
  beforeAll(async () => {
    h = await startSlackHarness();
  });
  afterAll(async () => h.close());
  beforeEach(() => h.api.reset());

  /** Sends an event and waits until its handling is over (the working indicator is cleared last). */
  async function handled(event: { event: Record<string, unknown> }): Promise<RecordedCall[]> {
    const ts = String(event.event.ts);
    const threadTs = String(event.event.thread_ts ?? ts);
    expect((await h.send(asJson(event))).status).toBe(200);
    await h.api.workDone(ts, threadTs);
    return h.api.calls.filter((c) => c.method === 'chat.postMessage' && c.body.thread_ts === threadTs);
  }

  it('answers a DM in its thread with the answer, then cited sources', async () => {
    const ts = freshTs();
    const [reply, ...more] = await handled(directMessage({ text: 'Hvor længe kan jeg holde orlov?', ts }));
    expect(more).toHaveLength(0);
    if (!reply) throw new Error('no reply');
    expect(reply.body.channel).toBe('D024BE91L');
    expect(reply.body.thread_ts).toBe(ts);
    const blocks = blocksOf(reply);
    const answerIndex = blocks.findIndex((b) => b.type === 'section');
    const citationIndex = blocks.findIndex((b) => b.type === 'context' && b.elements?.[0]?.text?.includes('>'));
    expect(answerIndex).toBeGreaterThanOrEqual(0);
    expect(citationIndex).toBeGreaterThan(answerIndex);
    // The handbook's rule: leave for up to six months.
    expect(allText(reply)).toMatch(/6 måneder|seks måneder/i);
    expect(blocks[citationIndex]?.elements?.[0]?.text).toMatch(/Håndbog/);
  });

  it('answers an @mention in a channel in its thread, without the mention in the question', async () => {
    const ts = freshTs();
    const [reply] = await handled(appMention({ text: `<@${BOT_USER_ID}> hvor længe kan jeg holde orlov?`, ts }));
    if (!reply) throw new Error('no reply');
    expect(reply.body.channel).toBe('C123ABC456');
    expect(reply.body.thread_ts).toBe(ts);
    expect(h.asked.at(-1)?.message).toBe('hvor længe kan jeg holde orlov?');
    expect(allText(reply)).toMatch(/6 måneder|seks måneder/i);
  });

  it('in a DM, sets Slack’s thinking status with loading messages while working and clears it afterwards', async () => {
    const ts = freshTs();
    await handled(directMessage({ text: 'Hvor længe kan jeg holde orlov?', ts }));
    const mine = h.api.calls.filter((c) => c.body.timestamp === ts || c.body.thread_ts === ts);
    expect(mine.map((c) => c.method)).toEqual([
      'assistant.threads.setStatus',
      'chat.postMessage',
      'assistant.threads.setStatus',
    ]);
    expect(mine[0]?.body).toMatchObject({ channel_id: 'D024BE91L', thread_ts: ts, status: 'søger i håndbogen…' });
    expect(mine[0]?.body.loading_messages).toEqual(expect.arrayContaining(['Søger i håndbogen…']));
    expect(mine[2]?.body).toMatchObject({ channel_id: 'D024BE91L', thread_ts: ts, status: '' });
    expect(h.api.callsTo('reactions.add').filter((c) => c.body.timestamp === ts)).toHaveLength(0);
  });

  it('in a workspace without the AI-app features (setStatus refused), a DM still gets the ⏳ reaction and its answer', async () => {
    h.api.fail('assistant.threads.setStatus', { error: 'missing_scope' });
    const ts = freshTs();
    const [reply] = await handled(directMessage({ text: 'Hvor længe kan jeg holde orlov?', ts }));
    expect(String(reply?.body.text)).toMatch(/seks måneder|6 måneder/);
    const mine = h.api.calls.filter((c) => c.body.timestamp === ts || c.body.thread_ts === ts);
    expect(mine.map((c) => c.method)).toEqual([
      'assistant.threads.setStatus',
      'reactions.add',
      'chat.postMessage',
      'reactions.remove',
    ]);
    expect(mine[1]?.body).toMatchObject({ channel: 'D024BE91L', timestamp: ts, name: 'hourglass_flowing_sand' });
  });

  it('an @mention in a channel shows the ⏳ reaction (Slack has no thinking status there) and removes it', async () => {
    const ts = freshTs();
    await handled(appMention({ text: `<@${BOT_USER_ID}> hvor længe kan jeg holde orlov?`, ts }));
    const mine = h.api.calls.filter((c) => c.body.timestamp === ts || c.body.thread_ts === ts);
    expect(mine.map((c) => c.method)).toEqual(['reactions.add', 'chat.postMessage', 'reactions.remove']);
  });

  it('reads earlier turns of a thread from Slack for a follow-up and passes them on, not stored', async () => {
    h.api.threads.set('D024BE91L:1355517500.000001', [
      { ts: '1355517500.000001', user: 'U2147483697', text: 'Hvor længe kan jeg holde orlov?' },
      { ts: '1355517501.000001', user: BOT_USER_ID, bot_id: BOT_ID, text: 'Du kan holde orlov i op til 6 måneder.' },
      { ts: '1355517502.000001', user: 'U2147483697', text: 'Og hvem skal jeg sige det til?' },
    ]);
    const [reply] = await handled(
      directMessage({
        text: 'Og hvem skal jeg sige det til?',
        ts: '1355517502.000001',
        thread_ts: '1355517500.000001',
      }),
    );
    expect(h.api.callsTo('conversations.replies')[0]?.body).toMatchObject({
      channel: 'D024BE91L',
      ts: '1355517500.000001',
    });
    expect(reply?.body.thread_ts).toBe('1355517500.000001');
    expect(h.asked.at(-1)?.ctx?.history).toEqual([
      { role: 'user', text: 'Hvor længe kan jeg holde orlov?' },
      { role: 'bot', text: 'Du kan holde orlov i op til 6 måneder.' },
    ]);
  });

  it('does not read the thread for a first message', async () => {
    const replies = await handled(directMessage({ text: 'Må jeg tage noter under samtalen?', ts: freshTs() }));
    expect(replies).toHaveLength(1);
    expect(h.api.callsTo('conversations.replies')).toHaveLength(0);
  });

  it.each([
    ['another bot', { bot_id: 'B0OTHER', subtype: 'bot_message', user: undefined }],
    ['a bot with a user id', { bot_id: 'B0OTHER', user: 'U0OTHERBOT' }],
    ['itself', { user: BOT_USER_ID }],
    ['an edited message', { subtype: 'message_changed' }],
    ['a deleted message', { subtype: 'message_deleted' }],
    ['a channel join', { subtype: 'channel_join' }],
  ])('ignores a DM from %s', async (_label, override) => {
    const before = h.asked.length;
    const ts = freshTs();
    const res = await h.send(asJson(directMessage({ text: 'Hvor længe kan jeg holde orlov?', ts, ...override })));
    expect(res.status).toBe(200);
    await settle();
    expect(h.asked.length).toBe(before);
    expect(h.api.calls.filter((c) => c.body.thread_ts === ts || c.body.timestamp === ts)).toHaveLength(0);
  });

  it('ignores an @mention posted by a bot', async () => {
    const ts = freshTs();
    await h.send(
      asJson(appMention({ text: `<@${BOT_USER_ID}> hvor længe kan jeg holde orlov?`, ts, bot_id: 'B0OTHER' })),
    );
    await settle();
    expect(h.api.calls.filter((c) => c.body.thread_ts === ts || c.body.timestamp === ts)).toHaveLength(0);
  });

  it('answers a retried event (x-slack-retry-num) only once', async () => {
    const event = directMessage({ text: 'Hvor længe kan jeg holde orlov?', ts: freshTs() }, 'Ev0RETRY0001');
    expect((await h.send(asJson(event), { retryNum: 1 })).status).toBe(200);
    expect((await h.send(asJson(event), { retryNum: 2 })).status).toBe(200);
    const replies = await handled(event);
    await settle();
    expect(replies).toHaveLength(1);
    expect(
      h.api.calls.filter(
        (c) =>
          c.method === 'assistant.threads.setStatus' && c.body.thread_ts === event.event.ts && c.body.status !== '',
      ),
    ).toHaveLength(1);
  });

  it('records 👍 as metadata only and replaces the buttons with a thank-you', async () => {
    const [reply] = await handled(directMessage({ text: 'Hvor længe kan jeg holde orlov?', ts: freshTs() }));
    if (!reply) throw new Error('no reply');
    const feedback = blocksOf(reply).find((b) => b.block_id === BLOCK.feedback) as unknown as FeedbackBlock | undefined;
    expect(feedback?.type).toBe('context_actions');
    const buttons = feedback?.elements.find((e) => e.type === 'feedback_buttons');
    expect(buttons?.action_id).toBe(ACTION.feedback);
    // What Slack sends when 👍 of a feedback_buttons element is pressed: the positive button's value.
    const press = blockAction(ACTION.feedback, buttons!.positive_button.value, {
      userId: 'U2147483697',
      channel: 'D024BE91L',
      ts: '1700000009.000100',
      blocks: blocksOf(reply),
    });
    const res = await h.send(
      asInteraction({
        ...press,
        actions: [{ ...(press.actions as object[])[0], type: 'feedback_buttons', block_id: BLOCK.feedback }],
      }),
    );
    expect(res.status).toBe(200);
    const update = await h.api.waitFor('chat.update');
    expect(h.feedback.at(-1)).toEqual({ platform: 'slack', rating: 'up', answerId: expect.stringMatching(/^[\w-]+$/) });
    expect(Object.keys(h.feedback.at(-1)!)).toEqual(['platform', 'rating', 'answerId']);
    expect(update.body).toMatchObject({ channel: 'D024BE91L', ts: '1700000009.000100' });
    expect(blocksOf(update).some((b) => b.block_id === BLOCK.feedback)).toBe(false);
    expect(allText(update)).toContain('Tak for din vurdering');
  });

  it('a worrying message gets the immediate steps and a button that opens the /bekymring form', async () => {
    const [reply] = await handled(
      directMessage({ text: 'Et barn bliver slået derhjemme, hvad gør jeg?', ts: freshTs() }),
    );
    if (!reply) throw new Error('no reply');
    expect(String(reply.body.text)).toMatch(/underretningspligt/i);
    expect(String(reply.body.text)).toMatch(/112/);
    const button = blocksOf(reply)
      .flatMap((b) => b.elements ?? [])
      .find((e) => e.action_id === ACTION.openBekymring);
    expect(button).toBeDefined();
    const press = blockAction(ACTION.openBekymring, button!.value!, { userId: 'U2147483697', channel: 'D024BE91L' });
    expect((await h.send(asInteraction(press))).status).toBe(200);
    const open = await h.api.waitFor('views.open', (c) => c.body.trigger_id === press.trigger_id);
    const view = open.body.view as { callback_id: string; private_metadata: string };
    expect(view.callback_id).toBe(CALLBACK.bekymring);
    expect(JSON.parse(view.private_metadata)).toEqual({ channelId: 'D024BE91L', lang: 'da' });
  });

  it('someone in danger right now: 112 is the first thing in the reply', async () => {
    const [reply] = await handled(
      directMessage({ text: 'Han truer med at slå sig selv ihjel lige nu', ts: freshTs() }),
    );
    if (!reply) throw new Error('no reply');
    expect(blocksOf(reply)[0]?.text?.text).toMatch(/112/);
  });

  it('reads a 6,000-character DM whole: the danger at its end is routed with 112 first', async () => {
    const text = `${'Vi talte længe om hans have og om barnebarnet. '.repeat(130)}Da jeg gik, sagde han, at han vil tage sit liv i nat.`;
    expect(text.length).toBeGreaterThan(6000);
    const [reply] = await handled(directMessage({ text, ts: freshTs() }));
    if (!reply) throw new Error('no reply');
    expect(blocksOf(reply)[0]?.text?.text).toMatch(/112/);
    expect(String(reply.body.text)).toMatch(/afværgepligt/i);
  });

  it('a message the screen is not sure of gets the offer line above the answer, and the button', async () => {
    const [reply] = await handled(
      directMessage({ text: 'Jeg er ret urolig for den mand, jeg sad hos i formiddag', ts: freshTs() }),
    );
    if (!reply) throw new Error('no reply');
    expect(String(reply.body.text)).toMatch(/^Det lyder, som om du måske er bekymret for nogen/);
    expect(
      blocksOf(reply)
        .flatMap((b) => b.elements ?? [])
        .some((e) => e.action_id === ACTION.openBekymring),
    ).toBe(true);
  });

  it('in a channel, a safety reply is shown only to the asker (ephemeral, in the thread)', async () => {
    const ts = freshTs();
    expect(
      (
        await h.send(
          asJson(appMention({ text: `<@${BOT_USER_ID}> et barn bliver slået derhjemme`, ts, user: 'U061F7AUR' })),
        )
      ).status,
    ).toBe(200);
    await h.api.workDone(ts);
    const ephemeral = h.api.callsTo('chat.postEphemeral').find((c) => c.body.thread_ts === ts);
    expect(ephemeral?.body).toMatchObject({ channel: 'C123ABC456', user: 'U061F7AUR' });
    expect(h.api.calls.filter((c) => c.method === 'chat.postMessage' && c.body.thread_ts === ts)).toHaveLength(0);
  });

  it('never repeats personal data from the question', async () => {
    const [reply] = await handled(
      directMessage({ text: 'Min patient har CPR 010203-1234, må jeg skrive det ned?', ts: freshTs() }),
    );
    if (!reply) throw new Error('no reply');
    expect(String(reply.body.text)).toMatch(/personoplysninger/);
    expect(JSON.stringify(reply.body)).not.toContain('010203');
  });

  it('answers in English when asked in English', async () => {
    const [reply] = await handled(directMessage({ text: 'How long can I take leave?', ts: freshTs() }));
    if (!reply) throw new Error('no reply');
    // Plain or hedged (the fitted decision is not sure which of the two leave passages leads), in English.
    expect(String(reply.body.text)).toMatch(/(^|\n)From "Handbook for volunteer supporters"/);
    expect(allText(reply)).toContain('*Sources*');
    expect(allText(reply)).toMatch(/seks måneder/);
  });

  it('tells the asker when answering fails, without a stack trace', async () => {
    h.api.fail('chat.postMessage', { error: 'internal_error', times: 1 });
    const replies = await handled(directMessage({ text: 'Hvor længe kan jeg holde orlov?', ts: freshTs() }));
    expect(replies).toHaveLength(2);
    const second = replies[1]!;
    expect(String(second.body.text)).toMatch(/Beklager/);
    expect(String(second.body.text)).not.toMatch(/Error|at /);
  });
});
