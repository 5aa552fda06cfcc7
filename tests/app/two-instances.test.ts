import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ACTION, CALLBACK } from '../../src/adapters/slack/ids.js';
import { type BotProcess, killBot, startBotProcess } from '../support/bot-process.js';
import { createTestDatabase, type TestDatabase } from '../support/postgres.js';
import { bekymringValues, blockAction, viewSubmission } from '../support/slack-fixtures.js';
import { asInteraction } from '../support/slack-signing.js';
import { dmTo, PEOPLE, sendSlack, slackText, startTwoPlatforms, type TwoPlatforms } from './two-platforms.js';

// Two bot processes on one real PostgreSQL, 50 urgent cases, each process SIGKILLed at random
// and restarted while the deadlines fall due. Every ladder step (level 1: the fallback alerted;
// level 2: everyone reminded) must reach each volunteer once. A step is repeated only when the
// process that took it was killed between sending and recording it; it is then taken again after
// the lease (60 s) by whichever process is alive: never lost, and such repeats are counted.

const CASES = 50;
const volunteers = Array.from({ length: CASES }, (_, i) => `U0PGVOL${String(i).padStart(3, '0')}`);
let db: TestDatabase;
let p: TwoPlatforms;
const bots: (BotProcess | undefined)[] = [undefined, undefined];
const killedLogs: Record<string, unknown>[][] = [];

beforeAll(async () => {
  db = await createTestDatabase();
  p = await startTwoPlatforms({ DATABASE_URL: db.url, BEKYMRING_ACK_MINUTES: '0.1' });
});
afterAll(async () => {
  for (const b of bots) await killBot(b);
  await p.close();
  await db.drop();
});

const envFor = (k: number) => ({ ...p.env, DATA_DIR: `${p.env.DATA_DIR}-${k}` });
const count = (volunteer: string, phrase: string) =>
  p.slack.calls.filter((c) => dmTo(volunteer)(c) && slackText(c).includes(phrase)).length;

async function unfinished(client: pg.Client): Promise<number> {
  const r = await client.query<{ n: string }>(
    'SELECT count(*) AS n FROM cases WHERE due_at IS NOT NULL OR lease_until IS NOT NULL',
  );
  return Number(r.rows[0]!.n);
}

describe('two instances on one PostgreSQL', () => {
  it('50 urgent cases, processes killed at random: every deadline fires, once unless its step was cut', async () => {
    bots[0] = await startBotProcess(envFor(0));
    bots[1] = await startBotProcess(envFor(1));
    await Promise.all(
      volunteers.map((v, i) =>
        sendSlack(
          bots[i % 2]!.url,
          asInteraction(viewSubmission(CALLBACK.bekymring, bekymringValues('no', 'hovedstaden'), { userId: v })),
        ),
      ),
    );
    await p.slack.until(
      () => p.slack.calls.filter(dmTo(PEOPLE.consultantHovedstaden)).length >= CASES,
      30_000,
      'every case delivered',
    );

    const client = new pg.Client({ connectionString: db.url });
    await client.connect();
    try {
      // Kill one process at a time at random moments while the two ladder levels fall due (6 s and 12 s).
      const until = Date.now() + 16_000;
      let kills = 0;
      while (Date.now() < until && kills < 8) {
        await new Promise((r) => setTimeout(r, 500 + Math.random() * 2000));
        const k = Math.random() < 0.5 ? 0 : 1;
        bots[k]!.child.kill('SIGKILL');
        await bots[k]!.exited;
        killedLogs.push(bots[k]!.logs);
        kills += 1;
        bots[k] = await startBotProcess(envFor(k));
      }
      expect(kills).toBeGreaterThan(0);
      // Quiescent: no deadline left and no step leased (a cut step is retaken after its lease).
      for (let i = 0; i < 600 && (await unfinished(client)) > 0; i++) await new Promise((r) => setTimeout(r, 250));
      expect(await unfinished(client)).toBe(0);
      const levels = await client.query<{ level: number; n: string }>(
        'SELECT level, count(*) AS n FROM cases GROUP BY level',
      );
      expect(levels.rows.map((r) => [r.level, Number(r.n)])).toEqual([[2, CASES]]);
    } finally {
      await client.end();
    }

    // Steps a killed process began but did not record: only these may have been sent twice. The
    // audit line comes before the step is recorded, so "recorded" is what marks a step finished.
    const cut = new Set<string>();
    for (const logs of killedLogs) {
      const started = logs
        .filter((l) => l.event === 'deadline_step')
        .map((l) => `${String(l.caseId)}:${String(l.level)}`);
      const done = new Set(
        logs.filter((l) => l.event === 'deadline_step_recorded').map((l) => `${String(l.caseId)}:${String(l.level)}`),
      );
      for (const s of started) if (!done.has(s)) cut.add(s);
    }
    const caseOf = new Map<string, string>();
    for (const c of p.slack.calls.filter(dmTo(PEOPLE.consultantHovedstaden))) {
      const m = /B-[A-Z2-9]{6}/.exec(slackText(c));
      const v = volunteers.find((x) => slackText(c).includes(x));
      if (m && v) caseOf.set(v, m[0]);
    }
    let repeats = 0;
    for (const v of volunteers) {
      const [l1, l2] = [count(v, 'har nu også fået besked'), count(v, 'Ingen har kvitteret')];
      const id = caseOf.get(v);
      expect(l1, `${v} level 1`).toBe(cut.has(`${id}:1`) ? Math.min(l1, 2) : 1);
      expect(l2, `${v} level 2`).toBe(cut.has(`${id}:2`) ? Math.min(l2, 2) : 1);
      expect(l1).toBeGreaterThanOrEqual(1);
      expect(l2).toBeGreaterThanOrEqual(1);
      repeats += l1 - 1 + (l2 - 1);
    }
    const alerts = p.slack.calls.filter(
      (c) => dmTo(PEOPLE.leader)(c) && slackText(c).includes('Ubesvaret bekymring'),
    ).length;
    expect(alerts).toBeGreaterThanOrEqual(CASES);
    // The instances share cases: one delivered through the first is acknowledged through the second.
    const delivery = p.slack.calls.find(
      (c) => dmTo(PEOPLE.consultantHovedstaden)(c) && slackText(c).includes(volunteers[0]!),
    )!;
    const value = (delivery.body.blocks as { elements?: { action_id?: string; value?: string }[] }[])
      .flatMap((b) => b.elements ?? [])
      .find((e) => e.action_id === ACTION.caseAcknowledge)!.value!;
    await sendSlack(
      bots[1]!.url,
      asInteraction(
        blockAction(ACTION.caseAcknowledge, value, {
          userId: PEOPLE.consultantHovedstaden,
          channel: 'D0CONSULT1',
          ts: '1700000300.000100',
        }),
      ),
    );
    await p.slack.waitFor('chat.update', (c) => c.body.ts === '1700000300.000100', 10_000);
    await p.slack.waitFor(
      'chat.postMessage',
      (c) => dmTo(volunteers[0]!)(c) && slackText(c).includes('Mia Konsulent har set og kvitteret'),
      10_000,
    );
    console.info(
      JSON.stringify({ cases: CASES, kills: killedLogs.length, cutSteps: cut.size, repeats, fallbackAlerts: alerts }),
    );
  }, 240_000);
});
