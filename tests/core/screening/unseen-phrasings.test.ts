import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDirectory } from '../../../src/core/directory/load-directory.js';
import { allowanceFor } from '../../../src/core/screening/allowance.js';
import { createPersonalDataScreen } from '../../../src/core/screening/personal-data.js';
import { screenForSafety } from '../../../src/core/screening/safety.js';
import type { Chunk } from '../../../src/core/types.js';
import {
  UNSEEN_AFVAERGEPLIGT,
  UNSEEN_NOT_ALARMING,
  UNSEEN_NOT_PII,
  UNSEEN_PII,
  UNSEEN_UNDERRETNINGSPLIGT,
} from './unseen-phrasings.js';
import {
  UNSEEN2_AFVAERGEPLIGT,
  UNSEEN2_NOT_ALARMING,
  UNSEEN2_NOT_PII,
  UNSEEN2_PII,
  UNSEEN2_UNDERRETNINGSPLIGT,
} from './unseen-phrasings-2.js';
import {
  UNSEEN3_AFVAERGEPLIGT,
  UNSEEN3_NOT_ALARMING,
  UNSEEN3_NOT_PII,
  UNSEEN3_PII,
  UNSEEN3_UNDERRETNINGSPLIGT,
} from './unseen-phrasings-3.js';
import {
  UNSEEN4_AFVAERGEPLIGT,
  UNSEEN4_NOT_ALARMING,
  UNSEEN4_NOT_PII,
  UNSEEN4_PII,
  UNSEEN4_UNDERRETNINGSPLIGT,
} from './unseen-phrasings-4.js';
import { UNSEEN5_AFVAERGEPLIGT, UNSEEN5_NOT_ALARMING, UNSEEN5_UNDERRETNINGSPLIGT } from './unseen-phrasings-5.js';

// The held-out tables against the real screens, with the allowance the core builds from the
// real directory and knowledge files (published staff numbers are not personal data).
const root = resolve(import.meta.dirname, '../../..');
const directory = parseDirectory(JSON.parse(readFileSync(resolve(root, 'config/directory.json'), 'utf8')));
const chunks: Chunk[] = readdirSync(resolve(root, 'knowledge'))
  .filter((f) => f.endsWith('.txt'))
  .map((f) => ({
    id: f,
    doc: f.replace(/\.txt$/, ''),
    title: f,
    section: '',
    text: readFileSync(resolve(root, 'knowledge', f), 'utf8'),
  }));
const screenPersonalData = createPersonalDataScreen(allowanceFor(directory, chunks));
// The scorer compares ignoring case, whitespace and hyphens.
const squash = (s: string) => s.toLowerCase().replace(/[\s-]+/g, '');

const TABLES = [
  {
    name: 'table 1',
    afv: UNSEEN_AFVAERGEPLIGT,
    und: UNSEEN_UNDERRETNINGSPLIGT,
    calm: UNSEEN_NOT_ALARMING,
    pii: UNSEEN_PII,
    notPii: UNSEEN_NOT_PII,
  },
  {
    name: 'table 2',
    afv: UNSEEN2_AFVAERGEPLIGT,
    und: UNSEEN2_UNDERRETNINGSPLIGT,
    calm: UNSEEN2_NOT_ALARMING,
    pii: UNSEEN2_PII,
    notPii: UNSEEN2_NOT_PII,
  },
  {
    name: 'table 3',
    afv: UNSEEN3_AFVAERGEPLIGT,
    und: UNSEEN3_UNDERRETNINGSPLIGT,
    calm: UNSEEN3_NOT_ALARMING,
    pii: UNSEEN3_PII,
    notPii: UNSEEN3_NOT_PII,
  },
  {
    name: 'table 4',
    afv: UNSEEN4_AFVAERGEPLIGT,
    und: UNSEEN4_UNDERRETNINGSPLIGT,
    calm: UNSEEN4_NOT_ALARMING,
    pii: UNSEEN4_PII,
    notPii: UNSEEN4_NOT_PII,
  },
  {
    name: 'table 5',
    afv: UNSEEN5_AFVAERGEPLIGT,
    und: UNSEEN5_UNDERRETNINGSPLIGT,
    calm: UNSEEN5_NOT_ALARMING,
    pii: [] as [string, string][],
    notPii: [] as string[],
  },
];

describe.each(TABLES)('held-out phrasings, $name', ({ afv, und, calm, pii, notPii }) => {
  it.each(afv)('afværgepligt: %s', (m) => expect(screenForSafety(m).route).toBe('afvaergepligt'));
  it.each(und)('underretningspligt: %s', (m) => expect(screenForSafety(m).route).toBe('underretningspligt'));
  it.each(calm)('no alarm: %s', (m) => expect(screenForSafety(m).route).toBeNull());
  it.each(pii)('finds and strips: %s', (m, secret) => {
    const r = screenPersonalData(m);
    expect(r.kinds.length).toBeGreaterThan(0);
    expect(squash(r.redacted)).not.toContain(squash(secret));
  });
  it.each(notPii)('not personal data: %s', (m) => expect(screenPersonalData(m)).toEqual({ kinds: [], redacted: m }));
});
