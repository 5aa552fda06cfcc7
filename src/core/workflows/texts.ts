import { clip } from '../clip.js';
import type { Contact, Lang } from '../types.js';

// Sentences shared by the workflows, Danish first.

export const pick = <T>(lang: Lang, da: T, en: T): T => (lang === 'en' ? en : da);

/** "Mia Jandrup (Frivilligkonsulent, Region Hovedstaden)" */
export const named = (c: Contact): string => (c.role ? `${c.name} (${c.role})` : c.name);

export const callLine = (c: Contact, lang: Lang): string =>
  pick(lang, `Ring til ${c.name} på ${c.phone}.`, `Call ${c.name} on ${c.phone}.`);

export const EMERGENCY_112 = {
  da: 'Er nogen i akut fare lige nu, så ring 112 med det samme. Bliv hos personen, hvis det er trygt, og sig det til personalet på afdelingen.',
  en: 'If anyone is in immediate danger right now, call 112 at once. Stay with the person if it is safe, and tell the staff on the ward.',
} as const;

export const NO_PERSONAL_DATA_HINT = {
  da: 'Skriv ikke navne, CPR-numre eller telefonnumre – konsulenten ringer til dig for detaljerne.',
  en: 'Do not write names, CPR numbers or phone numbers – the consultant will call you for the details.',
} as const;

/** Hours and minutes in Danish time, for staff messages. */
export function clockTime(date: Date): string {
  return new Intl.DateTimeFormat('da-DK', { timeZone: 'Europe/Copenhagen', hour: '2-digit', minute: '2-digit' }).format(
    date,
  );
}

/** Volunteer-typed short fields (shift names) made safe to show: one line, bounded. */
export function oneLine(text: string, max: number): string {
  const flat = text
    .replace(/[\u0000-\u001f\u007f-\u009f]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  return clip(flat, max);
}
