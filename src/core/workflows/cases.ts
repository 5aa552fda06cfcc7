import { randomBytes } from 'node:crypto';
import type { Clock } from '../ports.js';
import type { Contact, Directory, Platform, VolunteerRef } from '../types.js';
import { CASE_ID_ALPHABET, type CaseStore, type StoredCase } from './case-store.js';
import type { CaseAction, CaseKind, PlatformPorts } from './contracts.js';

/** Unanswered cases are deleted after two weeks; answered ones a week after the answer. */
export const OPEN_TTL_MS = 14 * 24 * 60 * 60 * 1000;
export const ANSWERED_TTL_MS = 7 * 24 * 60 * 60 * 1000;
const PREFIX: Record<CaseKind, string> = { afbud: 'A', orlov: 'O', bekymring: 'B' };

export interface OpenCase {
  id: string;
  kind: CaseKind;
  category?: string;
  urgent: boolean;
  acute: boolean;
  volunteer: VolunteerRef;
  routedTo: Contact;
  title: string;
  summary: string[];
  staffRef?: string;
  /** ms from now to the first ladder deadline; absent: no deadline. */
  firstDueMs?: number;
}

/**
 * Open cases: rows in the case store, plus how to reach each platform. Ports come from the
 * adapters (attachPorts) so a case opened before a restart can still be answered and escalated;
 * a case opened on a platform no adapter attached (core tests) keeps the ports it came with.
 */
export class Cases {
  private readonly platformPorts = new Map<Platform, PlatformPorts>();
  private readonly casePorts = new Map<string, PlatformPorts>();
  /** Platforms of cases opened through their own ports, with no adapter attached for them. */
  constructor(
    readonly store: CaseStore,
    private readonly clock: Clock,
  ) {}

  newId(kind: CaseKind): string {
    return `${PREFIX[kind]}-${[...randomBytes(6)].map((b) => CASE_ID_ALPHABET[b % CASE_ID_ALPHABET.length]).join('')}`;
  }

  attachPorts(platform: Platform, ports: PlatformPorts): void {
    this.platformPorts.set(platform, ports);
  }

  portsFor(c: Pick<StoredCase, 'id' | 'platform'>): PlatformPorts | undefined {
    return this.casePorts.get(c.id) ?? this.platformPorts.get(c.platform);
  }

  async open(o: OpenCase, ports: PlatformPorts): Promise<StoredCase> {
    const now = this.clock.now().getTime();
    const c: StoredCase = {
      id: o.id,
      kind: o.kind,
      category: o.category,
      urgent: o.urgent,
      acute: o.acute,
      platform: o.volunteer.platform,
      volunteerId: o.volunteer.userId,
      lang: o.volunteer.lang,
      routedTo: o.routedTo.id,
      recipients: [o.routedTo.id],
      title: o.title,
      summary: o.summary,
      staffRefs: o.staffRef ? { [o.routedTo.id]: o.staffRef } : {},
      state: 'delivered',
      acknowledged: false,
      callRequested: false,
      level: 0,
      openedAt: now,
      dueAt: o.firstDueMs === undefined ? undefined : now + o.firstDueMs,
      expiresAt: now + OPEN_TTL_MS,
    };
    if (!this.platformPorts.has(c.platform)) {
      // No adapter attached for the platform (tests, tools): this process acts on the case through the ports it came with.
      this.casePorts.set(c.id, ports);
      this.extraPlatforms.add(c.platform);
    }
    await this.store.insert(c);
    return c;
  }

  private readonly extraPlatforms = new Set<Platform>();

  /** Platforms to claim deadlines for: the attached ones and those of cases opened through their own ports. */
  claimable(): Platform[] {
    return [...new Set([...this.platformPorts.keys(), ...this.extraPlatforms])];
  }

  get(id: string): Promise<StoredCase | undefined> {
    return this.store.get(id);
  }

  answer(id: string, by: Contact, action: CaseAction): Promise<{ case: StoredCase; first: boolean } | undefined> {
    const now = this.clock.now().getTime();
    return this.store.answer(id, action, by.id, now, now + ANSWERED_TTL_MS);
  }
}

export const volunteerOf = (c: StoredCase): VolunteerRef => ({
  platform: c.platform,
  userId: c.volunteerId,
  lang: c.lang,
});

/** A contact by id; a contact removed from the directory since keeps its id as its name. */
export function contactById(directory: Directory, id: string): Contact {
  const all = [
    directory.fallback,
    ...directory.regions.map((r) => r.consultant),
    ...directory.groups.flatMap((g) => (g.tovholder ? [g.tovholder] : [])),
  ];
  return all.find((c) => c.id === id) ?? { id, name: id, role: '', phone: directory.fallback.phone, chat: {} };
}
