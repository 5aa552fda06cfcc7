import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { Writable } from 'node:stream';
import { loadDirectory, parseDirectory } from '../../../src/core/directory/load-directory.js';
import { allContacts } from '../../../src/core/directory/lookup.js';
import type { Clock } from '../../../src/core/ports.js';
import { allowanceFor } from '../../../src/core/screening/allowance.js';
import { createPersonalDataScreen } from '../../../src/core/screening/personal-data.js';
import type { Chunk, Directory, Lang, VolunteerRef } from '../../../src/core/types.js';
import { Cases } from '../../../src/core/workflows/cases.js';
import type { Delivery, PlatformPorts } from '../../../src/core/workflows/contracts.js';
import { startDeadlinePoller } from '../../../src/core/workflows/deadline-poller.js';
import type { WorkflowDeps } from '../../../src/core/workflows/deps.js';
import { createLogger, type Logger } from '../../../src/logger.js';
import { sqlCaseStore } from '../../../src/store/sql-case-store.js';
import { MIGRATIONS } from '../../../src/store/sql-db.js';
import { openSqlite } from '../../../src/store/sqlite-db.js';

export const ROOT = resolve(import.meta.dirname, '../../..');

/** A clock the test moves by hand; timers fire in order when their time comes. */
export class FakeClock implements Clock {
  private t: number;
  private timers: { at: number; fn: () => void; id: number }[] = [];
  private seq = 0;
  constructor(iso = '2026-03-10T09:00:00+01:00') {
    this.t = Date.parse(iso);
  }
  now = (): Date => new Date(this.t);
  setTimer = (ms: number, fn: () => void): (() => void) => {
    const id = ++this.seq;
    this.timers.push({ at: this.t + ms, fn, id });
    return () => {
      this.timers = this.timers.filter((x) => x.id !== id);
    };
  };
  get pending(): number {
    return this.timers.length;
  }
  /** Moves time forward, firing due timers, and lets the async work they start settle. */
  async advance(ms: number): Promise<void> {
    const until = this.t + ms;
    for (;;) {
      const due = this.timers.filter((x) => x.at <= until).sort((a, b) => a.at - b.at)[0];
      if (!due) break;
      this.timers = this.timers.filter((x) => x !== due);
      this.t = due.at;
      due.fn();
      await settle();
    }
    this.t = until;
    await settle();
  }
}

export const settle = async () => {
  for (let i = 0; i < 20; i++) await new Promise<void>((r) => setImmediate(r));
};

/** Ports that record what the core sent; failures are switched on per recipient. */
export class RecordingPorts implements PlatformPorts {
  deliveries: Delivery[] = [];
  volunteerNotices: { volunteer: VolunteerRef; text: string }[] = [];
  userNotices: { userId: string; text: string }[] = [];
  failFor = new Set<string>();
  failVolunteerNotices = false;
  async deliver(d: Delivery) {
    if (this.failFor.has(d.to.id))
      throw Object.assign(new Error(`channel_not_found for ${d.to.name}`), { code: 'slack_webapi_platform_error' });
    this.deliveries.push(d);
    return { ref: `C1:${this.deliveries.length}` };
  }
  async notifyVolunteer(volunteer: VolunteerRef, text: string) {
    if (this.failVolunteerNotices) throw new Error('not_in_channel');
    this.volunteerNotices.push({ volunteer, text });
  }
  async notifyUser(userId: string, text: string) {
    this.userNotices.push({ userId, text });
  }
}

export const volunteer = (lang: Lang = 'da'): VolunteerRef => ({ platform: 'slack', userId: 'U0VOLUNTEER', lang });

/** The shipped directory, each person given a Slack id from their first name (Mia Jandrup → U0MIA): only recipients may press. */
export async function realDirectory(): Promise<Directory> {
  const directory = await loadDirectory(resolve(ROOT, 'config/directory.json'));
  for (const c of allContacts(directory)) c.chat.slack ||= `U0${c.name.split(' ')[0]!.toUpperCase()}`;
  return directory;
}

/** The real directory plus one group with a tovholder (the shipped file has none yet). */
export function directoryWithTovholder(): Directory {
  const json = JSON.parse(readFileSync(resolve(ROOT, 'config/directory.json'), 'utf8')) as {
    contacts: unknown[];
    groups: unknown[];
  };
  json.contacts.push({
    id: 'test-tovholder',
    name: 'Test Tovholder',
    role: 'Tovholder',
    phone: '+45 40 00 00 01',
    chat: { slack: 'U0TOVHOLDER' },
  });
  json.groups.push({
    id: 'test-hospital',
    name: 'Testhospitalet, Kardiologisk afdeling',
    regionId: 'hovedstaden',
    tovholder: 'test-tovholder',
    aliases: ['testhospitalet'],
  });
  return parseDirectory(json, 'test');
}

/** Handbook paragraphs as chunks, read from the real file: enough to quote clauses from. */
export function handbookChunks(): Chunk[] {
  const text = readFileSync(resolve(ROOT, 'knowledge/haandbog-frivillig-stoette.txt'), 'utf8');
  const paragraphs = text
    .split(/\n\s*\n/)
    .map((p) => p.replace(/\s+/g, ' ').trim())
    .filter(Boolean);
  return paragraphs.map((p, i) => ({
    id: `h#${i}`,
    doc: 'haandbog-frivillig-stoette',
    title: 'Håndbog for frivillige støtter',
    section: sectionFor(p),
    text: p,
  }));
}
const sectionFor = (p: string) =>
  /orlov/i.test(p)
    ? 'Orlov – hvis du har brug for en pause'
    : /vagt/i.test(p)
      ? 'Vagtskema, koordinering og aflysning af vagt'
      : '';

/** A logger whose every line is kept, to prove what is and is not logged. */
export function capturingLogger(): { logger: Logger; lines: () => string } {
  const chunks: string[] = [];
  const sink = new Writable({
    write(chunk, _enc, cb) {
      chunks.push(String(chunk));
      cb();
    },
  });
  return { logger: createLogger('debug', sink), lines: () => chunks.join('') };
}

export function workflowDeps(
  over: Partial<WorkflowDeps> & { directory: Directory; clock?: FakeClock },
): WorkflowDeps & { clock: FakeClock } {
  const clock = over.clock ?? new FakeClock();
  const deps = {
    logger: createLogger('silent'),
    cases: new Cases(memoryStore(), clock),
    chunks: handbookChunks(),
    screenPersonalData: createPersonalDataScreen(allowanceFor(over.directory)),
    ...over,
    clock,
  };
  // Deadlines fire as the fake clock is advanced, through the poller the core runs (polled each
  // fake minute: deadlines here are whole minutes, and long advances stay cheap).
  startDeadlinePoller(deps, { pollMs: 60_000 });
  return deps;
}

/** A real SQLite case store in memory (migrating SQLite is synchronous underneath). */
export function memoryStore() {
  const db = openSqlite(':memory:');
  void db.migrate(MIGRATIONS);
  return sqlCaseStore(db);
}
