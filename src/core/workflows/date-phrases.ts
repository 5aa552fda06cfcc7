// Dates and lengths as volunteers type them in a chat, in Danish and English: "næste lørdag",
// "lørdag d. 12/12", "lørdag den 12.", "12. dec.", "om to uger", "et halvt år", "next Saturday",
// "12 Dec", "the 12th". Pure functions over ISO dates (YYYY-MM-DD) and a given today.

/** How a typed date was read. `weekday` means a weekday and a date were given that do not agree. */
export type DateReading =
  | { iso: string }
  | { problem: 'unreadable' }
  | { problem: 'weekday'; iso: string; weekday: number };

/** A length of time: days (weeks become days) or calendar months (years become months). */
export type Length = { days: number } | { months: number };

const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;

const MONTHS: Record<string, number> = {
  jan: 1,
  januar: 1,
  january: 1,
  feb: 2,
  febr: 2,
  februar: 2,
  february: 2,
  mar: 3,
  mrt: 3,
  marts: 3,
  march: 3,
  apr: 4,
  april: 4,
  maj: 5,
  may: 5,
  jun: 6,
  juni: 6,
  june: 6,
  jul: 7,
  juli: 7,
  july: 7,
  aug: 8,
  august: 8,
  sep: 9,
  sept: 9,
  september: 9,
  okt: 10,
  oct: 10,
  oktober: 10,
  october: 10,
  nov: 11,
  november: 11,
  dec: 12,
  december: 12,
};

const WEEKDAYS: Record<string, number> = {
  søndag: 0,
  sondag: 0,
  soendag: 0,
  søn: 0,
  sunday: 0,
  sun: 0,
  mandag: 1,
  man: 1,
  monday: 1,
  mon: 1,
  tirsdag: 2,
  tir: 2,
  tirs: 2,
  tuesday: 2,
  tue: 2,
  tues: 2,
  onsdag: 3,
  ons: 3,
  wednesday: 3,
  wed: 3,
  torsdag: 4,
  tor: 4,
  tors: 4,
  thursday: 4,
  thu: 4,
  thur: 4,
  thurs: 4,
  fredag: 5,
  fre: 5,
  friday: 5,
  fri: 5,
  lørdag: 6,
  lordag: 6,
  loerdag: 6,
  lør: 6,
  saturday: 6,
  sat: 6,
};

const NUMBERS: Record<string, number> = {
  en: 1,
  et: 1,
  én: 1,
  ét: 1,
  a: 1,
  an: 1,
  one: 1,
  to: 2,
  two: 2,
  tre: 3,
  three: 3,
  fire: 4,
  four: 4,
  fem: 5,
  five: 5,
  seks: 6,
  six: 6,
  syv: 7,
  seven: 7,
  otte: 8,
  eight: 8,
  ni: 9,
  nine: 9,
  ti: 10,
  ten: 10,
  elleve: 11,
  eleven: 11,
  tolv: 12,
  twelve: 12,
  fjorten: 14,
  fourteen: 14,
  'et par': 2,
  'a couple of': 2,
  'a few': 3,
  'et par stykker': 2,
};

const RELATIVE_DAYS: Record<string, number> = {
  'i dag': 0,
  idag: 0,
  today: 0,
  'i morgen': 1,
  imorgen: 1,
  tomorrow: 1,
  'i overmorgen': 2,
  overmorgen: 2,
  'day after tomorrow': 2,
  'the day after tomorrow': 2,
  'i går': -1,
  igår: -1,
  yesterday: -1,
  'i forgårs': -2,
  forgårs: -2,
  'the day before yesterday': -2,
  'day before yesterday': -2,
};

const UNIT = String.raw`(dag|dage|day|days|døgn|uge|uger|week|weeks|måned|måneder|maaned|maaneder|mdr|md|m|month|months|år|aar|year|years)`;
const AMOUNT = String.raw`(\d{1,3}|${Object.keys(NUMBERS)
  .sort((a, b) => b.length - a.length)
  .join('|')})`;
const LENGTH = new RegExp(`^${AMOUNT}\\s*${UNIT}\\.?$`);
const HALF_YEAR =
  /^(?:(?:et|a|one)\s+)?(?:halvt år|halvt aar|half (?:a )?year|half-year|halvår)$|^a half year$|^six months$|^seks måneder$/;
const ONE_AND_A_HALF_YEAR = /^(?:halvandet|halvandet år|halvandet aar|a year and a half|one and a half years?|1½ år)$/;

/** "et halvt år", "3 måneder", "to uger", "14 dage", "6 mdr", "half a year", "two weeks". */
export function parseLength(input: string): Length | undefined {
  const s = normalise(input).replace(/\.$/, '');
  if (HALF_YEAR.test(s)) return { months: 6 };
  if (ONE_AND_A_HALF_YEAR.test(s)) return { months: 18 };
  if (s === 'fortnight' || s === 'a fortnight') return { days: 14 };
  const m = LENGTH.exec(s);
  if (!m) return undefined;
  const n = /^\d+$/.test(m[1]!) ? Number(m[1]) : NUMBERS[m[1]!];
  if (!n) return undefined;
  const unit = m[2]!;
  if (/^(dag|dage|day|days|døgn)$/.test(unit)) return { days: n };
  if (/^(uge|uger|week|weeks)$/.test(unit)) return { days: 7 * n };
  if (/^(år|aar|year|years)$/.test(unit)) return { months: 12 * n };
  return { months: n };
}

/** Reads a typed date relative to `today`. A date without a year is this year, or next year when it lies more than two months back. */
export function readDatePhrase(input: string, today: string): DateReading {
  const s = withoutFillers(normalise(input));
  const unreadable = { problem: 'unreadable' } as const;
  if (s.length === 0 || s.length > 60) return unreadable;
  if (ISO.test(s)) return isIsoDate(s) ? { iso: s } : unreadable;
  if (s in RELATIVE_DAYS) return { iso: addDays(today, RELATIVE_DAYS[s]!) };

  // "om to uger", "in 3 days", "two weeks from now", "om et halvt år"
  const ahead = /^(?:om|in)\s+(.+)$/.exec(s) ?? /^(.+?)\s+(?:from now|from today|fra nu|fra i dag|herfra)$/.exec(s);
  if (ahead) {
    const length = parseLength(ahead[1]!);
    return length ? { iso: addLength(today, length) } : unreadable;
  }

  // A weekday, perhaps with "næste"/"next"/"på", "i næste uge"/"next week", or a date after it.
  const wd = /^(?:(?:næste|naeste|kommende|denne|next|this|coming|på|pa|paa|on)\s+)?([a-zæøå]+)\.?,?(?:\s+(.*))?$/.exec(
    s,
  );
  if (wd && WEEKDAYS[wd[1]!] !== undefined) {
    const weekday = WEEKDAYS[wd[1]!]!;
    const rest = wd[2] === undefined ? '' : withoutFillers(wd[2]);
    if (rest === '') return { iso: nextWeekday(today, weekday) };
    if (/^(?:i næste uge|i naeste uge|næste uge|next week|om en uge|in a week)$/.test(rest))
      return { iso: weekdayNextWeek(today, weekday) };
    if (/^(?:i denne uge|denne uge|this week|i den her uge)$/.test(rest))
      return { iso: weekdayThisWeek(today, weekday) };
    const day = dayOnly(rest);
    if (day !== undefined) {
      const iso = nextDayOfMonth(today, day, weekday);
      return iso ? { iso } : unreadable;
    }
    const date = calendarDate(rest, today);
    if (!date) return unreadable;
    return weekdayOf(date) === weekday ? { iso: date } : { problem: 'weekday', iso: date, weekday };
  }

  const day = dayOnly(s);
  if (day !== undefined) {
    const iso = nextDayOfMonth(today, day);
    return iso ? { iso } : unreadable;
  }
  const date = calendarDate(s, today);
  return date ? { iso: date } : unreadable;
}

export function addLength(from: string, length: Length): string {
  return 'days' in length ? addDays(from, length.days) : addMonths(from, length.months);
}

function normalise(input: string): string {
  return input
    .normalize('NFC')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .replace(/[?!]+$/, '')
    .trim();
}

/** "på", "den", "d.", "on the", "til", "fra" before a date say nothing about it. */
function withoutFillers(s: string): string {
  let out = s;
  for (let i = 0; i < 3; i++)
    out = out.replace(/^(?:på|paa|on|the|den|d\.|d|til|fra|from|for|by|until|ca\.?|omkring)\s+/, '');
  return out;
}

/** "12.", "den 12.", "the 12th", "12th": a day of the month alone. */
function dayOnly(s: string): number | undefined {
  const m = /^(?:den |d\. ?|the )?(\d{1,2})(?:\.|st|nd|rd|th|te|ende)$/.exec(s);
  if (!m) return undefined;
  const n = Number(m[1]);
  return n >= 1 && n <= 31 ? n : undefined;
}

/** 14/3, 14.3.2026, 14-03-26, 12/12-2026, "14. marts", "14 march 2026", "March 14th, 2026", "the 14th of March". */
function calendarDate(s: string, today: string): string | undefined {
  let m = /^(\d{1,2})\s*[./-]\s*(\d{1,2})\.?(?:\s*[./-]?\s*(\d{2}|\d{4}))?$/.exec(s);
  if (m) return build(Number(m[1]), Number(m[2]), m[3], today);
  m = /^(?:den |d\. ?|the )?(\d{1,2})(?:\.|st|nd|rd|th)?\s+(?:of\s+)?([a-zæøå]+)\.?,?(?:\s+(\d{4}))?$/.exec(s);
  if (m && MONTHS[m[2]!]) return build(Number(m[1]), MONTHS[m[2]!]!, m[3], today);
  m = /^([a-z]+)\.?\s+(?:the\s+)?(\d{1,2})(?:st|nd|rd|th)?,?(?:\s+(\d{4}))?$/.exec(s);
  if (m && MONTHS[m[1]!]) return build(Number(m[2]), MONTHS[m[1]!]!, m[3], today);
  return undefined;
}

function build(day: number, month: number, yearText: string | undefined, today: string): string | undefined {
  const thisYear = Number(today.slice(0, 4));
  const year = yearText === undefined ? thisYear : Number(yearText.length === 2 ? `20${yearText}` : yearText);
  const iso = isoOf(year, month, day);
  if (!isIsoDate(iso)) return undefined;
  if (yearText === undefined && daysBetween(iso, today) > 60) {
    const next = isoOf(year + 1, month, day);
    return isIsoDate(next) ? next : undefined;
  }
  return iso;
}

/** The next `day` of a month from today on (today included), on `weekday` if given; within 14 months. */
function nextDayOfMonth(today: string, day: number, weekday?: number): string | undefined {
  const [y, m] = [Number(today.slice(0, 4)), Number(today.slice(5, 7))];
  for (let i = 0; i < 14; i++) {
    const month0 = m - 1 + i;
    const iso = isoOf(y + Math.floor(month0 / 12), (month0 % 12) + 1, day);
    if (!isIsoDate(iso) || iso < today) continue;
    if (weekday === undefined || weekdayOf(iso) === weekday) return iso;
  }
  return undefined;
}

/** The coming weekday; today's own weekday means a week from today. */
function nextWeekday(today: string, weekday: number): string {
  return addDays(today, (weekday - weekdayOf(today) + 7) % 7 || 7);
}

/** That weekday in the calendar week (Monday first) after this one. */
function weekdayNextWeek(today: string, weekday: number): string {
  return addDays(weekdayThisWeek(today, weekday), 7);
}

function weekdayThisWeek(today: string, weekday: number): string {
  const mondayBased = (d: number) => (d + 6) % 7;
  return addDays(today, mondayBased(weekday) - mondayBased(weekdayOf(today)));
}

// ---- calendar helpers (UTC dates, no time of day) ----

const pad = (n: number) => String(n).padStart(2, '0');
const isoOf = (y: number, m: number, d: number) => `${y}-${pad(m)}-${pad(d)}`;
const toUtc = (iso: string) => {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d));
};
const fromUtc = (d: Date) => d.toISOString().slice(0, 10);

export function isIsoDate(s: string): boolean {
  const m = ISO.exec(s);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}

export const weekdayOf = (iso: string): number => toUtc(iso).getUTCDay();

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
