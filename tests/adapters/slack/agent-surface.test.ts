import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { SUGGESTED_PROMPTS } from '../../../src/adapters/slack/handlers/suggested-prompts.js';
import { ACTION, BLOCK } from '../../../src/adapters/slack/ids.js';
import { appHomeOpened, blockAction, directMessage } from '../../support/slack-fixtures.js';
import { type SlackHarness, startSlackHarness } from '../../support/slack-harness.js';
import { asInteraction, asJson } from '../../support/slack-signing.js';

// Slack's surface for AI apps, through the real Bolt receiver with signed requests against the
// loopback Web API: suggested prompts when the Messages tab opens or an assistant thread starts,
// and the native feedback_buttons recording metadata only.

type FeedbackBlock = {
  type: string;
  block_id?: string;
  elements: {
    type: string;
    action_id: string;
    positive_button: { value: string };
    negative_button: { value: string };
  }[];
};

describe('Slack agent surface', () => {
  let h: SlackHarness;
  beforeAll(async () => {
    h = await startSlackHarness();
  });
  afterAll(async () => h.close());
  beforeEach(() => h.api.reset());

  it('sets the suggested prompts when the Messages tab opens (no thread: the agent view)', async () => {
    expect(
      (await h.send(asJson(appHomeOpened({ user: 'U2147483697', channel: 'D0LAN2Q65', tab: 'messages' })))).status,
    ).toBe(200);
    const call = await h.api.waitFor('assistant.threads.setSuggestedPrompts');
    expect(call.body).toMatchObject({ channel_id: 'D0LAN2Q65', title: 'Forslag' });
    expect(call.body.thread_ts).toBeUndefined();
    expect(call.body.prompts).toEqual(SUGGESTED_PROMPTS.map((p) => ({ ...p })));
    expect(h.api.callsTo('views.publish')).toHaveLength(0);
  });

  it('sets them in a new assistant thread (assistant_thread_started)', async () => {
    const event = {
      ...appHomeOpened(),
      event: {
        type: 'assistant_thread_started',
        assistant_thread: {
          user_id: 'U2147483697',
          context: { channel_id: 'C123ABC456', team_id: 'T0000TEST' },
          channel_id: 'D0LAN2Q65',
          thread_ts: '1729999327.187299',
        },
        event_ts: '1715873754.429808',
      },
      event_id: 'Ev0ASSIST0001',
    };
    expect((await h.send(asJson(event))).status).toBe(200);
    const call = await h.api.waitFor('assistant.threads.setSuggestedPrompts');
    expect(call.body).toMatchObject({ channel_id: 'D0LAN2Q65', thread_ts: '1729999327.187299' });
  });

  it('a workspace without the AI-app features refuses the prompts; the Home tab still works', async () => {
    h.api.fail('assistant.threads.setSuggestedPrompts', { error: 'missing_scope' });
    await h.send(asJson(appHomeOpened({ user: 'U2147483697', channel: 'D0LAN2Q65', tab: 'messages' })));
    await h.api.waitFor('assistant.threads.setSuggestedPrompts');
    await h.send(asJson(appHomeOpened({ user: 'U2147483697' })));
    expect((await h.api.waitFor('views.publish')).body.user_id).toBe('U2147483697');
  });

  it('each suggested prompt is answered from the documents with a citation', async () => {
    for (const p of SUGGESTED_PROMPTS) {
      const reply = await h.core.ask(p.message);
      expect(reply.abstained, p.message).toBe(false);
      expect(reply.citations.length, p.message).toBeGreaterThan(0);
    }
  });

  it('👎 on the native feedback_buttons records rating and answer id only, and thanks in place', async () => {
    const ts = '1720000001.000100';
    await h.send(asJson(directMessage({ text: 'Må jeg tage noter under samtalen?', ts })));
    await h.api.workDone(ts);
    const reply = h.api.calls.find((c) => c.method === 'chat.postMessage' && c.body.thread_ts === ts)!;
    const blocks = reply.body.blocks as FeedbackBlock[];
    const block = blocks.find((b) => b.block_id === BLOCK.feedback)!;
    expect(block.type).toBe('context_actions');
    const element = block.elements[0]!;
    expect(element.type).toBe('feedback_buttons');

    const press = blockAction(ACTION.feedback, element.negative_button.value, {
      userId: 'U2147483697',
      channel: 'D024BE91L',
      ts: '1720000009.000100',
      blocks,
    });
    const payload = {
      ...press,
      actions: [
        {
          type: 'feedback_buttons',
          action_id: ACTION.feedback,
          block_id: BLOCK.feedback,
          value: element.negative_button.value,
          action_ts: '1720000010.000001',
        },
      ],
    };
    expect((await h.send(asInteraction(payload))).status).toBe(200);
    const update = await h.api.waitFor('chat.update');
    expect(h.feedback.at(-1)).toEqual({
      platform: 'slack',
      rating: 'down',
      answerId: expect.stringMatching(/^[\w-]+$/),
    });
    expect(Object.keys(h.feedback.at(-1)!)).toEqual(['platform', 'rating', 'answerId']);
    expect(JSON.stringify(update.body.blocks)).not.toContain('feedback_buttons');
    const line = h.logLines
      .map((l) => JSON.parse(l) as Record<string, unknown>)
      .find((l) => l.event === 'slack_feedback');
    expect(line).toMatchObject({ rating: 'down' });
    expect(JSON.stringify(line)).not.toMatch(/noter/);
  });
});
