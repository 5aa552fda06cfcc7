import type { Contact, Directory } from '../types.js';

// The escalation ladder for an unanswered /bekymring, in one place.
//
// Level 0: the case goes to the region's consultant. When no one has acknowledged (or asked the
// volunteer to call) by the first deadline, the consultant is reminded and the next contact in the
// chain (the fallback, the project leader) is alerted; that contact gets a deadline of its own, the
// same length, and so on down the chain. After the last contact, one more deadline reminds everyone
// and gives the volunteer every phone number.
//
// Defaults as the operators asked for them (issue 11, 2026-12-07; the old single deadline was 30
// minutes for every kind): acute and duty cases 10 minutes a level, other kinds 60 minutes.
// BEKYMRING_ACK_MINUTES, when set, is the first deadline for every kind (fractions allowed, for
// drills and tests); later levels keep the same spacing relative to it.

export const LADDER = {
  /** Minutes to the first deadline. */
  firstMinutes: { urgent: 10, other: 60 },
  /** Each later level waits this many times the first deadline. */
  spacing: 1,
} as const;

export interface CaseLadder {
  /** Minutes from delivery to the first deadline. */
  firstMinutes: number;
  /** ms from delivery to the deadline that ends level `level` (0-based). */
  dueAfterMs(level: number): number;
}

export function ladderFor(urgent: boolean, ackMinutesOverride?: number): CaseLadder {
  const firstMinutes = ackMinutesOverride ?? (urgent ? LADDER.firstMinutes.urgent : LADDER.firstMinutes.other);
  const first = Math.round(firstMinutes * 60_000);
  return { firstMinutes, dueAfterMs: (level) => first + Math.round(level * LADDER.spacing * first) };
}

/** Who is asked at each level: the contact routed to, then the fallback (unless it is the same person). */
export function escalationChain(routedTo: Contact, directory: Directory): Contact[] {
  return routedTo.id === directory.fallback.id ? [routedTo] : [routedTo, directory.fallback];
}

/** "10 minutter", "1 minut", "6 sekunder" (Danish) / "10 minutes", "6 seconds". */
export function duration(minutes: number, lang: 'da' | 'en'): string {
  if (minutes < 1) {
    const s = Math.max(1, Math.round(minutes * 60));
    return lang === 'en' ? `${s} second${s === 1 ? '' : 's'}` : `${s} sekund${s === 1 ? '' : 'er'}`;
  }
  const m = Number.isInteger(minutes) ? String(minutes) : minutes.toFixed(1).replace('.', lang === 'en' ? '.' : ',');
  return lang === 'en' ? `${m} minute${minutes === 1 ? '' : 's'}` : `${m} minut${minutes === 1 ? '' : 'ter'}`;
}
