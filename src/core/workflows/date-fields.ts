import type { Lang } from '../types.js';
import {
  addDays,
  addLength,
  addMonths,
  type DateReading,
  isIsoDate,
  parseLength,
  readDatePhrase,
} from './date-phrases.js';
import { formatDate } from './dates.js';
import { pick } from './texts.js';

// The date fields of /afbud and /orlov, checked the same way wherever they are typed: by the
// workflow on submit, and by the terminal dialogue at the question itself, so a past or unreadable
// date is refused where it was written, with the reason.

export type DateField = 'shift' | 'leaveStart' | 'leaveEnd';
export type DateCheck = { iso: string } | { error: string };

/** /orlov lasts at most this long; the refusal itself quotes the handbook (orlov.ts). */
export const MAX_LEAVE_MONTHS = 6;
const MAX_DAYS_AHEAD = 366;
const WEEKDAY_NAMES = {
  da: ['søndag', 'mandag', 'tirsdag', 'onsdag', 'torsdag', 'fredag', 'lørdag'],
  en: ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'],
} as const;

const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

function read(value: unknown, reference: string): DateReading {
  if (typeof value !== 'string') return { problem: 'unreadable' };
  const s = value.slice(0, 60);
  return isIsoDate(s) ? { iso: s } : readDatePhrase(s, reference);
}

function weekdayMismatch(r: { iso: string; weekday: number }, lang: Lang): string {
  const actual = formatDate(r.iso, lang);
  return pick(
    lang,
    `${cap(actual)} er ikke en ${WEEKDAY_NAMES.da[r.weekday]}. Tjek datoen.`,
    `${actual} is not a ${WEEKDAY_NAMES.en[r.weekday]}. Please check the date.`,
  );
}

/** The date of a shift to cancel: readable, today or later, and within a year. */
export function checkShiftDate(value: unknown, today: string, lang: Lang): DateCheck {
  const r = read(value, today);
  if ('problem' in r && r.problem === 'unreadable') {
    return {
      error: pick(
        lang,
        'Datoen kan ikke læses. Skriv fx 14/3, "i morgen" eller "næste lørdag".',
        'The date could not be read. Write e.g. 14/3, "tomorrow" or "next Saturday".',
      ),
    };
  }
  if ('problem' in r) return { error: weekdayMismatch(r, lang) };
  if (r.iso < today) {
    return {
      error: pick(
        lang,
        `${cap(formatDate(r.iso, 'da'))} er allerede passeret. Du kan kun melde afbud til kommende vagter.`,
        `${formatDate(r.iso, 'en')} has already passed. You can only cancel upcoming shifts.`,
      ),
    };
  }
  if (r.iso > addDays(today, MAX_DAYS_AHEAD)) {
    return {
      error: pick(
        lang,
        'Datoen ligger mere end et år ude i fremtiden. Tjek datoen.',
        'The date is more than a year ahead. Please check it.',
      ),
    };
  }
  return { iso: r.iso };
}

/** The first day of leave: readable, today or later, and within a year. */
export function checkLeaveStart(value: unknown, today: string, lang: Lang): DateCheck {
  const r = read(value, today);
  if ('problem' in r && r.problem === 'unreadable') {
    return {
      error: pick(
        lang,
        'Startdatoen kan ikke læses. Skriv fx 1/4, "på mandag" eller "om to uger".',
        'The start date could not be read. Write e.g. 1/4, "on Monday" or "in two weeks".',
      ),
    };
  }
  if ('problem' in r) return { error: weekdayMismatch(r, lang) };
  if (r.iso < today) {
    return {
      error: pick(
        lang,
        `${cap(formatDate(r.iso, 'da'))} er allerede passeret. Vælg i dag eller en senere dato.`,
        `${formatDate(r.iso, 'en')} has already passed. Choose today or a later date.`,
      ),
    };
  }
  if (r.iso > addDays(today, MAX_DAYS_AHEAD)) {
    return {
      error: pick(
        lang,
        'Startdatoen ligger mere end et år ude i fremtiden. Tjek datoen.',
        'The start date is more than a year ahead. Please check it.',
      ),
    };
  }
  return { iso: r.iso };
}

/**
 * The last day of leave, typed as a date ("30/6") or a length from the start ("et halvt år",
 * "3 måneder", "to uger"): not before the start, and at most six months. `tooLong` is the refusal.
 */
export function checkLeaveEnd(value: unknown, start: string, lang: Lang, tooLong: string): DateCheck {
  const length = typeof value === 'string' ? parseLength(value.slice(0, 60)) : undefined;
  if (length) {
    if ('months' in length ? length.months > MAX_LEAVE_MONTHS : length.days > 183) return { error: tooLong };
    if (('months' in length ? length.months : length.days) < 1)
      return { error: pick(lang, 'Orloven skal vare mindst en dag.', 'Leave must last at least one day.') };
    return { iso: addDays(addLength(start, length), -1) };
  }
  const r = read(value, start);
  if ('problem' in r && r.problem === 'unreadable') {
    return {
      error: pick(
        lang,
        'Slutdatoen kan ikke læses. Skriv fx 30/6, "3 måneder" eller "et halvt år".',
        'The end date could not be read. Write e.g. 30/6, "3 months" or "half a year".',
      ),
    };
  }
  if ('problem' in r) return { error: weekdayMismatch(r, lang) };
  if (r.iso < start)
    return { error: pick(lang, 'Slutdatoen ligger før startdatoen.', 'The end date is before the start date.') };
  if (r.iso > addMonths(start, MAX_LEAVE_MONTHS)) return { error: tooLong };
  return { iso: r.iso };
}
