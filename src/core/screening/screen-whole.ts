import { type SafetyScreen, type SafetySignal, screenForSafety } from './safety.js';

// Every text a volunteer writes is screened whole, before any length limit: a story of 6,000
// characters with a suicide plan in its last line must be routed, not refused as "too long".
// The screen is one pass up to WINDOW characters (more than Slack or Teams ever sends in one
// message, a few ms for a real story). Longer pastes are read in overlapping windows, so the
// cost stays linear and no part goes unread.

const WINDOW = 40_000;
const OVERLAP = 2_000;

export function screenWholeText(text: string): SafetyScreen {
  if (text.length <= WINDOW) return screenForSafety(text);
  const screens: SafetyScreen[] = [];
  for (let at = 0; at < text.length; at += WINDOW - OVERLAP) screens.push(screenForSafety(text.slice(at, at + WINDOW)));
  return strongest(screens);
}

/** Life before a child's wellbeing: afværgepligt wins; acute if any part is acute. */
export function strongest(screens: readonly SafetyScreen[]): SafetyScreen {
  const routed = screens.filter((s) => s.route);
  if (routed.length === 0)
    return {
      route: null,
      acuteDanger: false,
      signals: [],
      ...(screens.some((s) => s.setAside) ? { setAside: true } : {}),
    };
  const route = routed.some((s) => s.route === 'afvaergepligt') ? 'afvaergepligt' : 'underretningspligt';
  const signals = [...new Set<SafetySignal>(routed.flatMap((s) => s.signals))];
  return { route, acuteDanger: routed.some((s) => s.acuteDanger), signals };
}
