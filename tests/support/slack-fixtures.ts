import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { AFBUD_BLOCKS, BEKYMRING_BLOCKS } from '../../src/adapters/slack/ids.js';

// Small factories over the Slack payload fixtures in tests/fixtures/slack.*.json.

type Json = Record<string, unknown>;

function fixture<T = Json>(name: string): T {
  const path = fileURLToPath(new URL(`../fixtures/slack.${name}.json`, import.meta.url));
  return JSON.parse(readFileSync(path, 'utf8')) as T;
}

let counter = 0;
const unique = (prefix: string) => `${prefix}${Date.now().toString(36)}${(counter++).toString(36)}`.toUpperCase();

export const urlVerification = (): Json => fixture('url-verification');

interface EventFixture extends Json {
  event: Json;
  event_id: string;
}

/** An event_callback envelope with a fresh event id unless one is given. */
function eventCallback(name: string, event: Json, eventId?: string): EventFixture {
  const base = fixture<EventFixture>(name);
  return { ...base, event_id: eventId ?? unique('Ev'), event: { ...base.event, ...event } };
}

export const appMention = (event: Json = {}, eventId?: string) => eventCallback('app-mention', event, eventId);
export const directMessage = (event: Json = {}, eventId?: string) => eventCallback('message-im', event, eventId);
export const appHomeOpened = (event: Json = {}) => eventCallback('app-home-opened', event);

export const slashCommand = (command: string, fields: Record<string, string> = {}): Record<string, string> => ({
  ...fixture<Record<string, string>>('slash-command'),
  command,
  trigger_id: unique('trigger.'),
  ...fields,
});

export type InputValue =
  | { type: 'datepicker'; selected_date: string | null }
  | { type: 'plain_text_input'; value: string | null }
  | { type: 'number_input'; value: string | null }
  | { type: 'static_select' | 'radio_buttons'; selected_option: { value: string } | null }
  | { type: 'users_select'; selected_user: string | null };

export const date = (d: string | null): InputValue => ({ type: 'datepicker', selected_date: d });
export const text = (v: string | null): InputValue => ({ type: 'plain_text_input', value: v });
export const num = (v: string | null): InputValue => ({ type: 'number_input', value: v });
export const select = (v: string | null): InputValue => ({
  type: 'static_select',
  selected_option: v === null ? null : { value: v },
});
export const radio = (v: string | null): InputValue => ({
  type: 'radio_buttons',
  selected_option: v === null ? null : { value: v },
});
export const user = (v: string | null): InputValue => ({ type: 'users_select', selected_user: v });

/** A view_submission; `values` maps block_id → the single input's state (action_id "input"). */
export function viewSubmission(
  callbackId: string,
  values: Record<string, InputValue>,
  opts: { userId?: string; viewId?: string; metadata?: Json } = {},
): Json {
  const base = fixture<Json & { view: Json; user: Json }>('view-submission');
  const stateValues = Object.fromEntries(Object.entries(values).map(([block, v]) => [block, { input: v }]));
  return {
    ...base,
    user: { ...base.user, id: opts.userId ?? base.user.id },
    view: {
      ...base.view,
      id: opts.viewId ?? unique('V'),
      callback_id: callbackId,
      private_metadata: JSON.stringify(opts.metadata ?? { channelId: 'C2147483705', lang: 'da' }),
      state: { values: stateValues },
    },
  };
}

/** A block_actions payload for one button on one message. */
export function blockAction(
  actionId: string,
  value: string,
  opts: { userId?: string; channel?: string; ts?: string; blocks?: unknown[] } = {},
): Json {
  const base = fixture<Json & { actions: Json[]; message: Json; container: Json }>('block-actions');
  const channel = opts.channel ?? String(base.container.channel_id);
  const ts = opts.ts ?? String(base.container.message_ts);
  return {
    ...base,
    user: { id: opts.userId ?? 'U0CONSULT1', username: 'konsulent', name: 'konsulent', team_id: 'T0000TEST' },
    container: { ...base.container, channel_id: channel, message_ts: ts },
    channel: { id: channel, name: 'directmessage' },
    message: { ...base.message, ts, blocks: opts.blocks ?? [] },
    trigger_id: unique('trigger.'),
    actions: [{ ...base.actions[0], action_id: actionId, value }],
  };
}

/** YYYY-MM-DD, `offsetDays` from today. */
export const isoDay = (offsetDays: number) => new Date(Date.now() + offsetDays * 86_400_000).toISOString().slice(0, 10);

/** A valid /afbud form (Rigshospitalet, three days from now), with fields overridden. */
export const afbudValues = (over: Partial<Record<keyof typeof AFBUD_BLOCKS, InputValue>> = {}) => ({
  [AFBUD_BLOCKS.date]: over.date ?? date(isoDay(3)),
  [AFBUD_BLOCKS.shift]: over.shift ?? text('formiddag'),
  [AFBUD_BLOCKS.group]: over.group ?? select('rigshospitalet'),
  [AFBUD_BLOCKS.partner]: over.partner ?? user(null),
});

/** A /bekymring form: acute → afværgepligt, otherwise underretningspligt. */
export const bekymringValues = (acute: 'yes' | 'no', region: string, freeText: string | null = null) => ({
  [BEKYMRING_BLOCKS.acute]: radio(acute),
  [BEKYMRING_BLOCKS.kind]: radio(acute === 'yes' ? 'afvaergepligt' : 'underretningspligt'),
  [BEKYMRING_BLOCKS.region]: select(region),
  [BEKYMRING_BLOCKS.text]: text(freeText),
});
