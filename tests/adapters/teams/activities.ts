import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type TeamsUser, VOLUNTEER } from './teams-people.js';

// Factories over tests/fixtures/teams.*.json: real Teams activity shapes with the fields a test
// cares about overridden. `serviceUrl` always points at the loopback Bot Connector.

type Json = Record<string, unknown>;

const fixture = (name: string): Json =>
  JSON.parse(readFileSync(join(import.meta.dirname, '../../fixtures', `teams.${name}.json`), 'utf8')) as Json;

let seq = 0;
const nextId = (): string => `${Date.now()}${String((seq += 1)).padStart(4, '0')}`;

function personal(base: Json, serviceUrl: string, user: TeamsUser): Json {
  const conversation = { ...(base.conversation as Json), id: user.conversationId, conversationType: 'personal' };
  return {
    ...base,
    id: nextId(),
    serviceUrl,
    from: { id: user.id, name: 'Test Person', aadObjectId: user.aadObjectId },
    conversation,
  };
}

export function message(serviceUrl: string, text: string, user: TeamsUser = VOLUNTEER, extra: Json = {}): Json {
  return { ...personal(fixture('message'), serviceUrl, user), text, ...extra };
}

/** An @mention of the bot in a channel; `text` is what follows the mention. */
export function channelMention(serviceUrl: string, text: string, extra: Json = {}): Json {
  const base = fixture('channel-mention');
  return { ...base, id: nextId(), serviceUrl, text: `<at>Hjertebot</at> ${text}`, ...extra };
}

/** A channel message that does not mention the bot. */
export function channelChatter(serviceUrl: string, text: string): Json {
  const base = channelMention(serviceUrl, text);
  return { ...base, text, entities: (base.entities as Json[]).filter((e) => e.type !== 'mention') };
}

/** Action.Execute on a card the bot posted as `replyToId`; Teams merges the inputs into `data`. */
export function cardAction(
  serviceUrl: string,
  verb: string,
  data: Json,
  opts: { user?: TeamsUser; replyToId?: string } = {},
): Json {
  const base = personal(fixture('invoke-adaptive-card-action'), serviceUrl, opts.user ?? VOLUNTEER);
  return {
    ...base,
    replyToId: opts.replyToId ?? 'card-activity-1',
    value: { action: { type: 'Action.Execute', title: 'Send', verb, data: { verb, ...data } }, trigger: 'manual' },
  };
}

/** The bot installed in someone's personal scope (how the bot first learns a 1:1 conversation). */
export function installed(serviceUrl: string, user: TeamsUser = VOLUNTEER): Json {
  const base = personal(fixture('conversation-update'), serviceUrl, user);
  const botId = (base.recipient as Json).id;
  return { ...base, membersAdded: [{ id: botId }, { id: user.id, aadObjectId: user.aadObjectId }] };
}
