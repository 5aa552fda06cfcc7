import type { Clock } from '../ports.js';
import type { Lang } from '../types.js';
import { isIsoDate, readDatePhrase } from './date-phrases.js';

// Calendar dates as ISO strings (YYYY-MM-DD): the volunteers' dates are Danish local dates,
// with no time of day and no time zone to get wrong.

export const ZONE = 'Europe/Copenhagen';
const isoFormat = new Intl.DateTimeFormat('en-CA', {
  timeZone: ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** Today's date in Denmark, whatever the server's time zone. */
export function todayIn(clock: Clock): string {
  return isoFormat.format(clock.now());
}

export { addDays, addMonths, daysBetween, isIsoDate, weekdayOf } from './date-phrases.js';

const toUtc = (iso: string) => {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d));
};

/** "fredag den 14. marts 2026" / "Friday 14 March 2026". */
export function formatDate(iso: string, lang: Lang): string {
  const fmt = new Intl.DateTimeFormat(lang === 'da' ? 'da-DK' : 'en-GB', {
    timeZone: 'UTC',
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
  });
  return fmt.format(toUtc(iso));
}

/**
 * A date as volunteers type it in a chat (see date-phrases.ts): 2026-03-14, 14/3, "14. marts",
 * "i morgen", "næste lørdag", "lørdag den 12.", "om to uger", "12 Dec". Undefined when it is not a
 * date, or when its weekday and date disagree.
 */
export function parseDateInput(input: string, today: string): string | undefined {
  const r = readDatePhrase(input, today);
  return 'iso' in r && !('problem' in r) ? r.iso : undefined;
}

/** A date field from a form or a chat: ISO as it comes, anything else through parseDateInput. */
export function readDate(value: unknown, reference: string): string | undefined {
  if (typeof value !== 'string') return undefined;
  const s = value.slice(0, 60);
  return isIsoDate(s) ? s : parseDateInput(s, reference);
}
