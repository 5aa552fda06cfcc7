import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { AFBUD_BLOCKS, BEKYMRING_BLOCKS, CALLBACK, ORLOV_BLOCKS } from '../../../src/adapters/slack/ids.js';
import {
  afbudValues,
  bekymringValues,
  date,
  isoDay,
  num,
  radio,
  select,
  text,
  user,
  viewSubmission,
} from '../../support/slack-fixtures.js';
import { type SlackHarness, startSlackHarness } from '../../support/slack-harness.js';
import { asInteraction } from '../../support/slack-signing.js';
import { PEOPLE } from '../../support/slack-test-directory.js';
import type { RecordedCall } from '../../support/slack-web-api.js';

const dmTo = (userId: string) => (c: RecordedCall) => c.method === 'chat.postMessage' && c.body.channel === userId;
const content = (c: RecordedCall) => `${String(c.body.text)} ${JSON.stringify(c.body.blocks)}`;
/** A delivery to `staffId` about this volunteer (deliveries mention the volunteer). */
const caseFor = (staffId: string, volunteer: string) => (c: RecordedCall) =>
  dmTo(staffId)(c) && content(c).includes(`<@${volunteer}>`);
let volunteerCounter = 0;
/** Each test submits as its own volunteer, so late calls from an earlier test never match. */
const newVolunteer = () => `U0VOLUNT${String(++volunteerCounter).padStart(2, '0')}`;

describe('Slack form submissions', () => {
  let h: SlackHarness;
  beforeAll(async () => {
    h = await startSlackHarness();
  });
  afterAll(async () => h.close());
  beforeEach(() => h.api.reset());

  async function submit(payload: Record<string, unknown>): Promise<{ status: number; body: string }> {
    const res = await h.send(asInteraction(payload));
    return { status: res.status, body: await res.text() };
  }

  it("/afbud goes to the group's tovholder with buttons, and the volunteer gets a DM confirmation", async () => {
    const volunteer = newVolunteer();
    const ack = await submit(viewSubmission(CALLBACK.afbud, afbudValues(), { userId: volunteer }));
    expect(ack).toEqual({ status: 200, body: '' });
    const delivery = await h.api.waitFor('chat.postMessage', caseFor(PEOPLE.tovholderRigshospitalet, volunteer));
    expect(content(delivery)).toContain('case_acknowledge');
    const confirmation = await h.api.waitFor('chat.postMessage', dmTo(volunteer));
    expect(content(confirmation)).toMatch(/Tove Tovholder|tovholder/i);
    // Never in the channel the command came from.
    expect(h.api.calls.some((c) => c.body.channel === 'C2147483705' && c.method === 'chat.postMessage')).toBe(false);
  });

  it("/afbud for a group without a tovholder goes to the region's consultant", async () => {
    const volunteer = newVolunteer();
    await submit(viewSubmission(CALLBACK.afbud, afbudValues({ group: select('skejby') }), { userId: volunteer }));
    await h.api.waitFor('chat.postMessage', caseFor(PEOPLE.consultantMidt, volunteer));
    expect(content(await h.api.waitFor('chat.postMessage', dmTo(volunteer)))).toMatch(/Dorte Konsulent/);
  });

  it('/afbud with a shift partner tells the partner too', async () => {
    const volunteer = newVolunteer();
    await submit(viewSubmission(CALLBACK.afbud, afbudValues({ partner: user(PEOPLE.partner) }), { userId: volunteer }));
    await h.api.waitFor('chat.postMessage', dmTo(volunteer));
    await h.api.waitFor('chat.postMessage', dmTo(PEOPLE.partner));
  });

  it('/afbud for a date in the past shows the error inline on the date field, and sends nothing', async () => {
    const volunteer = newVolunteer();
    const ack = await submit(
      viewSubmission(CALLBACK.afbud, afbudValues({ date: date(isoDay(-2)) }), { userId: volunteer }),
    );
    expect(ack.status).toBe(200);
    const body = JSON.parse(ack.body) as { response_action: string; errors: Record<string, string> };
    expect(body.response_action).toBe('errors');
    expect(Object.keys(body.errors)).toEqual([AFBUD_BLOCKS.date]);
    await new Promise((r) => setTimeout(r, 200));
    expect(h.api.calls.filter((c) => c.body.channel === volunteer || content(c).includes(volunteer))).toHaveLength(0);
  });

  it('/afbud with a worry typed as the shift: 112 and /bekymring inline on the shift field, and nothing is sent', async () => {
    const volunteer = newVolunteer();
    const ack = await submit(
      viewSubmission(CALLBACK.afbud, afbudValues({ shift: text('han vil tage sit liv i aften') }), {
        userId: volunteer,
      }),
    );
    const body = JSON.parse(ack.body) as { response_action: string; errors: Record<string, string> };
    expect(body.response_action).toBe('errors');
    expect(Object.keys(body.errors)).toEqual([AFBUD_BLOCKS.shift]);
    expect(body.errors[AFBUD_BLOCKS.shift]).toMatch(/^Er nogen i akut fare lige nu, så ring 112/);
    expect(body.errors[AFBUD_BLOCKS.shift]).toContain('/bekymring');
  });

  it('/orlov for more than six months shows the error inline, and sends nothing', async () => {
    const values = {
      [ORLOV_BLOCKS.region]: select('hovedstaden'),
      [ORLOV_BLOCKS.start]: date(isoDay(7)),
      [ORLOV_BLOCKS.end]: date(null),
      [ORLOV_BLOCKS.months]: num('7'),
    };
    const volunteer = newVolunteer();
    const ack = await submit(viewSubmission(CALLBACK.orlov, values, { userId: volunteer }));
    const body = JSON.parse(ack.body) as { response_action: string; errors: Record<string, string> };
    expect(body.response_action).toBe('errors');
    expect(Object.keys(body.errors).some((k) => k === ORLOV_BLOCKS.months || k === ORLOV_BLOCKS.end)).toBe(true);
    expect(Object.values(body.errors).join(' ')).toMatch(/6|seks/);
    await new Promise((r) => setTimeout(r, 200));
    expect(h.api.calls.filter((c) => c.body.channel === volunteer || content(c).includes(volunteer))).toHaveLength(0);
  });

  it("/orlov within the rule goes to the region's consultant", async () => {
    const values = {
      [ORLOV_BLOCKS.region]: select('hovedstaden'),
      [ORLOV_BLOCKS.start]: date(isoDay(7)),
      [ORLOV_BLOCKS.end]: date(null),
      [ORLOV_BLOCKS.months]: num('3'),
    };
    const volunteer = newVolunteer();
    expect(await submit(viewSubmission(CALLBACK.orlov, values, { userId: volunteer }))).toEqual({
      status: 200,
      body: '',
    });
    await h.api.waitFor('chat.postMessage', caseFor(PEOPLE.consultantHovedstaden, volunteer));
    await h.api.waitFor('chat.postMessage', dmTo(volunteer));
  });

  it('/bekymring with acute danger goes to the consultant as urgent, and the volunteer sees 112 first', async () => {
    const volunteer = newVolunteer();
    await submit(viewSubmission(CALLBACK.bekymring, bekymringValues('yes', 'hovedstaden'), { userId: volunteer }));
    const delivery = await h.api.waitFor('chat.postMessage', caseFor(PEOPLE.consultantHovedstaden, volunteer));
    expect(content(delivery)).toMatch(/HASTER/);
    expect(content(delivery)).toContain('case_call_me');
    const confirmation = await h.api.waitFor('chat.postMessage', dmTo(volunteer));
    const blocks = confirmation.body.blocks as { text?: { text: string } }[];
    expect(blocks[0]?.text?.text).toMatch(/112/);
    expect(String(confirmation.body.text).split('\n')[0]).toMatch(/112/);
  });

  it.each([
    [
      'a suicide plan',
      'Han sagde i dag, at han har sparet sine sovepiller sammen og vil tage sit liv i nat.',
      'Afværgepligt',
      true,
    ],
    [
      'a child at risk',
      'Moren fortalte, at hendes 4-årige tit er alene hjemme om natten og ikke får mad.',
      'Underretningspligt',
      false,
    ],
    [
      'a threat with a weapon',
      'Her husband threatened her with a knife last night and said he will kill her.',
      'Afværgepligt',
      true,
    ],
  ] as const)(
    '/bekymring: %s in the description makes a "sparring" case urgent under the duty',
    async (_name, description, duty, acute) => {
      const volunteer = newVolunteer();
      const values = {
        ...bekymringValues('no', 'hovedstaden', description),
        [BEKYMRING_BLOCKS.kind]: radio('sparring'),
      };
      const ack = await submit(viewSubmission(CALLBACK.bekymring, values, { userId: volunteer }));
      expect(ack).toEqual({ status: 200, body: '' });
      const delivery = await h.api.waitFor('chat.postMessage', caseFor(PEOPLE.consultantHovedstaden, volunteer));
      expect(content(delivery)).toMatch(/HASTER/);
      expect(content(delivery)).toContain(duty);
      expect(content(delivery)).toContain('Markeret som hastende af botten');
      const confirmation = await h.api.waitFor('chat.postMessage', dmTo(volunteer));
      const first = String(confirmation.body.text).split('\n')[0];
      if (acute) expect(first).toMatch(/ring 112/);
      else expect(String(confirmation.body.text)).not.toMatch(/112/);
      expect(String(confirmation.body.text)).toContain('sendt som hastende');
    },
  );

  it('/bekymring without an answer to the acute-danger question is refused inline', async () => {
    const values = { ...bekymringValues('no', 'hovedstaden'), [BEKYMRING_BLOCKS.acute]: radio(null) };
    const ack = await submit(viewSubmission(CALLBACK.bekymring, values, { userId: newVolunteer() }));
    expect(JSON.parse(ack.body)).toEqual({
      response_action: 'errors',
      errors: { [BEKYMRING_BLOCKS.acute]: 'Svar venligst.' },
    });
  });

  it('when the consultant has no Slack id, the volunteer is told and gets the phone number', async () => {
    const volunteer = newVolunteer();
    await submit(viewSubmission(CALLBACK.bekymring, bekymringValues('no', 'sjaelland'), { userId: volunteer }));
    const confirmation = await h.api.waitFor('chat.postMessage', dmTo(volunteer));
    expect(content(confirmation)).toMatch(/24 ?98 ?19 ?00/);
  });

  it('when Slack refuses the delivery, the volunteer is told and gets the phone number', async () => {
    h.api.fail('chat.postMessage', {
      error: 'channel_not_found',
      when: (b) => b.channel === PEOPLE.consultantHovedstaden,
    });
    const volunteer = newVolunteer();
    await submit(viewSubmission(CALLBACK.bekymring, bekymringValues('no', 'hovedstaden'), { userId: volunteer }));
    const confirmation = await h.api.waitFor('chat.postMessage', dmTo(volunteer));
    expect(content(confirmation)).toMatch(/21 ?53 ?01 ?68/);
  });

  it('closes the modal before a slow delivery has finished', async () => {
    h.api.slow('chat.postMessage', 1500, (b) => b.channel === PEOPLE.consultantHovedstaden);
    const volunteer = newVolunteer();
    const ack = await submit(
      viewSubmission(CALLBACK.bekymring, bekymringValues('no', 'hovedstaden'), { userId: volunteer }),
    );
    const ackedAt = Date.now();
    expect(ack).toEqual({ status: 200, body: '' });
    await h.api.waitFor('chat.postMessage', dmTo(volunteer));
    const deliveryIndex = h.api.calls.findIndex(caseFor(PEOPLE.consultantHovedstaden, volunteer));
    expect(deliveryIndex).toBeGreaterThanOrEqual(0);
    expect(h.api.answeredAt[deliveryIndex]).toBeGreaterThan(ackedAt);
  });

  it('a repeated submission of the same view delivers only once', async () => {
    const volunteer = newVolunteer();
    const payload = viewSubmission(CALLBACK.bekymring, bekymringValues('no', 'hovedstaden'), {
      viewId: 'VDUPLICATE1',
      userId: volunteer,
    });
    await submit(payload);
    const again = await h.send(asInteraction(payload), { retryNum: 1 });
    expect(again.status).toBe(200);
    await h.api.waitFor('chat.postMessage', dmTo(volunteer));
    await new Promise((r) => setTimeout(r, 300));
    expect(h.api.calls.filter(caseFor(PEOPLE.consultantHovedstaden, volunteer))).toHaveLength(1);
    expect(h.api.calls.filter(dmTo(volunteer))).toHaveLength(1);
  });
});
