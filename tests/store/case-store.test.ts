import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CaseStore, StoredCase } from '../../src/core/workflows/case-store.js';
import { openCaseStore } from '../../src/store/open-case-store.js';
import { createTestDatabase, type TestDatabase } from '../support/postgres.js';

// The same behaviour from SQLite (two connections to one file, as two processes would have) and
// from a real PostgreSQL (two pools): each due deadline is claimed by exactly one claimant.

const T0 = Date.parse('2026-03-10T08:00:00Z');
const row = (i: number, over: Partial<StoredCase> = {}): StoredCase => ({
  id: `B-${'ABCDEFGHJK'[Math.floor(i / 100) % 10]}${String(i).padStart(5, '2').replace(/[01]/g, 'Z')}`,
  kind: 'bekymring',
  category: 'afvaergepligt',
  urgent: true,
  acute: false,
  platform: 'slack',
  volunteerId: 'U0VOL',
  lang: 'da',
  routedTo: 'mia-jandrup',
  recipients: ['mia-jandrup'],
  title: 'Bekymring – Afværgepligt',
  summary: ['Type: Afværgepligt', 'Region: Region Hovedstaden'],
  staffRefs: {},
  state: 'delivered',
  acknowledged: false,
  callRequested: false,
  level: 0,
  openedAt: T0,
  dueAt: T0 + 600_000,
  expiresAt: T0 + 14 * 86_400_000,
  ...over,
});

type Backend = { name: string; open(): Promise<[CaseStore, CaseStore]>; cleanup(): Promise<void> };
let dir: string;
let db: TestDatabase;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'hjertebot-store-'));
  db = await createTestDatabase();
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
  await db.drop();
});

const backends: Backend[] = [
  {
    name: 'SQLite',
    open: async () => [await openCaseStore({ dataDir: dir }), await openCaseStore({ dataDir: dir })],
    cleanup: async () => undefined,
  },
  {
    name: 'PostgreSQL',
    open: async () => [
      await openCaseStore({ dataDir: dir, databaseUrl: db.url }),
      await openCaseStore({ dataDir: dir, databaseUrl: db.url }),
    ],
    cleanup: async () => undefined,
  },
];

describe.each(backends)('case store on $name', (b) => {
  it('keeps a case, records the first answer once, and returns it after reopening', async () => {
    const [s1, s2] = await b.open();
    const c = row(1, { id: 'B-RSTRT1'.replace('1', '2') });
    await s1.insert(c);
    expect(await s2.get(c.id)).toEqual({ ...c });
    const first = await s1.answer(c.id, 'acknowledge', 'mia-jandrup', T0 + 1000, T0 + 7 * 86_400_000);
    const second = await s2.answer(c.id, 'acknowledge', 'mia-jandrup', T0 + 2000, T0 + 7 * 86_400_000);
    expect([first?.first, second?.first]).toEqual([true, false]);
    expect(second?.case).toMatchObject({ state: 'acknowledged', answeredBy: 'mia-jandrup', answeredAt: T0 + 1000 });
    await s1.close();
    await s2.close();
  });

  it('200 due deadlines claimed by two stores at once: each exactly once', async () => {
    const [s1, s2] = await b.open();
    const ids = Array.from(
      { length: 200 },
      (_, i) =>
        `B-${String.fromCharCode(65 + (i % 8))}${'CDEFGH'[Math.floor(i / 8) % 6]}${'JKMNPQRSTU'[Math.floor(i / 48) % 10]}XYZ`,
    );
    await Promise.all(ids.map((id, i) => s1.insert(row(i, { id, dueAt: T0 + i }))));
    const claimed: string[][] = [[], []];
    const now = T0 + 10_000;
    await Promise.all(
      [s1, s2].map(async (s, k) => {
        for (let round = 0; round < 100; round++) {
          const got = await s.claimDue(now, now + 60_000, ['slack'], 7);
          if (got.length === 0) break;
          claimed[k]!.push(...got.map((c) => c.id));
        }
      }),
    );
    const all = [...claimed[0]!, ...claimed[1]!];
    expect(all).toHaveLength(200);
    expect(new Set(all).size).toBe(200);
    // Leased: nothing is claimable again until the lease ends; then an uncompleted step is.
    expect(await s1.claimDue(now + 1, now + 60_000, ['slack'], 500)).toEqual([]);
    expect(
      await s2.completeStep(ids[0]!, 0, { level: 1, dueAt: undefined, recipients: ['mia-jandrup', 'dianna-bomholt'] }),
    ).toBe(true);
    expect(await s1.completeStep(ids[0]!, 0, { level: 1, recipients: [] })).toBe(false);
    const again = await s1.claimDue(now + 60_001, now + 120_000, ['slack'], 500);
    expect(again).toHaveLength(199);
    expect(await s1.get(ids[0]!)).toMatchObject({
      level: 1,
      state: 'escalated',
      recipients: ['mia-jandrup', 'dianna-bomholt'],
    });
    // Other platforms' deadlines are left to the processes that serve them.
    expect(await s1.claimDue(now + 200_000, now + 300_000, ['teams'], 500)).toEqual([]);
    await s1.close();
    await s2.close();
  });

  it('stores Teams conversation references by user, most recent first', async () => {
    const [s1, s2] = await b.open();
    const ref = {
      userId: '29:abc',
      channelId: 'msteams',
      serviceUrl: 'http://127.0.0.1:1/',
      conversationId: 'a:1',
      agentId: '28:bot',
    };
    await s1.references.save(ref, T0);
    await s1.references.save({ ...ref, conversationId: 'a:2' }, T0 + 1);
    await s1.references.save({ ...ref, userId: '29:def', tenantId: 't1' }, T0 + 2);
    expect(await s2.references.load(10)).toEqual([
      { ...ref, userId: '29:def', tenantId: 't1' },
      { ...ref, conversationId: 'a:2', tenantId: undefined },
    ]);
    await s1.close();
    await s2.close();
  });
});
