import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ACTION, CALLBACK } from '../../src/adapters/slack/ids.js';
import { Verb } from '../../src/adapters/teams/ids.js';
import { cardAction, installed } from '../adapters/teams/activities.js';
import { cardsOf } from '../adapters/teams/inspect.js';
import { type BotProcess, killBot, startBotProcess } from '../support/bot-process.js';
import { bekymringValues, blockAction, viewSubmission } from '../support/slack-fixtures.js';
import { asInteraction } from '../support/slack-signing.js';
import {
  CONSULTANT_HOVEDSTADEN,
  CONSULTANT_MIDT,
  dmTo,
  LEADER_TEAMS,
  PEOPLE,
  postTeams,
  sendSlack,
  slackText,
  startTwoPlatforms,
  type TwoPlatforms,
  teamsText,
  toTeamsUser,
  VOLUNTEER,
} from './two-platforms.js';

// Issue 11's acceptance: an urgent /bekymring delivered, the process SIGKILLed before its
// deadline and started again on the same data folder: the fallback is alerted, the volunteer is
// told, and Kvittér pressed after the restart updates the staff message and tells the volunteer.
// Slack and Teams in one real process. Deadline 0.15 min = 9 s.

type Block = { elements?: { action_id?: string; value?: string }[] };
const SLACK_VOLUNTEER = 'U0RESTART1';
let p: TwoPlatforms;
let bot: BotProcess | undefined;

beforeAll(async () => {
  p = await startTwoPlatforms({ BEKYMRING_ACK_MINUTES: '0.15' });
});
afterAll(async () => {
  await killBot(bot);
  await p.close();
});

describe('a /bekymring survives a SIGKILL', () => {
  it('Slack and Teams: fallback alerted after the restart, volunteer told, Kvittér still works; strangers are refused', async () => {
    bot = await startBotProcess(p.env);
    for (const user of [VOLUNTEER, CONSULTANT_HOVEDSTADEN, CONSULTANT_MIDT, LEADER_TEAMS])
      expect((await postTeams(bot.url, installed(p.connector.url, user))).status).toBeLessThan(300);

    // Slack: the volunteer submits an urgent concern; it reaches the consultant.
    const submitted = await sendSlack(
      bot.url,
      asInteraction(
        viewSubmission(CALLBACK.bekymring, bekymringValues('no', 'hovedstaden', 'canary-restart-text'), {
          userId: SLACK_VOLUNTEER,
        }),
      ),
    );
    expect(submitted.status).toBe(200);
    const slackDelivery = await p.slack.waitFor('chat.postMessage', dmTo(PEOPLE.consultantHovedstaden), 20_000);
    const ackValue = (slackDelivery.body.blocks as Block[])
      .flatMap((b) => b.elements ?? [])
      .find((e) => e.action_id === ACTION.caseAcknowledge)!.value!;
    // Teams: the same.
    expect(
      (
        await postTeams(
          bot.url,
          cardAction(p.connector.url, Verb.bekymringSubmit, {
            acute: 'no',
            kind: 'afvaergepligt',
            region: 'hovedstaden',
          }),
        )
      ).status,
    ).toBe(200);
    const hasAck = (c: Parameters<ReturnType<typeof toTeamsUser>>[0]) =>
      (cardsOf(c.body)[0]?.actions ?? []).some((a) => a.verb === Verb.caseAcknowledge);
    const teamsDelivery = await p.connector.waitFor((c) => toTeamsUser(CONSULTANT_HOVEDSTADEN)(c) && hasAck(c), 20_000);
    const teamsAck = cardsOf(teamsDelivery.body)[0]!.actions.find((a) => a.verb === Verb.caseAcknowledge)!;

    bot.child.kill('SIGKILL');
    expect(await bot.exited).toMatchObject({ signal: 'SIGKILL' });
    const killedAt = Date.now();

    bot = await startBotProcess(p.env);
    // The fallback gets the alert on both platforms, and each volunteer is told in one line.
    const slackAlert = await p.slack.waitFor(
      'chat.postMessage',
      (c) => dmTo(PEOPLE.leader)(c) && slackText(c).includes('Ubesvaret bekymring'),
      30_000,
    );
    expect(slackText(slackAlert)).not.toContain('canary-restart-text');
    await p.slack.waitFor(
      'chat.postMessage',
      (c) => dmTo(SLACK_VOLUNTEER)(c) && slackText(c).includes('Lea Leder har nu også fået besked'),
      30_000,
    );
    await p.connector.waitFor(
      (c) => toTeamsUser(LEADER_TEAMS)(c) && teamsText(c).includes('Ubesvaret bekymring'),
      30_000,
    );
    await p.connector.waitFor(
      (c) => toTeamsUser(VOLUNTEER)(c) && teamsText(c).includes('Lea Leder har nu også fået besked'),
      30_000,
    );
    expect(Date.now() - killedAt).toBeLessThan(60_000);

    // A staff member the case was not sent to, on Slack, and a Teams user pressing the Slack case: refused.
    await sendSlack(
      bot.url,
      asInteraction(
        blockAction(ACTION.caseAcknowledge, ackValue, {
          userId: PEOPLE.consultantMidt,
          channel: 'D0CONSULT2',
          ts: '1700000200.000100',
        }),
      ),
    );
    const refusal = await p.slack.waitFor('chat.postEphemeral', (c) => c.body.user === PEOPLE.consultantMidt, 10_000);
    expect(String(refusal.body.text)).toContain('Sagen er ikke ændret');
    const slackCaseId = (JSON.parse(ackValue) as { caseId: string }).caseId;
    const cross = await postTeams(
      bot.url,
      cardAction(p.connector.url, Verb.caseAcknowledge, { caseId: slackCaseId }, { user: CONSULTANT_HOVEDSTADEN }),
    );
    expect(JSON.stringify(cross.body)).toContain('Sagen er ikke ændret');
    expect(p.slack.calls.filter(dmTo(SLACK_VOLUNTEER)).map(slackText).join(' ')).not.toContain(
      'kvitteret for din bekymring',
    );

    // Kvittér after the restart: the staff message is updated and the volunteer told.
    const channel = `D${PEOPLE.consultantHovedstaden.slice(1)}`;
    await sendSlack(
      bot.url,
      asInteraction(
        blockAction(ACTION.caseAcknowledge, ackValue, {
          userId: PEOPLE.consultantHovedstaden,
          channel,
          ts: '1700000100.000100',
          blocks: slackDelivery.body.blocks as unknown[],
        }),
      ),
    );
    const update = await p.slack.waitFor('chat.update', (c) => c.body.ts === '1700000100.000100', 10_000);
    expect(JSON.stringify(update.body.blocks)).toContain('Kvitteret af Mia Konsulent');
    await p.slack.waitFor(
      'chat.postMessage',
      (c) => dmTo(SLACK_VOLUNTEER)(c) && slackText(c).includes('Mia Konsulent har set og kvitteret'),
      10_000,
    );
    // The fallback, alerted while the bot was down, learns that the case is answered.
    await p.slack.waitFor(
      'chat.postMessage',
      (c) => dmTo(PEOPLE.leader)(c) && slackText(c).includes('Mia Konsulent har kvitteret for sagen'),
      10_000,
    );

    const teamsPressed = await postTeams(
      bot.url,
      cardAction(p.connector.url, Verb.caseAcknowledge, teamsAck.data, {
        user: CONSULTANT_HOVEDSTADEN,
        replyToId: teamsDelivery.assignedId,
      }),
    );
    expect(teamsPressed.status).toBe(200);
    await p.connector.waitFor((c) => c.kind === 'update' && c.activityId === teamsDelivery.assignedId, 10_000);
    await p.connector.waitFor(
      (c) => toTeamsUser(VOLUNTEER)(c) && teamsText(c).includes('Mia Konsulent har set og kvitteret'),
      10_000,
    );

    // SIGTERM: a clean exit, nothing left open.
    bot.child.kill('SIGTERM');
    expect(await bot.exited).toEqual({ code: 0, signal: null });
    expect(bot.logs.find((l) => l.event === 'shutdown_done')).toMatchObject({ finished: true, openCases: 0 });
  }, 180_000);
});
