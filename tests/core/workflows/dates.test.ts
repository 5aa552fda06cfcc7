import { describe, expect, it } from 'vitest';
import { addMonths, formatDate, parseDateInput, todayIn } from '../../../src/core/workflows/dates.js';
import { FakeClock } from './support.js';

const TODAY = '2026-03-10'; // a Tuesday

describe('dates', () => {
  it.each([
    ['2026-03-14', '2026-03-14'],
    ['14/3', '2026-03-14'],
    ['14/3/2026', '2026-03-14'],
    ['14.3.2026', '2026-03-14'],
    ['14-03-26', '2026-03-14'],
    ['14. marts', '2026-03-14'],
    ['den 14. marts 2026', '2026-03-14'],
    ['March 14', '2026-03-14'],
    ['14 march 2026', '2026-03-14'],
    ['i dag', '2026-03-10'],
    ['I morgen', '2026-03-11'],
    ['tomorrow', '2026-03-11'],
    ['fredag', '2026-03-13'],
    ['tirsdag', '2026-03-17'],
    ['5/1', '2027-01-05'],
    ['1/3', '2026-03-01'],
  ])('reads %s as %s', (input, iso) => {
    expect(parseDateInput(input, TODAY)).toBe(iso);
  });

  it.each(['', 'snart', '31/2', '2026-02-30', '32.1.2026', '14/13', '1e9', '99999-01-01', 'DROP TABLE'])(
    'does not read %j as a date',
    (input) => {
      expect(parseDateInput(input, TODAY)).toBeUndefined();
    },
  );

  it('adds calendar months, clamping to the month end', () => {
    expect(addMonths('2026-08-31', 6)).toBe('2027-02-28');
    expect(addMonths('2026-01-15', 6)).toBe('2026-07-15');
  });

  it('formats in Danish and English', () => {
    expect(formatDate('2026-03-13', 'da')).toBe('fredag den 13. marts 2026');
    expect(formatDate('2026-03-13', 'en')).toBe('Friday, 13 March 2026');
  });

  it("today is Copenhagen's date", () => {
    expect(todayIn(new FakeClock('2026-06-30T22:30:00Z'))).toBe('2026-07-01');
    expect(todayIn(new FakeClock('2026-01-01T22:59:00Z'))).toBe('2026-01-01');
  });
});
