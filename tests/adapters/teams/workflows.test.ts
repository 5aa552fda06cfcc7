import { beforeEach, describe, expect, it } from 'vitest';
import { Verb } from '../../../src/adapters/teams/ids.js';
import type { ConnectorCall } from '../../support/bot-connector-server.js';
import { cardAction, installed, message } from './activities.js';
import { useTeamsHarness } from './harness.js';
import { type CardView, cardsOf, inputIds, invokeCard } from './inspect.js';
import {
  CONSULTANT_HOVEDSTADEN,
  CONSULTANT_MIDT,
  PHONE_SJAELLAND,
  type TeamsUser,
  TOVHOLDER_RH,
  VOLUNTEER,
} from './teams-people.js';

// Card submissions through the real SDK: the core decides, the adapter delivers proactively to
// the tovholder/consultant over the Bot Connector, and acknowledgements come back.

const t = useTeamsHarness();

const isoDay = (offsetDays: number): string =>
  new Date(Date.now() + offsetDays * 86_400_000).toISOString().slice(0, 10);

beforeEach(async () => {
  // Staff who have the app installed: the bot has seen their 1:1 chats. Dorte (Midt) has not.
  for (const user of [VOLUNTEER, TOVHOLDER_RH, CONSULTANT_HOVEDSTADEN])
    await t.h.post(installed(t.h.connector.url, user));
  t.h.connector.reset();
});

const toUser = (user: TeamsUser) => (c: ConnectorCall) =>
  c.conversationId === user.conversationId && c.body.type === 'message';

function deliveryTo(user: TeamsUser): CardView {
  const call = t.h.connector.calls.find(toUser(user));
  expect(call, `a delivery to ${user.id}`).toBeDefined();
  return cardsOf(call!.body)[0]!;
}

async function submit(verb: string, data: Record<string, unknown>) {
  const res = await t.h.post(cardAction(t.h.connector.url, verb, data));
  expect(res.status).toBe(200);
  return invokeCard(res.body);
}

describe('each card submission delivers to the right person and confirms', () => {
  it('afbud goes to the hospital group’s tovholder, with an acknowledge button', async () => {
    const result = await submit(Verb.afbudSubmit, { date: isoDay(3), shift: 'formiddag', group: 'rigshospitalet' });
    const delivered = deliveryTo(TOVHOLDER_RH);
    expect(delivered.text).toContain('formiddag');
    expect(delivered.actions.map((a) => a.verb)).toContain(Verb.caseAcknowledge);
    expect(result.inputs).toEqual([]); // the form is replaced by the confirmation
    expect(result.text).toContain('Tove Tovholder'); // confirmed, naming who was told
    expect(result.text).not.toContain('+45 20 00 00 01'); // no phone fallback: it was delivered
  });

  it('orlov goes to the region’s consultant', async () => {
    const result = await submit(Verb.orlovSubmit, { region: 'hovedstaden', start: isoDay(10), months: '3' });
    expect(deliveryTo(CONSULTANT_HOVEDSTADEN).actions.length).toBeGreaterThan(0);
    expect(result.inputs).toEqual([]);
  });

  it('bekymring with acute danger: urgent to the consultant, and 112 is the first thing the volunteer sees', async () => {
    const result = await submit(Verb.bekymringSubmit, { acute: 'yes', kind: 'afvaergepligt', region: 'hovedstaden' });
    const delivered = deliveryTo(CONSULTANT_HOVEDSTADEN);
    expect(delivered.text.split('\n')[0]).toMatch(/HASTER/);
    expect(delivered.actions.map((a) => a.verb)).toEqual(
      expect.arrayContaining([Verb.caseAcknowledge, Verb.caseCallMe]),
    );
    expect(result.text.split('\n')[0]).toContain('112');
  });

  it('opens a 1:1 chat through the connector for a consultant who never wrote to the bot', async () => {
    await submit(Verb.bekymringSubmit, { acute: 'no', kind: 'sparring', region: 'midtjylland' });
    const create = t.h.connector.calls.find((c) => c.kind === 'create');
    expect(create?.body).toMatchObject({
      isGroup: false,
      members: [{ id: CONSULTANT_MIDT.aadObjectId }],
      bot: { id: expect.stringMatching(/^28:/) },
    });
    const card = t.h.connector.calls.find((c) => c.conversationId === create!.assignedId && c.body.type === 'message');
    expect(cardsOf(card!.body)[0]!.actions.length).toBeGreaterThan(0);
  });
});

describe('the bekymring description is screened whole, whatever was chosen on the card', () => {
  it.each([
    [
      'a suicide plan',
      'Patienten sagde, at han har samlet piller sammen og vil tage sit eget liv i aften.',
      'Afværgepligt',
      true,
    ],
    [
      'a child at risk',
      'A grandmother told me her 6-year-old grandson is left home alone every night with nothing to eat.',
      'Underretningspligt',
      false,
    ],
    [
      'a threat with a weapon',
      'Hun fortalte, at hendes kæreste truede hende med en kniv i går og sagde, han vil slå hende ihjel.',
      'Afværgepligt',
      true,
    ],
  ] as const)(
    '%s under "sparring" goes urgent under the duty, 112 first when acute',
    async (_name, text, duty, acute) => {
      const result = await submit(Verb.bekymringSubmit, { acute: 'no', kind: 'sparring', region: 'hovedstaden', text });
      const delivered = deliveryTo(CONSULTANT_HOVEDSTADEN);
      expect(delivered.text.split('\n')[0]).toMatch(/HASTER/);
      expect(delivered.text).toContain(duty);
      expect(delivered.text).toContain('Markeret som hastende af botten');
      if (acute) expect(result.text.split('\n')[0]).toContain('112');
      else expect(result.text).not.toContain('112');
      expect(result.text).toContain('sendt som hastende');
    },
  );
});

describe('field errors come back as the card again, with the messages', () => {
  it('afbud with a worry typed as the shift: the form again, 112 and /bekymring on the field, nothing sent', async () => {
    const result = await submit(Verb.afbudSubmit, {
      date: isoDay(3),
      shift: 'hun sagde hun vil tage sit liv i aften',
      group: 'rigshospitalet',
    });
    expect(inputIds(result)).toEqual(['date', 'shift', 'group', 'partner']);
    expect(result.text).toContain('ring 112');
    expect(result.text).toContain('/bekymring');
    expect(t.h.connector.calls.some(toUser(TOVHOLDER_RH))).toBe(false);
  });

  it('afbud for a date in the past', async () => {
    const result = await submit(Verb.afbudSubmit, { date: isoDay(-5), shift: 'formiddag', group: 'rigshospitalet' });
    expect(inputIds(result)).toEqual(['date', 'shift', 'group', 'partner']);
    expect(result.inputs[1]).toMatchObject({ value: 'formiddag' }); // what was typed is kept
    expect(result.text).toMatch(/Ret venligst/);
    expect(t.h.connector.calls.filter((c) => c.body.type === 'message')).toEqual([]); // nothing delivered
  });

  it('orlov longer than the handbook allows', async () => {
    const result = await submit(Verb.orlovSubmit, { region: 'hovedstaden', start: isoDay(10), months: '12' });
    expect(inputIds(result)).toContain('months');
    expect(result.text).toMatch(/Ret venligst/);
  });

  it('bekymring without an answer to "acute danger?"', async () => {
    const result = await submit(Verb.bekymringSubmit, { kind: 'sparring', region: 'hovedstaden' });
    expect(inputIds(result)[0]).toBe('acute');
    expect(result.text).toMatch(/Skal udfyldes/);
  });
});

describe('a delivery failure is told to the volunteer with the phone number', () => {
  it('when the consultant has no Teams id', async () => {
    const result = await submit(Verb.bekymringSubmit, { acute: 'no', kind: 'sparring', region: 'sjaelland' });
    expect(result.text).toContain(PHONE_SJAELLAND);
  });

  it('when the Bot Connector refuses the message', async () => {
    t.h.connector.failWhen((c) => c.conversationId === CONSULTANT_HOVEDSTADEN.conversationId);
    const result = await submit(Verb.bekymringSubmit, { acute: 'no', kind: 'sparring', region: 'hovedstaden' });
    expect(result.text).toContain('+45 21 53 01 68');
  });
});

describe('acknowledgement', () => {
  async function deliverBekymring() {
    await submit(Verb.bekymringSubmit, {
      acute: 'no',
      kind: 'sparring',
      region: 'hovedstaden',
      text: 'En svær samtale om tab på stuen',
    });
    const call = t.h.connector.calls.find(toUser(CONSULTANT_HOVEDSTADEN))!;
    const delivered = cardsOf(call.body)[0]!;
    t.h.connector.reset();
    return { cardId: call.assignedId!, buttons: delivered.actions, deliveredText: delivered.text };
  }

  it('updates the card in place and tells the volunteer', async () => {
    const { cardId, buttons, deliveredText } = await deliverBekymring();
    expect(deliveredText).toContain('En svær samtale om tab på stuen');
    const ack = buttons.find((b) => b.verb === Verb.caseAcknowledge)!;
    const res = await t.h.post(
      cardAction(t.h.connector.url, Verb.caseAcknowledge, ack.data, {
        user: CONSULTANT_HOVEDSTADEN,
        replyToId: cardId,
      }),
    );
    expect(res.status).toBe(200);

    const update = t.h.connector.calls.find((c) => c.kind === 'update');
    expect(update).toMatchObject({ conversationId: CONSULTANT_HOVEDSTADEN.conversationId, activityId: cardId });
    expect(update!.body.text).toBeUndefined(); // Teams refuses text and a card together in an update
    expect(cardsOf(update!.body)[0]!.actions).toEqual([]);
    expect(invokeCard(res.body).actions).toEqual([]);
    // The case as delivered stays on the card, description included, with the status below it.
    expect(cardsOf(update!.body)[0]!.text).toContain(deliveredText);
    expect(cardsOf(update!.body)[0]!.text).toMatch(/Kvitteret af/);

    const told = t.h.connector.calls.find(toUser(VOLUNTEER));
    expect(String(told?.body.text)).toMatch(/\S/);
  });

  it('"Ring til mig" tells the volunteer and keeps the acknowledge button', async () => {
    const { cardId, buttons } = await deliverBekymring();
    const callMe = buttons.find((b) => b.verb === Verb.caseCallMe)!;
    const res = await t.h.post(
      cardAction(t.h.connector.url, Verb.caseCallMe, callMe.data, { user: CONSULTANT_HOVEDSTADEN, replyToId: cardId }),
    );
    expect(invokeCard(res.body).actions.map((a) => a.verb)).toEqual([Verb.caseAcknowledge]);
    expect(t.h.connector.calls.find(toUser(VOLUNTEER))).toBeDefined();
  });

  it('on an unknown case answers plainly', async () => {
    const res = await t.h.post(
      cardAction(t.h.connector.url, Verb.caseAcknowledge, { caseId: 'no-such-case' }, { user: CONSULTANT_HOVEDSTADEN }),
    );
    expect(res.body).toMatchObject({
      statusCode: 200,
      type: 'application/vnd.microsoft.activity.message',
      value: expect.any(String),
    });
  });
});

describe('Action.Submit (a message carrying the card data)', () => {
  it('is handled like Action.Execute and replaces the card it came from', async () => {
    const submitted = message(t.h.connector.url, '', VOLUNTEER, {
      text: undefined,
      replyToId: 'form-card-7',
      value: { verb: Verb.afbudSubmit, lang: 'da', date: isoDay(3), shift: '14-17', group: 'rigshospitalet' },
    });
    await t.h.post(submitted);
    expect(deliveryTo(TOVHOLDER_RH).text).toContain('14-17');
    const update = t.h.connector.calls.find((c) => c.kind === 'update');
    expect(update?.activityId).toBe('form-card-7');
    expect(cardsOf(update!.body)[0]!.inputs).toEqual([]);
  });
});
