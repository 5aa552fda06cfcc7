import { describe, expect, it, vi } from 'vitest';
import { Verb } from '../../../src/adapters/teams/ids.js';
import { cardAction, channelChatter, channelMention, message } from './activities.js';
import { useTeamsHarness } from './harness.js';
import { cardsOf, messagesIn } from './inspect.js';

// Free chat through the real SDK: Bot Framework activities in, Bot Connector calls out.

const t = useTeamsHarness();

type Json = Record<string, unknown>;
const citationsOf = (m: Json) =>
  ((m.entities as Json[] | undefined) ?? []).find((e) => e.type === 'https://schema.org/Message')?.citation as
    | { position: number; appearance: { name: string; abstract: string } }[]
    | undefined;

describe('a question in a 1:1 chat', () => {
  it('is answered with the handbook rule and its citation (document · section and the quoted passage)', async () => {
    const res = await t.h.post(message(t.h.connector.url, 'Hvor længe kan jeg holde orlov?'));
    expect(res.status).toBe(200);

    const [answer] = messagesIn(t.h.connector.calls);
    expect(answer).toBeDefined();
    expect(String(answer!.text)).toMatch(/seks måneder|6 måneder/i);

    // Teams citation entities: numbered, with a name and a ≤160-character extract.
    const citations = citationsOf(answer!);
    expect(citations?.length).toBeGreaterThan(0);
    expect(citations![0]!.position).toBe(1);
    expect(citations![0]!.appearance.name.length).toBeLessThanOrEqual(80);
    expect(citations![0]!.appearance.abstract.length).toBeLessThanOrEqual(160);
    expect(String(answer!.text)).toContain('[1]');

    // And the card every client shows: document · section, then the quoted passage.
    const [sources] = cardsOf(answer!);
    expect(sources!.text).toMatch(/Kilder/);
    expect(sources!.text).toMatch(/\[1\] .+ · .+/);
    expect(sources!.text).toMatch(/“[^”]*orlov[^”]*”/i);
  });

  it('shows the typing indicator before the answer, and replies to the question', async () => {
    const activity = message(t.h.connector.url, 'Må jeg tage noter?');
    await t.h.post(activity);
    const kinds = t.h.connector.calls.map((c) => c.body.type);
    expect(kinds[0]).toBe('typing');
    expect(kinds).toContain('message');
    expect(t.h.connector.calls.every((c) => c.kind === 'reply' && c.activityId === activity.id)).toBe(true);
  });

  it('acknowledges at once and answers afterwards, so a slow model never makes Teams retry', async () => {
    const original = t.core.ask.bind(t.core);
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    const spy = vi.spyOn(t.core, 'ask').mockImplementationOnce(async (q) => {
      await gate;
      return original(q);
    });
    const res = await fetch(`${t.h.server.url}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(message(t.h.connector.url, 'Hvor længe kan jeg holde orlov?')),
    });
    expect(res.status).toBe(200);
    expect(t.h.connector.calls.map((c) => c.body.type)).toEqual(['typing']);
    release();
    await t.h.deps.afterAck.idle();
    expect(String(messagesIn(t.h.connector.calls)[0]?.text)).toMatch(/seks måneder|6 måneder/i);
    spy.mockRestore();
  });

  it('asks Teams for its own 👍/👎 (feedback loop) instead of card buttons', async () => {
    await t.h.post(message(t.h.connector.url, 'Må jeg tage noter?'));
    const [answer] = messagesIn(t.h.connector.calls);
    expect(answer!.channelData).toMatchObject({ feedbackLoopEnabled: true });
    expect(cardsOf(answer!)[0]!.actions).toEqual([]);
  });

  it('👍/👎 buttons on answer cards sent before the feedback loop still record metadata only', async () => {
    const spy = vi.spyOn(t.core, 'recordFeedback');
    const res = await t.h.post(
      cardAction(t.h.connector.url, Verb.feedback, { answerId: 'a-1b2c', rating: 'down', lang: 'da' }),
    );
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ statusCode: 200, type: 'application/vnd.microsoft.activity.message' });
    expect(spy).toHaveBeenCalledWith({ platform: 'teams', rating: 'down', answerId: 'a-1b2c' });
    spy.mockRestore();
  });
});

describe('in a channel', () => {
  it('answers an @mention without the mention markup', async () => {
    const spy = vi.spyOn(t.core, 'ask');
    await t.h.post(channelMention(t.h.connector.url, 'Hvor længe kan jeg holde orlov?'));
    expect(spy).toHaveBeenCalledWith('Hvor længe kan jeg holde orlov?');
    spy.mockRestore();
    const [answer] = messagesIn(t.h.connector.calls);
    expect(String(answer!.text)).toMatch(/seks måneder|6 måneder/i);
  });

  it('stays silent when not mentioned', async () => {
    const res = await t.h.post(channelChatter(t.h.connector.url, 'Hvor længe kan jeg holde orlov?'));
    expect(res.status).toBe(200);
    expect(t.h.connector.calls).toEqual([]);
  });
});

describe('never answers bots or itself', () => {
  it('ignores a message from another bot', async () => {
    const fromBot = message(t.h.connector.url, 'Hvor længe kan jeg holde orlov?');
    fromBot.from = { id: '28:another-bot', name: 'Other bot', role: 'bot' };
    await t.h.post(fromBot);
    expect(t.h.connector.calls).toEqual([]);
  });

  it('ignores its own echo', async () => {
    const echo = message(t.h.connector.url, 'Hvor længe kan jeg holde orlov?');
    echo.from = { ...(echo.recipient as Json) };
    await t.h.post(echo);
    expect(t.h.connector.calls).toEqual([]);
  });
});

describe('safety-screened messages', () => {
  it('put 112 first and offer a button that opens the bekymring form', async () => {
    await t.h.post(message(t.h.connector.url, 'En patient sagde i dag at han vil tage sit eget liv i nat'));
    const [reply] = messagesIn(t.h.connector.calls);
    const [card] = cardsOf(reply!);
    expect(card!.text.split('\n')[0]).toContain('112');
    const open = card!.actions.find((a) => a.verb === Verb.formOpen);
    expect(open?.data).toMatchObject({ form: 'bekymring', acute: 'yes' });

    // The button opens the form in the same chat, with "acute" pre-answered.
    t.h.connector.reset();
    const res = await t.h.post(cardAction(t.h.connector.url, Verb.formOpen, open!.data));
    expect(res.body).toMatchObject({ statusCode: 200, type: 'application/vnd.microsoft.activity.message' });
    const [formMessage] = messagesIn(t.h.connector.calls);
    const [form] = cardsOf(formMessage!);
    expect(form!.inputs[0]).toMatchObject({ id: 'acute', value: 'yes' });
  });

  it('reads a 25,000-character message whole: the danger in its last sentence puts 112 first', async () => {
    const story = `${'Vi talte om haven og om vejret på afdelingen. '.repeat(560)}Til sidst sagde han, at han vil tage sit liv i nat.`;
    expect(story.length).toBeGreaterThan(25_000);
    await t.h.post(message(t.h.connector.url, story));
    const [reply] = messagesIn(t.h.connector.calls);
    const [card] = cardsOf(reply!);
    expect(card!.text.split('\n')[0]).toContain('112');
  });

  it('never repeats personal data back (CPR number)', async () => {
    await t.h.post(message(t.h.connector.url, 'Min patient har CPR 010190-1234, må jeg skrive det ned?'));
    const sent = JSON.stringify(t.h.connector.calls.map((c) => c.body));
    expect(sent).not.toContain('010190');
    expect(sent).not.toContain('1234');
    expect(messagesIn(t.h.connector.calls).length).toBeGreaterThan(0);
  });
});
