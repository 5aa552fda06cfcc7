import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { AFBUD_BLOCKS, BEKYMRING_BLOCKS, CALLBACK, ORLOV_BLOCKS } from '../../../src/adapters/slack/ids.js';
import { appHomeOpened, slashCommand } from '../../support/slack-fixtures.js';
import { type SlackHarness, startSlackHarness } from '../../support/slack-harness.js';
import { asForm, asJson } from '../../support/slack-signing.js';
import { testDirectory } from '../../support/slack-test-directory.js';

type View = {
  type: string;
  callback_id: string;
  private_metadata: string;
  blocks: {
    type: string;
    block_id?: string;
    optional?: boolean;
    hint?: { text: string };
    label?: { text: string };
    element?: { type: string; options?: unknown[]; option_groups?: { options: { value: string }[] }[] };
  }[];
};

describe('Slack slash commands open their forms', () => {
  let h: SlackHarness;
  beforeAll(async () => {
    h = await startSlackHarness();
  });
  afterAll(async () => h.close());
  beforeEach(() => h.api.reset());

  async function openedView(command: string): Promise<{ view: View; triggerId: string; ackBody: string }> {
    const fields = slashCommand(command);
    const res = await h.send(asForm(fields));
    expect(res.status).toBe(200);
    const ackBody = await res.text();
    const call = await h.api.waitFor('views.open', (c) => c.body.trigger_id === fields.trigger_id);
    return { view: call.body.view as View, triggerId: fields.trigger_id!, ackBody };
  }

  it('/afbud acks with an empty body and opens the afbud modal with date, shift, place and partner', async () => {
    const { view, ackBody } = await openedView('/afbud');
    expect(ackBody).toBe('');
    expect(view.type).toBe('modal');
    expect(view.callback_id).toBe(CALLBACK.afbud);
    const byId: Record<string, View['blocks'][number]> = Object.fromEntries(
      view.blocks.map((b) => [b.block_id ?? '', b]),
    );
    expect(byId[AFBUD_BLOCKS.date]?.element?.type).toBe('datepicker');
    expect(byId[AFBUD_BLOCKS.group]?.element?.type).toBe('static_select');
    expect(byId[AFBUD_BLOCKS.partner]?.element?.type).toBe('users_select');
    expect(byId[AFBUD_BLOCKS.partner]?.optional).toBe(true);
    const groupIds = byId[AFBUD_BLOCKS.group]?.element?.option_groups?.flatMap((g) => g.options.map((o) => o.value));
    expect(groupIds?.sort()).toEqual(testDirectory.groups.map((g) => g.id).sort());
    expect(JSON.parse(view.private_metadata)).toEqual({ channelId: 'C2147483705', lang: 'da' });
  });

  it('/orlov opens the orlov modal with region, start, end and months', async () => {
    const { view } = await openedView('/orlov');
    expect(view.callback_id).toBe(CALLBACK.orlov);
    const ids = view.blocks.map((b) => b.block_id).filter(Boolean);
    expect(ids).toEqual([ORLOV_BLOCKS.region, ORLOV_BLOCKS.start, ORLOV_BLOCKS.end, ORLOV_BLOCKS.months]);
    const region = view.blocks.find((b) => b.block_id === ORLOV_BLOCKS.region);
    expect(region?.element?.options).toHaveLength(testDirectory.regions.length);
  });

  it('/bekymring asks about acute danger first, then the kind, region and a guarded free-text field', async () => {
    const { view } = await openedView('/bekymring');
    expect(view.callback_id).toBe(CALLBACK.bekymring);
    expect(view.blocks[0]?.block_id).toBe(BEKYMRING_BLOCKS.acute);
    expect(view.blocks[0]?.element?.type).toBe('radio_buttons');
    expect(view.blocks[0]?.label?.text).toMatch(/akut fare/);
    expect(view.blocks[0]?.hint?.text).toMatch(/112/);
    const kind = view.blocks.find((b) => b.block_id === BEKYMRING_BLOCKS.kind);
    expect(JSON.stringify(kind)).toMatch(/Afværgepligt.*Underretningspligt/s);
    const text = view.blocks.find((b) => b.block_id === BEKYMRING_BLOCKS.text);
    expect(text?.hint?.text).toBe('Skriv ikke navne eller CPR-numre — konsulenten ringer dig op.');
    expect(text?.optional).toBe(true);
  });

  it('tells the volunteer privately through response_url when the form cannot be opened', async () => {
    h.api.fail('views.open', { error: 'expired_trigger_id' });
    const res = await h.send(asForm(slashCommand('/afbud', { response_url: `${h.api.responseUrl}cmd-1` })));
    expect(res.status).toBe(200);
    const respond = await h.api.waitFor('respond:/respond/cmd-1');
    expect(respond.body).toMatchObject({ response_type: 'ephemeral' });
    expect(String(respond.body.text)).toMatch(/konsulent/);
  });

  it("publishes the Home tab with the three commands and every region's consultant", async () => {
    expect((await h.send(asJson(appHomeOpened({ user: 'U2147483697' })))).status).toBe(200);
    const publish = await h.api.waitFor('views.publish');
    expect(publish.body.user_id).toBe('U2147483697');
    const text = JSON.stringify(publish.body.view);
    for (const cmd of ['/afbud', '/orlov', '/bekymring']) expect(text).toContain(cmd);
    for (const r of testDirectory.regions) expect(text).toContain(r.name);
    expect(text).toContain('<@U0CONSULT1>');
    // A consultant without a Slack id is shown by name and phone.
    expect(text).toContain('Charlotte Konsulent');
    expect(text).toContain('+45 24 98 19 00');
  });
});
