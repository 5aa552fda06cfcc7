import { describe, expect, it } from 'vitest';
import { safeNote } from '../../../src/adapters/slack/bolt-logger.js';
import { isFromPerson } from '../../../src/adapters/slack/handlers/answer-in-thread.js';
import { blockErrors } from '../../../src/adapters/slack/handlers/submit-workflow.js';
import { withoutMention } from '../../../src/adapters/slack/handlers/thread-history.js';
import { AFBUD_BLOCKS, anyOf, BEKYMRING_BLOCKS, CALLBACK } from '../../../src/adapters/slack/ids.js';
import {
  ChatMessageEvent,
  parseModalMetadata,
  ViewSubmission,
  viewState,
} from '../../../src/adapters/slack/payloads.js';
import { RecentIds } from '../../../src/adapters/slack/recent-ids.js';
import { appMention, date, directMessage, radio, text, user, viewSubmission } from '../../support/slack-fixtures.js';

// Handler pieces called directly with the payload fixtures.

const BOT = 'UBOT00001';
const parseEvent = (fixture: { event: Record<string, unknown> }) => ChatMessageEvent.parse(fixture.event);

describe('which messages are answered', () => {
  it('answers people in DMs and mentions', () => {
    expect(isFromPerson(parseEvent(directMessage()), BOT)).toBe(true);
    expect(isFromPerson(parseEvent(appMention()), BOT)).toBe(true);
    expect(isFromPerson(parseEvent(directMessage({ subtype: 'file_share' })), BOT)).toBe(true);
  });

  it.each([
    ['bot_message', { subtype: 'bot_message', bot_id: 'B1', user: undefined }],
    ['bot with user', { bot_id: 'B1' }],
    ['itself', { user: BOT }],
    ['message_changed', { subtype: 'message_changed' }],
    ['no user', { user: undefined }],
  ])('ignores %s', (_l, over) => {
    expect(isFromPerson(parseEvent(directMessage(over)), BOT)).toBe(false);
  });
});

describe('mentions', () => {
  it('removes the bot mention wherever it is, and nothing else', () => {
    expect(withoutMention(`<@${BOT}> hvor længe <@U0OTHER> kan`, BOT)).toBe('hvor længe <@U0OTHER> kan');
    expect(withoutMention(`spørg <@${BOT}|hjertebot> nu`, BOT)).toBe('spørg nu');
  });
  it('removes a leading mention when the bot id is not known yet', () => {
    expect(withoutMention('<@UXYZ> hej', undefined)).toBe('hej');
  });
});

describe('view state', () => {
  it('reads each field type by block id and treats empty input as missing', () => {
    const body = ViewSubmission.parse(
      viewSubmission(CALLBACK.afbud, {
        [AFBUD_BLOCKS.date]: date('2031-02-03'),
        [AFBUD_BLOCKS.shift]: text('   '),
        [AFBUD_BLOCKS.partner]: user('U0P'),
        [BEKYMRING_BLOCKS.acute]: radio('yes'),
      }),
    );
    const state = viewState(body.view);
    expect(state.date(AFBUD_BLOCKS.date)).toBe('2031-02-03');
    expect(state.text(AFBUD_BLOCKS.shift)).toBeUndefined();
    expect(state.user(AFBUD_BLOCKS.partner)).toBe('U0P');
    expect(state.option(BEKYMRING_BLOCKS.acute)).toBe('yes');
    expect(state.option(AFBUD_BLOCKS.group)).toBeUndefined();
  });

  it('falls back to Danish for metadata we did not write', () => {
    expect(parseModalMetadata('not json')).toEqual({ lang: 'da' });
    expect(parseModalMetadata('{"lang":"fr"}')).toEqual({ lang: 'da' });
    expect(parseModalMetadata('{"lang":"en","channelId":"C1"}')).toEqual({ lang: 'en', channelId: 'C1' });
  });
});

describe('inline errors', () => {
  it("maps the core's field errors onto block ids", () => {
    expect(blockErrors({ date: 'Datoen er passeret.', group: 'Vælg et sted.' }, AFBUD_BLOCKS)).toEqual({
      afbud_date: 'Datoen er passeret.',
      afbud_group: 'Vælg et sted.',
    });
  });
  it('puts an error for a field the form does not have on the first block', () => {
    expect(blockErrors({ other: 'Noget gik galt.' } as Record<string, string>, AFBUD_BLOCKS)).toEqual({
      afbud_date: 'Noget gik galt.',
    });
  });
});

describe('dedupe of retried events', () => {
  it('lets an id through once, again after the TTL, and again after forget()', () => {
    let now = 0;
    const seen = new RecentIds(1000, 100, () => now);
    expect(seen.firstTime('Ev1')).toBe(true);
    expect(seen.firstTime('Ev1')).toBe(false);
    now = 1500;
    expect(seen.firstTime('Ev1')).toBe(true);
    seen.forget('Ev1');
    expect(seen.firstTime('Ev1')).toBe(true);
  });
  it('stays bounded', () => {
    const seen = new RecentIds(60_000, 3, () => 0);
    for (const id of ['a', 'b', 'c', 'd', 'e']) seen.firstTime(id);
    expect(seen.firstTime('a')).toBe(true);
  });
});

describe('listener id groups', () => {
  it('match exactly one of the ids, nothing longer or shorter', () => {
    const re = anyOf(['/afbud', 'case.ack']);
    expect(['/afbud', 'case.ack'].every((id) => re.test(id))).toBe(true);
    expect(['/afbudx', 'x/afbud', 'caseXack', ''].some((id) => re.test(id))).toBe(false);
  });
});

describe('Bolt log lines', () => {
  it("keeps Bolt's sentence and drops quoted data", () => {
    expect(safeNote('ack() call begins (body: {"text":"secret"})')).toBe('ack() call begins (body:');
    expect(safeNote('Unhandled HTTP request (POST) made to /slack/events')).toBe(
      'Unhandled HTTP request (POST) made to /slack/events',
    );
  });
});
