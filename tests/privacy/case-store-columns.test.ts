import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import Database from 'better-sqlite3';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseConfig } from '../../src/config.js';
import { createCore } from '../../src/core/create-core.js';
import { type KnowledgeBase, loadKnowledge } from '../../src/core/knowledge/knowledge-base.js';
import { createLogger } from '../../src/logger.js';
import { openCaseStore } from '../../src/store/open-case-store.js';
import { FakeClock, RecordingPorts } from '../core/workflows/support.js';
import { directoryWithChatIds } from '../support/directory-with-ids.js';
import { createTestDatabase, type TestDatabase } from '../support/postgres.js';
import { seedDir } from '../support/seed.js';

// Zero retention in the case store: every workflow run with a canary in everything a volunteer can
// type, then every column of every table is read back. No value may hold the canary, and every
// value must have the shape of metadata (ids, numbers, fixed labels), not of free text.

const ROOT = resolve(import.meta.dirname, '../..');
// Letters only: hex sometimes holds eight digits in a row, which the phone screen rightly strips.
const CANARY = `canary${[...randomBytes(16)].map((b) => String.fromCharCode(97 + (b % 26))).join('')}`;
let dir: string;
let db: TestDatabase;
let knowledge: KnowledgeBase;
let directoryFile: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'hjertebot-columns-'));
  db = await createTestDatabase();
  knowledge = await loadKnowledge({
    knowledgeDir: join(ROOT, 'knowledge'),
    dataDir: join(dir, 'kb'),
    seedDir: seedDir(),
    logger: createLogger('silent'),
  });
  directoryFile = await directoryWithChatIds();
}, 60_000);
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
  await db.drop();
});

const LABEL_LINE = /^(Type|Region|Periode|Vagt|Gruppe|Akut fare): [\p{L}\d ,.()–-]+$/u;
const TITLE = /^(Afbud til vagt|Anmodning om orlov|Bekymring – [\p{L} ,–-]+)$/u;
const ID_LIKE = /^[\w:.\-/]*$/;

/** Why a value is not metadata-shaped, or undefined when it is. */
function notMetadata(table: string, column: string, value: unknown): string | undefined {
  if (value === null || typeof value === 'number' || typeof value === 'bigint') return undefined;
  const s = String(value);
  if (s.includes(CANARY)) return 'holds the canary';
  if (table === 'cases' && column === 'title') return TITLE.test(s) ? undefined : 'not a known title';
  if (table === 'cases' && column === 'summary')
    return (JSON.parse(s) as string[]).every((l) => LABEL_LINE.test(l))
      ? undefined
      : 'a summary line is not a label line';
  if (table === 'cases' && column === 'staff_refs')
    return Object.entries(JSON.parse(s) as Record<string, string>).every(([k, v]) => ID_LIKE.test(k) && ID_LIKE.test(v))
      ? undefined
      : 'not ids';
  if (table === 'cases' && column === 'recipients')
    return s.split(',').every((x) => ID_LIKE.test(x)) ? undefined : 'not ids';
  return ID_LIKE.test(s) ? undefined : 'not id-shaped';
}

async function runEveryWorkflow(backend: { databaseUrl?: string; dataDir: string }): Promise<void> {
  const clock = new FakeClock('2026-03-10T09:00:00+01:00');
  const config = parseConfig({
    DATA_DIR: backend.dataDir,
    KNOWLEDGE_DIR: join(ROOT, 'knowledge'),
    DIRECTORY_FILE: directoryFile,
  });
  const caseStore = await openCaseStore(backend);
  const core = await createCore({ config, logger: createLogger('silent'), knowledge, clock, caseStore });
  const ports = new RecordingPorts();
  const volunteer = { platform: 'slack' as const, userId: 'U0VOLUNTEER', lang: 'da' as const };
  const afbud = await core.afbud(
    {
      volunteer,
      date: '2026-03-12',
      shift: `formiddag ${CANARY}`,
      groupId: 'hovedstaden-hospital',
      partnerUserId: `U-${CANARY}`,
    },
    ports,
  );
  const orlov = await core.orlov({ volunteer, regionId: 'syddanmark', startDate: '2026-04-01', months: 3 }, ports);
  const urgent = await core.bekymring(
    {
      volunteer,
      acuteDanger: true,
      kind: 'afvaergepligt',
      regionId: 'hovedstaden',
      freeText: `${CANARY} Jens Hansen 010203-1234`,
    },
    ports,
  );
  await core.bekymring(
    {
      volunteer: { ...volunteer, lang: 'en' },
      acuteDanger: false,
      kind: 'sparring',
      regionId: 'midt',
      freeText: CANARY,
    },
    ports,
  );
  const failing = new RecordingPorts();
  failing.failFor.add('kirsten-magaard');
  await core.bekymring(
    { volunteer, acuteDanger: false, kind: 'underretningspligt', regionId: 'syd', freeText: CANARY },
    failing,
  );
  if (!afbud.ok || !orlov.ok || !urgent.ok) throw new Error('expected ok');
  await core.caseAction(afbud.caseId, 'acknowledge', { platform: 'slack', userId: 'U0MIA' });
  await core.caseAction(orlov.caseId, 'call_me', { platform: 'slack', userId: 'U0KIRSTEN' });
  await core.caseAction(`${afbud.caseId}${CANARY}`, 'acknowledge', { platform: 'slack', userId: CANARY });
  await core.references.save(
    {
      userId: '29:volunteer',
      channelId: 'msteams',
      serviceUrl: 'https://smba.trafficmanager.net/emea/',
      conversationId: 'a:1xyz',
      agentId: '28:bot',
      tenantId: 'tenant-1',
    },
    clock.now().getTime(),
  );
  // Both ladder levels pass, and the fallback answers one of them.
  await clock.advance(70 * 60_000);
  await core.caseAction(urgent.caseId, 'acknowledge', { platform: 'slack', userId: 'U0DIANNA' });
  await clock.advance(70 * 60_000);
  expect(ports.deliveries.some((d) => d.lines.join(' ').includes(CANARY))).toBe(true); // it did reach the consultant
  await core.close();
}

function expectOnlyMetadata(tables: Record<string, Record<string, unknown>[]>): void {
  expect(Object.keys(tables).sort()).toEqual(['cases', 'chat_references', 'schema_version']);
  expect(tables.cases!.length).toBeGreaterThanOrEqual(5);
  const problems: string[] = [];
  for (const [table, rows] of Object.entries(tables))
    for (const r of rows)
      for (const [column, value] of Object.entries(r)) {
        const why = notMetadata(table, column, value);
        if (why) problems.push(`${table}.${column}: ${why}`);
      }
  expect(problems).toEqual([]);
}

describe('zero retention in the case store: every column of every table', () => {
  it('SQLite in DATA_DIR', async () => {
    const dataDir = join(dir, 'sqlite');
    await runEveryWorkflow({ dataDir });
    const sqlite = new Database(join(dataDir, 'cases.sqlite'), { readonly: true });
    const names = (
      sqlite.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").all() as { name: string }[]
    ).map((t) => t.name);
    const tables = Object.fromEntries(
      names.map((n) => [n, sqlite.prepare(`SELECT * FROM ${n}`).all() as Record<string, unknown>[]]),
    );
    sqlite.close();
    expectOnlyMetadata(tables);
  }, 60_000);

  it('PostgreSQL', async () => {
    await runEveryWorkflow({ dataDir: join(dir, 'pg'), databaseUrl: db.url });
    const client = new pg.Client({ connectionString: db.url });
    await client.connect();
    try {
      const names = (
        await client.query<{ table_name: string }>(
          "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public'",
        )
      ).rows.map((r) => r.table_name);
      const tables: Record<string, Record<string, unknown>[]> = {};
      for (const n of names) tables[n] = (await client.query(`SELECT * FROM ${n}`)).rows as Record<string, unknown>[];
      expectOnlyMetadata(tables);
    } finally {
      await client.end();
    }
  }, 60_000);

  it('the check can fail: free text in a column is caught', () => {
    expect(
      notMetadata('cases', 'summary', JSON.stringify(['Type: Afværgepligt', `Beskrivelse: ${CANARY}`])),
    ).toBeDefined();
    expect(notMetadata('cases', 'volunteer_id', 'hun sagde at')).toBe('not id-shaped');
    expect(
      notMetadata('cases', 'title', 'Bekymring – Afværgepligt – livsfare eller alvorlig forbrydelse'),
    ).toBeUndefined();
  });
});
