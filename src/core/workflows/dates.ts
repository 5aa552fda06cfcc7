import type { Clock } from '../ports.js';
import type { Lang } from '../types.js';

// Calendar dates as ISO strings (YYYY-MM-DD): the volunteers' dates are Danish local dates,
// with no time of day and no time zone to get wrong.

export const ZONE = 'Europe/Copenhagen';
const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;
const isoFormat = new Intl.DateTimeFormat('en-CA', { timeZone: ZONE, year: 'numeric', month: '2-digit', day: '2-digit' });

/** Today's date in Denmark, whatever the server's time zone. */
export function todayIn(clock: Clock): string {
  return isoFormat.format(clock.now());
}

export function isIsoDate(s: string): boolean {
  const m = ISO.exec(s);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}

const toUtc = (iso: string) => {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d));
};
const fromUtc = (d: Date) => d.toISOString().slice(0, 10);

export function addDays(iso: string, days: number): string {
  const d = toUtc(iso);
  d.setUTCDate(d.getUTCDate() + days);
  return fromUtc(d);
}

/** Calendar months, clamped: 31 August + 6 months = 28/29 February. */
export function addMonths(iso: string, months: number): string {
  const d = toUtc(iso);
  const target = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + months, 1));
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(d.getUTCDate(), lastDay));
  return fromUtc(target);
}

export function daysBetween(from: string, to: string): number {
  return Math.round((toUtc(to).getTime() - toUtc(from).getTime()) / 86_400_000);
}

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

const MONTHS: Record<string, number> = {
  jan: 1, januar: 1, january: 1, feb: 2, februar: 2, february: 2, mar: 3, marts: 3, march: 3, apr: 4, april: 4,
  maj: 5, may: 5, jun: 6, juni: 6, june: 6, jul: 7, juli: 7, july: 7, aug: 8, august: 8, sep: 9, sept: 9,
  september: 9, okt: 10, oct: 10, oktober: 10, october: 10, nov: 11, november: 11, dec: 12, december: 12,
};
const WEEKDAYS: Record<string, number> = {
  søndag: 0, sunday: 0, mandag: 1, monday: 1, tirsdag: 2, tuesday: 2, onsdag: 3, wednesday: 3,
  torsdag: 4, thursday: 4, fredag: 5, friday: 5, lørdag: 6, saturday: 6,
};

/**
 * A date as volunteers type it in a chat: 2026-03-14, 14/3, 14.3.2026, 14-03-26, "14. marts",
 * "i morgen", "fredag". A date without a year is this year, or next year when it lies more than
 * two months back (so "5/1" typed in December is January). Undefined when it is not a date.
 */
export function parseDateInput(input: string, today: string): string | undefined {
  const s = input.trim().toLowerCase().replace(/^(?:den|d\.|on|the|på)\s+/, '').replace(/\s+/g, ' ');
  if (isIsoDate(s)) return s;
  const relative: Record<string, number> = { 'i dag': 0, idag: 0, today: 0, 'i morgen': 1, imorgen: 1, tomorrow: 1, 'i overmorgen': 2, overmorgen: 2 };
  if (s in relative) return addDays(today, relative[s]!);
  if (s in WEEKDAYS) {
    const todayDow = toUtc(today).getUTCDay();
    return addDays(today, ((WEEKDAYS[s]! - todayDow + 7) % 7) || 7);
  }
  let m = /^(\d{1,2})\s*[./-]\s*(\d{1,2})\.?(?:\s*[./-]\s*(\d{2}|\d{4}))?$/.exec(s);
  if (m) return build(Number(m[1]), Number(m[2]), m[3], today);
  m = /^(\d{1,2})\.?\s+([a-zæøå]+)\.?(?:\s+(\d{4}))?$/.exec(s);
  if (m && MONTHS[m[2]!]) return build(Number(m[1]), MONTHS[m[2]!]!, m[3], today);
  m = /^([a-z]+)\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?(?:\s+(\d{4}))?$/.exec(s);
  if (m && MONTHS[m[1]!]) return build(Number(m[2]), MONTHS[m[1]!]!, m[3], today);
  return undefined;
}

function build(day: number, month: number, yearText: string | undefined, today: string): string | undefined {
  const pad = (n: number) => String(n).padStart(2, '0');
  const thisYear = Number(today.slice(0, 4));
  let year = yearText === undefined ? thisYear : Number(yearText.length === 2 ? `20${yearText}` : yearText);
  let iso = `${year}-${pad(month)}-${pad(day)}`;
  if (!isIsoDate(iso)) return undefined;
  if (yearText === undefined && daysBetween(iso, today) > 60) {
    year += 1;
    iso = `${year}-${pad(month)}-${pad(day)}`;
    if (!isIsoDate(iso)) return undefined;
  }
  return iso;
}

/** A date field from a form or a chat: ISO as it comes, anything else through parseDateInput. */
export function readDate(value: unknown, reference: string): string | undefined {
  if (typeof value !== 'string') return undefined;
  const s = value.slice(0, 40);
  return isIsoDate(s) ? s : parseDateInput(s, reference);
}
