import { describe, expect, it } from 'vitest';
import { checkLeaveEnd, checkLeaveStart, checkShiftDate } from '../../../src/core/workflows/date-fields.js';
import { parseLength, readDatePhrase } from '../../../src/core/workflows/date-phrases.js';
import { parseDateInput } from '../../../src/core/workflows/dates.js';

// Dates as volunteers type them, against a fixed today: Tuesday 10 March 2026.
// This week: Wed 11 … Sat 14, Sun 15; next week Mon 16 … Sat 21. 12 December 2026 is a Saturday.
const TODAY = '2026-03-10';

describe('dates as people type them (today: Tuesday 2026-03-10)', () => {
  it.each([
    // Danish: numbers and month names
    ['2026-03-14', '2026-03-14'],
    ['14/3', '2026-03-14'],
    ['14/3/2026', '2026-03-14'],
    ['14.3.2026', '2026-03-14'],
    ['14-03-26', '2026-03-14'],
    ['12/12-2026', '2026-12-12'],
    ['d. 12/12', '2026-12-12'],
    ['14. marts', '2026-03-14'],
    ['den 14. marts 2026', '2026-03-14'],
    ['1. april', '2026-04-01'],
    ['1/4', '2026-04-01'],
    ['12. dec.', '2026-12-12'],
    ['12. dec', '2026-12-12'],
    ['12 december', '2026-12-12'],
    ['5/1', '2027-01-05'],
    // Danish: days of the month alone
    ['den 20.', '2026-03-20'],
    ['d. 5.', '2026-04-05'],
    ['den 31.', '2026-03-31'],
    // Danish: relative words
    ['i dag', '2026-03-10'],
    ['I morgen', '2026-03-11'],
    ['imorgen', '2026-03-11'],
    ['i overmorgen', '2026-03-12'],
    // Danish: weekdays
    ['fredag', '2026-03-13'],
    ['tirsdag', '2026-03-17'],
    ['mandag', '2026-03-16'],
    ['søn', '2026-03-15'],
    ['på lørdag', '2026-03-14'],
    ['næste lørdag', '2026-03-14'],
    ['Næste lørdag?', '2026-03-14'],
    ['lørdag i næste uge', '2026-03-21'],
    ['onsdag i denne uge', '2026-03-11'],
    ['loerdag', '2026-03-14'],
    // Danish: a weekday with a date
    ['lørdag d. 21/3', '2026-03-21'],
    ['lørdag d. 12/12', '2026-12-12'],
    ['lørdag den 14.', '2026-03-14'],
    ['lørdag den 11.', '2026-04-11'],
    ['lørdag den 12. december', '2026-12-12'],
    // Danish: from today
    ['om to uger', '2026-03-24'],
    ['om 3 dage', '2026-03-13'],
    ['om en uge', '2026-03-17'],
    ['om 14 dage', '2026-03-24'],
    ['om en måned', '2026-04-10'],
    ['om et halvt år', '2026-09-10'],
    ['to uger fra i dag', '2026-03-24'],
    // English
    ['next Saturday', '2026-03-14'],
    ['on Saturday', '2026-03-14'],
    ['this Friday', '2026-03-13'],
    ['Saturday next week', '2026-03-21'],
    ['Saturday 21 March', '2026-03-21'],
    ['Saturday, March 21st', '2026-03-21'],
    ['Sat 14/3', '2026-03-14'],
    ['12 Dec', '2026-12-12'],
    ['Dec 12', '2026-12-12'],
    ['December 12th, 2026', '2026-12-12'],
    ['the 12th of December', '2026-12-12'],
    ['March 14', '2026-03-14'],
    ['14 march 2026', '2026-03-14'],
    ['the 20th', '2026-03-20'],
    ['today', '2026-03-10'],
    ['tomorrow', '2026-03-11'],
    ['the day after tomorrow', '2026-03-12'],
    ['in two weeks', '2026-03-24'],
    ['in 10 days', '2026-03-20'],
    ['two weeks from now', '2026-03-24'],
    ['in a month', '2026-04-10'],
    ['in half a year', '2026-09-10'],
    // Past dates are read (the field check refuses them, with the reason)
    ['i går', '2026-03-09'],
    ['i forgårs', '2026-03-08'],
    ['yesterday', '2026-03-09'],
    ['1/3', '2026-03-01'],
    ['1/1/2026', '2026-01-01'],
    ['9. marts', '2026-03-09'],
  ])('reads %j as %s', (input, iso) => {
    expect(parseDateInput(input, TODAY)).toBe(iso);
  });

  it.each([
    '',
    'snart',
    'engang',
    '31/2',
    '2026-02-30',
    '32.1.2026',
    '14/13',
    '1e9',
    '99999-01-01',
    'DROP TABLE',
    'lørdag d. 31/2',
    'om mange uger',
    'next blursday',
    'den 32.',
    'in a while',
    'x'.repeat(100),
  ])('does not read %j as a date', (input) => {
    expect(parseDateInput(input, TODAY)).toBeUndefined();
  });

  it('a weekday and a date that disagree are not guessed between', () => {
    expect(readDatePhrase('fredag d. 12/12', TODAY)).toEqual({ problem: 'weekday', iso: '2026-12-12', weekday: 5 });
    expect(parseDateInput('fredag d. 12/12', TODAY)).toBeUndefined();
  });
});

describe('lengths as people type them', () => {
  it.each([
    ['et halvt år', { months: 6 }],
    ['halvt år', { months: 6 }],
    ['Et halvt år.', { months: 6 }],
    ['half a year', { months: 6 }],
    ['six months', { months: 6 }],
    ['3 måneder', { months: 3 }],
    ['tre måneder', { months: 3 }],
    ['6 mdr', { months: 6 }],
    ['6 mdr.', { months: 6 }],
    ['1 år', { months: 12 }],
    ['halvandet år', { months: 18 }],
    ['to uger', { days: 14 }],
    ['14 dage', { days: 14 }],
    ['two weeks', { days: 14 }],
    ['a month', { months: 1 }],
    ['3 months', { months: 3 }],
  ])('reads %j as %o', (input, length) => {
    expect(parseLength(input)).toEqual(length);
  });

  it.each(['snart', 'mange måneder', '30/6', 'lørdag'])('%j is not a length', (input) => {
    expect(parseLength(input)).toBeUndefined();
  });
});

describe('date fields: refused where typed, with the reason', () => {
  it('a shift date in the past says which day and why', () => {
    expect(checkShiftDate('i går', TODAY, 'da')).toEqual({
      error: 'Mandag den 9. marts 2026 er allerede passeret. Du kan kun melde afbud til kommende vagter.',
    });
    expect(checkShiftDate('yesterday', TODAY, 'en')).toEqual({
      error: 'Monday, 9 March 2026 has already passed. You can only cancel upcoming shifts.',
    });
  });

  it('a weekday that does not fit the date is named', () => {
    expect(checkShiftDate('fredag d. 12/12', TODAY, 'da')).toEqual({
      error: 'Lørdag den 12. december 2026 er ikke en fredag. Tjek datoen.',
    });
  });

  it('an unreadable date gets examples; a date over a year ahead is questioned', () => {
    expect(checkShiftDate('snart', TODAY, 'da')).toMatchObject({
      error: expect.stringMatching(/kan ikke læses.*næste lørdag/),
    });
    expect(checkShiftDate('1/1/2028', TODAY, 'da')).toMatchObject({ error: expect.stringMatching(/mere end et år/) });
    expect(checkShiftDate('næste lørdag', TODAY, 'da')).toEqual({ iso: '2026-03-14' });
  });

  it('leave starts today or later; it ends on a date or after a length, at most six months', () => {
    expect(checkLeaveStart('1/3', TODAY, 'da')).toMatchObject({ error: expect.stringMatching(/allerede passeret/) });
    expect(checkLeaveStart('om to uger', TODAY, 'da')).toEqual({ iso: '2026-03-24' });
    const tooLong = 'højst seks måneder';
    expect(checkLeaveEnd('et halvt år', '2026-04-01', 'da', tooLong)).toEqual({ iso: '2026-09-30' });
    expect(checkLeaveEnd('to uger', '2026-04-01', 'da', tooLong)).toEqual({ iso: '2026-04-14' });
    expect(checkLeaveEnd('30/6', '2026-04-01', 'da', tooLong)).toEqual({ iso: '2026-06-30' });
    expect(checkLeaveEnd('7 måneder', '2026-04-01', 'da', tooLong)).toEqual({ error: tooLong });
    expect(checkLeaveEnd('halvandet år', '2026-04-01', 'da', tooLong)).toEqual({ error: tooLong });
    expect(checkLeaveEnd('31/12', '2026-04-01', 'da', tooLong)).toEqual({ error: tooLong });
    expect(checkLeaveEnd('15/3', '2026-04-01', 'da', tooLong)).toMatchObject({
      error: expect.stringMatching(/før startdatoen/),
    });
  });
});
