import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { Verb } from '../../../src/adapters/teams/ids.js';
import type { Core } from '../../../src/core/core.js';
import type { ConnectorCall } from '../../support/bot-connector-server.js';
import { cardAction, installed } from './activities.js';
import { capturingLogger, startTeamsHarness, type TeamsHarness } from './harness.js';
import { cardsOf, invokeCard } from './inspect.js';
import { makeTeamsCore } from './teams-core.js';
import { VOLUNTEER } from './teams-people.js';

// Anonymous local development (the Agents Playground, NODE_ENV=development): the directory has no
// Teams id for the consultant, so the staff message comes to the one local user, labelled, and the
// whole flow can be seen: delivery, acknowledgement, the volunteer told.

const toVolunteer = (c: ConnectorCall) => c.conversationId === VOLUNTEER.conversationId && c.body.type === 'message';

describe('Teams local development mode: staff messages with no Teams id come to the local user', () => {
  let h: TeamsHarness;
  let made: { core: Core; cleanup(): Promise<void> };
  const capture = capturingLogger();

  beforeAll(async () => {
    made = await makeTeamsCore();
    h = await startTeamsHarness(made.core, { NODE_ENV: 'development' }, capture);
  });
  afterAll(async () => {
    await h?.close();
    await made?.cleanup();
  });
  beforeEach(async () => {
    await h.post(installed(h.connector.url, VOLUNTEER));
    h.connector.reset();
  });

  it('logs at start, by id, which contacts have no Teams id', () => {
    const line = capture.lines
      .map((l) => JSON.parse(l) as Record<string, unknown>)
      .find((l) => l.event === 'directory_unreachable');
    expect(line).toMatchObject({
      platform: 'teams',
      contacts: ['konsulent-sjaelland'],
      count: 1,
      localDevelopment: true,
    });
  });

  it('delivers a bekymring for a consultant with no Teams id to the local user, labelled; acknowledging tells the volunteer', async () => {
    const res = await h.post(
      cardAction(h.connector.url, Verb.bekymringSubmit, { acute: 'no', kind: 'sparring', region: 'sjaelland' }),
    );
    const confirmation = invokeCard(res.body);
    expect(confirmation.text).toMatch(/Din bekymring er sendt til Charlotte Konsulent/);
    expect(confirmation.text).not.toMatch(/IKKE leveres/);

    const delivery = h.connector.calls.find(
      (c) => toVolunteer(c) && cardsOf(c.body).some((card) => card.actions.length > 0),
    );
    const card = cardsOf(delivery!.body)[0]!;
    expect(card.text).toContain('(udvikling: ville være sendt til Charlotte Konsulent)');
    const ack = card.actions.find((a) => a.verb === Verb.caseAcknowledge)!;
    h.connector.reset();

    const pressed = await h.post(
      cardAction(h.connector.url, Verb.caseAcknowledge, ack.data, {
        user: VOLUNTEER,
        replyToId: delivery!.assignedId!,
      }),
    );
    expect(invokeCard(pressed.body).text).toMatch(/Kvitteret af Charlotte Konsulent/);
    const told = h.connector.calls.find((c) => toVolunteer(c) && typeof c.body.text === 'string');
    expect(String(told?.body.text)).toMatch(/Charlotte Konsulent har set og kvitteret for din bekymring/);
  });
});
