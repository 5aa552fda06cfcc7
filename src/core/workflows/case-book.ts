import { randomBytes } from 'node:crypto';
import type { Clock } from '../ports.js';
import type { Contact, VolunteerRef } from '../types.js';
import type { CaseAction, CaseKind, PlatformPorts } from './contracts.js';

// Open cases, in memory only: ids, who it went to, and the metadata lines (date, period, kind)
// needed to redraw the staff message after a button press. Never the volunteer's free text.
// A restart forgets every case; buttons on old messages then answer "unknown case".

export interface CaseRecord {
  id: string;
  kind: CaseKind;
  volunteer: VolunteerRef;
  ports: PlatformPorts;
  routedTo: Contact;
  urgent: boolean;
  openedAt: Date;
  title: string;
  /** Metadata lines only; no free text. */
  summary: string[];
  acknowledged: boolean;
  /** A call request answers the case too (no fallback alert), but it still awaits an acknowledgement. */
  callRequested: boolean;
  /** Who answered last, and when. */
  answeredBy?: Contact;
  answeredAt?: Date;
  cancelDeadline?: () => void;
  cancelExpiry?: () => void;
}

/** Unanswered cases are forgotten after two weeks; answered ones a week after the answer. */
const OPEN_TTL_MS = 14 * 24 * 60 * 60 * 1000;
const ANSWERED_TTL_MS = 7 * 24 * 60 * 60 * 1000;
const PREFIX: Record<CaseKind, string> = { afbud: 'A', orlov: 'O', bekymring: 'B' };
// No 0/O, 1/I/L: ids are read aloud on the phone.
const ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';

export class CaseBook {
  private readonly cases = new Map<string, CaseRecord>();

  constructor(private readonly clock: Clock) {}

  newId(kind: CaseKind): string {
    for (;;) {
      const bytes = randomBytes(6);
      const id = `${PREFIX[kind]}-${[...bytes].map((b) => ALPHABET[b % ALPHABET.length]).join('')}`;
      if (!this.cases.has(id)) return id;
    }
  }

  open(record: Omit<CaseRecord, 'acknowledged' | 'callRequested' | 'openedAt'>, deadline?: { ms: number; onMissed: (c: CaseRecord) => void }): CaseRecord {
    const c: CaseRecord = { ...record, acknowledged: false, callRequested: false, openedAt: this.clock.now() };
    this.cases.set(c.id, c);
    c.cancelExpiry = this.clock.setTimer(OPEN_TTL_MS, () => this.forget(c.id));
    if (deadline) {
      c.cancelDeadline = this.clock.setTimer(deadline.ms, () => {
        c.cancelDeadline = undefined;
        if (this.cases.get(c.id) === c && !c.acknowledged && !c.callRequested) deadline.onMissed(c);
      });
    }
    return c;
  }

  get(id: string): CaseRecord | undefined {
    return this.cases.get(id);
  }

  /** Records an answer; false when this answer was already given (a second press). */
  markAnswered(c: CaseRecord, by: Contact, action: CaseAction): boolean {
    if (action === 'acknowledge' ? c.acknowledged : c.callRequested) return false;
    if (action === 'acknowledge') c.acknowledged = true;
    else c.callRequested = true;
    c.answeredBy = by;
    c.answeredAt = this.clock.now();
    c.cancelDeadline?.();
    c.cancelDeadline = undefined;
    c.cancelExpiry?.();
    c.cancelExpiry = this.clock.setTimer(ANSWERED_TTL_MS, () => this.forget(c.id));
    return true;
  }

  get size(): number {
    return this.cases.size;
  }

  /** Cancels every timer and forgets every case (shutdown, tests). */
  clear(): void {
    for (const c of this.cases.values()) {
      c.cancelDeadline?.();
      c.cancelExpiry?.();
    }
    this.cases.clear();
  }

  private forget(id: string): void {
    const c = this.cases.get(id);
    c?.cancelDeadline?.();
    this.cases.delete(id);
  }
}
