import type { SafetyScreen, SafetySignal } from '../screening/safety.js';
import { screenWholeText } from '../screening/screen-whole.js';
import type { DutyRoute, Lang } from '../types.js';
import { EMERGENCY_112, pick } from './texts.js';

// The free-text fields of /bekymring, /afbud and /orlov are read by the same safety screen as free
// chat, whole and before any length check: a volunteer who writes "he has saved up his pills" in
// a form has told us something that must reach a human, whatever they chose in the form.

/** Why the bot marked a case urgent, for the consultant: the kind of reason, never the words. */
export const REASON_DA: Record<SafetySignal, string> = {
  suicide: 'tegn på selvmordstanker eller -planer',
  violence: 'vold, trusler eller våben mod en person',
  child: 'et barn i fare eller mistrivsel',
  medical: 'akut sygdom (fx faldet om, vejrtrækning)',
};

export const DUTY_DA: Record<DutyRoute, string> = {
  afvaergepligt: 'afværgepligt',
  underretningspligt: 'underretningspligt',
};

/** The screen of the first field (in order) that raises a duty, with the field's name. */
export function screenFields<F extends string>(
  fields: Partial<Record<F, unknown>>,
): { field: F; screen: SafetyScreen } | undefined {
  let found: { field: F; screen: SafetyScreen } | undefined;
  for (const [field, value] of Object.entries(fields) as [F, unknown][]) {
    if (typeof value !== 'string' || !value.trim()) continue;
    const screen = screenWholeText(value);
    if (!screen.route) continue;
    if (
      !found ||
      (screen.route === 'afvaergepligt' && found.screen.route !== 'afvaergepligt') ||
      (screen.acuteDanger && !found.screen.acuteDanger)
    )
      found = { field, screen };
  }
  return found;
}

/**
 * What a form field that holds a worrying report says instead of being accepted: 112 first when
 * it sounds acute, then the way to a consultant. The afbud or leave request is not sent with it.
 */
export function concernInField(screen: SafetyScreen, lang: Lang): string {
  return [
    ...(screen.acuteDanger ? [EMERGENCY_112[lang]] : []),
    pick(
      lang,
      'Det du skrev her, lyder som en bekymring for nogen. Den skal ikke stå i denne formular: brug /bekymring, så går den direkte til din frivilligkonsulent. Skriv kun det, feltet spørger om.',
      'What you wrote here sounds like a concern about someone. It does not belong in this form: use /bekymring and it goes straight to your volunteer consultant. Write only what the field asks for.',
    ),
  ].join(' ');
}
