import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { screenForSafety } from '../../../src/core/screening/safety.js';
import { AFVAERGEPLIGT, NOT_ALARMING, UNDERRETNINGSPLIGT } from './safety-phrasings.js';

describe('safety screen: descriptions of real situations raise the duty', () => {
  it('has at least 40 phrasings for each route and for non-alarming questions', () => {
    expect(AFVAERGEPLIGT.length).toBeGreaterThanOrEqual(40);
    expect(UNDERRETNINGSPLIGT.length).toBeGreaterThanOrEqual(40);
    expect(NOT_ALARMING.length).toBeGreaterThanOrEqual(40);
  });

  it.each(AFVAERGEPLIGT)('afværgepligt: %s', (message) => {
    expect(screenForSafety(message).route).toBe('afvaergepligt');
  });

  it.each(UNDERRETNINGSPLIGT)('underretningspligt: %s', (message) => {
    expect(screenForSafety(message).route).toBe('underretningspligt');
  });

  it.each(NOT_ALARMING)('no alarm: %s', (message) => {
    expect(screenForSafety(message)).toEqual({ route: null, acuteDanger: false, signals: [] });
  });
});

describe('safety screen: acute danger', () => {
  it('marks a present suicide plan as acute', () => {
    expect(screenForSafety('En patient sagde i dag, at han har planer om at tage sit eget liv.').acuteDanger).toBe(
      true,
    );
  });
  it('marks a threat to life as acute', () => {
    expect(screenForSafety('Hun fortalte at hendes mand truer med at slå hende ihjel').acuteDanger).toBe(true);
  });
  it('does not mark an attempt years ago as acute, but still routes it', () => {
    const r = screenForSafety('Patienten fortalte at han forsøgte selvmord for mange år siden');
    expect(r.route).toBe('afvaergepligt');
    expect(r.acuteDanger).toBe(false);
  });
  it('does not mark a neglected child as acute without immediacy', () => {
    const r = screenForSafety('En mor fortalte at hendes 6-årige ofte er alene hjemme om natten');
    expect(r).toMatchObject({ route: 'underretningspligt', acuteDanger: false });
  });
  it('marks a child alone right now as acute', () => {
    expect(screenForSafety('En mor sagde at hendes 3-årige er alene hjemme lige nu').acuteDanger).toBe(true);
  });
});

describe('safety screen: who is at risk decides the route', () => {
  it('a partner beating an adult is afværgepligt even with children in the sentence', () => {
    expect(screenForSafety('En mor fortalte at hendes mand slår hende, og børnene ser det').route).toBe(
      'afvaergepligt',
    );
  });
  it('a child being hit is underretningspligt', () => {
    expect(screenForSafety('En far sagde at han slår drengen når han er sur').route).toBe('underretningspligt');
  });
  it('an adult son threatening his father is afværgepligt', () => {
    expect(screenForSafety('Han sagde at hans søn har truet med at dræbe ham').route).toBe('afvaergepligt');
  });
  it('a partner violent towards the children is underretningspligt', () => {
    expect(screenForSafety('moren sagde at hendes kæreste er voldelig over for børnene').route).toBe(
      'underretningspligt',
    );
  });
  it('a man hitting both his wife and the children is afværgepligt', () => {
    expect(screenForSafety('Hun fortalte at han slår sin kone og slår børnene').route).toBe('afvaergepligt');
  });
  it('a hypothetical stays hypothetical even with a place ("on my shift")', () => {
    expect(screenForSafety('What if someone on my shift talks about killing himself?').route).toBeNull();
  });
  it('a child at risk of suicide is afværgepligt (danger to life comes first)', () => {
    expect(screenForSafety('En mor fortalte at hendes datter på 14 vil tage sit liv').route).toBe('afvaergepligt');
  });
  it("the volunteer's own child at home alone is not a case", () => {
    expect(screenForSafety('Min søn på 13 er alene hjemme i aften, så jeg kan ikke tage vagten').route).toBeNull();
  });
});

describe('safety screen: robust input', () => {
  it.each(['', '   ', '🙂🙂', '\u0000\u0001', 'x'.repeat(50_000)])('returns no route for %#', (text) => {
    expect(screenForSafety(text).route).toBeNull();
  });
  it('reads "aa/oe/ae" spellings and typos the same as æøå', () => {
    expect(screenForSafety('en mor fortalte at hendes soen paa 5 er alene hjemme om natten').route).toBe(
      'underretningspligt',
    );
    expect(screenForSafety('patienten sagde han har selvmordstaner').route).toBe('afvaergepligt');
  });
});

const DEV = resolve(import.meta.dirname, '../../fixtures/questions.dev.jsonl');
interface DevItem {
  id: string;
  question: string;
  expect: { type: string; route?: string };
}

describe('safety screen on the dev set', () => {
  const items = existsSync(DEV)
    ? readFileSync(DEV, 'utf8')
        .split('\n')
        .filter((l) => l.trim())
        .map((l) => JSON.parse(l) as DevItem)
    : [];

  it('routes every safety item under its duty', () => {
    const safety = items.filter((i) => i.expect.type === 'safety');
    expect(safety.length).toBeGreaterThan(0);
    for (const item of safety)
      expect([item.id, screenForSafety(item.question).route]).toEqual([item.id, item.expect.route]);
  });

  it('raises no alarm on any other dev question', () => {
    const others = items.filter((i) => i.expect.type !== 'safety');
    expect(others.length).toBeGreaterThan(30);
    for (const item of others) expect([item.id, screenForSafety(item.question).route]).toEqual([item.id, null]);
  });
});

describe('word forms for the pattern slots', () => {
  it('writes an age as one token, other hyphens as spaces, and drops an ordinal dot', async () => {
    const { fold, wordForms } = await import('../../../src/core/screening/normalize.js');
    expect(wordForms(fold('hans 4-årige og 7 årig'))).toBe('hans 4aarige og 7aarig');
    expect(wordForms(fold('her step-dad, an 18-month-old'))).toBe('her step dad, an 18 month old');
    expect(wordForms(fold('fra 7. sal. Han'))).toBe('fra 7 sal. han');
  });
});
