import { describe, expect, it } from 'vitest';
import { Verb } from '../../../src/adapters/teams/ids.js';
import { cardAction, channelMention, installed, message } from './activities.js';
import { useTeamsHarness } from './harness.js';
import { cardsOf, inputIds, invokeCard, messagesIn } from './inspect.js';
import { VOLUNTEER } from './teams-people.js';

const t = useTeamsHarness();

async function openedCard(text: string) {
  const res = await t.h.post(message(t.h.connector.url, text));
  expect(res.status).toBe(200);
  const [reply] = messagesIn(t.h.connector.calls);
  const [card] = cardsOf(reply!);
  expect(card, `a card for "${text}"`).toBeDefined();
  return card!;
}

describe('typed commands open their Adaptive Card forms', () => {
  it('afbud: date, shift, hospital (from the directory) and an optional partner; submits with Action.Execute', async () => {
    const card = await openedCard('afbud');
    expect(inputIds(card)).toEqual(['date', 'shift', 'group', 'partner']);
    expect(card.inputs[0]).toMatchObject({ type: 'Input.Date', isRequired: true });
    const groups = (card.inputs[2]!.choices as { title: string; value: string }[]).map((c) => c.value);
    expect(groups).toEqual(['rigshospitalet', 'roskilde', 'skejby']);
    expect(card.actions.map((a) => a.verb)).toEqual([Verb.afbudSubmit, Verb.formCancel]);
    expect(card.card.version).toBe('1.5');
  });

  it('orlov: region, start and either an end date or a number of months', async () => {
    const card = await openedCard('/orlov');
    expect(inputIds(card)).toEqual(['region', 'start', 'end', 'months']);
    expect((card.inputs[0]!.choices as { value: string }[]).map((c) => c.value)).toEqual([
      'hovedstaden',
      'sjaelland',
      'midtjylland',
    ]);
    expect(card.actions[0]!.verb).toBe(Verb.orlovSubmit);
  });

  it('bekymring: asks first whether anyone is in acute danger, and warns against names and CPR numbers', async () => {
    const card = await openedCard('Bekymring');
    expect(inputIds(card)).toEqual(['acute', 'kind', 'region', 'text']);
    expect(card.inputs[0]).toMatchObject({ label: 'Er nogen i akut fare lige nu?', isRequired: true });
    expect(card.text).toContain('112');
    expect(card.text).toContain('Skriv ikke navne eller CPR-numre — konsulenten ringer dig op');
    const kinds = (card.inputs[1]!.choices as { value: string }[]).map((c) => c.value);
    expect(kinds).toEqual(['afvaergepligt', 'underretningspligt', 'graenseoverskridende', 'sparring']);
    expect(card.actions[0]!.verb).toBe(Verb.bekymringSubmit);
  });

  it.each(['afbud', 'orlov', 'bekymring'])(
    '%s: every input has a Danish placeholder or is a radio list, and the form can be cancelled',
    async (command) => {
      const card = await openedCard(command);
      for (const input of card.inputs) {
        if (input.style === 'expanded') continue; // radio buttons show their choices
        if (input.type === 'Input.Text' && input.isMultiline)
          expect(String(input.placeholder)).toMatch(/Skriv ikke navne/);
        else expect(String(input.placeholder), `placeholder of ${String(input.id)}`).toMatch(/^(Vælg|Søg|fx)\b/);
      }
      const cancel = (card.card.actions as Record<string, unknown>[]).find((a) => a.verb === Verb.formCancel);
      expect(cancel).toMatchObject({ type: 'Action.Execute', title: 'Annullér', associatedInputs: 'none' });
    },
  );

  it('orlov states the six-month limit, and the months field stops at 6', async () => {
    const card = await openedCard('orlov');
    expect(card.text).toMatch(/højst vare seks måneder/);
    expect(card.inputs.find((i) => i.id === 'months')).toMatchObject({
      max: 6,
      label: 'Eller antal måneder (højst 6)',
    });
    expect(card.inputs.find((i) => i.id === 'region')).toMatchObject({ placeholder: 'Vælg din region' });
  });

  it('cancelling a form replaces it with "nothing was sent", and nothing is delivered', async () => {
    const card = await openedCard('bekymring');
    const cancel = card.actions.find((a) => a.verb === Verb.formCancel)!;
    t.h.connector.reset();
    const res = await t.h.post(cardAction(t.h.connector.url, Verb.formCancel, cancel.data));
    expect(res.status).toBe(200);
    expect(invokeCard(res.body).text).toBe('Annulleret – intet er sendt.');
    expect(t.h.connector.calls.filter((c) => c.body.type === 'message')).toHaveLength(0);
  });

  it('English aliases open English forms', async () => {
    const card = await openedCard('/concern');
    expect(card.inputs[0]).toMatchObject({ label: 'Is anyone in immediate danger right now?' });
    expect(card.actions[0]!.data.lang).toBe('en');
  });

  it('hjælp shows what the bot can do, with buttons for the three forms', async () => {
    const card = await openedCard('hjælp');
    expect(card.text).toMatch(/afbud/);
    expect(card.actions.map((a) => a.data.form)).toEqual(['afbud', 'orlov', 'bekymring']);
  });

  it('a sentence that starts with a command word is a question, not a command', async () => {
    await t.h.post(message(t.h.connector.url, 'bekymring for en patient, hvad gør jeg?'));
    const [reply] = messagesIn(t.h.connector.calls);
    expect(cardsOf(reply!).some((c) => inputIds(c).includes('acute'))).toBe(false);
  });
});

describe('commands in a channel', () => {
  it('send the form to the 1:1 chat and only say so in the channel', async () => {
    await t.h.post(installed(t.h.connector.url, VOLUNTEER)); // the bot knows the volunteer's 1:1 chat
    t.h.connector.reset();
    await t.h.post(channelMention(t.h.connector.url, 'bekymring'));
    const toPersonal = t.h.connector.calls.find((c) => c.conversationId === VOLUNTEER.conversationId);
    expect(['send', 'reply']).toContain(toPersonal?.kind);
    expect(inputIds(cardsOf(toPersonal!.body)[0]!)).toContain('acute');
    const inChannel = t.h.connector.calls.filter((c) => c.conversationId?.startsWith('19:'));
    expect(inChannel).toHaveLength(1);
    expect(String(inChannel[0]!.body.text)).toMatch(/private chat/);
    expect(inChannel[0]!.body.attachments).toBeUndefined();
  });
});

describe('installation', () => {
  it('greets a volunteer who installs the bot with what it can do', async () => {
    await t.h.post(installed(t.h.connector.url, VOLUNTEER));
    const [hello] = messagesIn(t.h.connector.calls);
    expect(cardsOf(hello!)[0]!.text).toMatch(/Hvad kan jeg hjælpe med/);
  });
});
