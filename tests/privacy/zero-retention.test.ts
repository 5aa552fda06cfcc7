import { randomBytes } from 'node:crypto';
import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { parseConfig } from '../../src/config.js';
import type { Core } from '../../src/core/core.js';
import { createCore } from '../../src/core/create-core.js';
import { runPiped } from '../adapters/terminal/harness.js';
import { capturingLogger, FakeClock, RecordingPorts, settle } from '../core/workflows/support.js';
import { directoryWithChatIds } from '../support/directory-with-ids.js';
import { seedEnv } from '../support/seed.js';
import { filesContaining } from './scan.js';

// Zero retention: run every workflow and 20 questions carrying a unique canary, then look for it
// in the data folder, the OS temp folder, every log line and everything printed to stdout/stderr.

const ROOT = resolve(import.meta.dirname, '../..');
// Letters only: a hex canary sometimes held eight digits in a row, which the phone screen rightly
// redacts, and the test then failed for the wrong reason. Letters can't look like a number.
const letterCanary = () => `canary${[...randomBytes(16)].map((b) => String.fromCharCode(97 + (b % 26))).join('')}`;
const CANARY = letterCanary();
const started = Date.now();
let dataDir: string;
let core: Core;
let clock: FakeClock;
const log = capturingLogger();
const printed: string[] = [];

beforeAll(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'hjertebot-privacy-'));
  // Whatever anything prints outside the logger is captured too.
  for (const stream of [process.stdout, process.stderr]) {
    const write = stream.write.bind(stream);
    vi.spyOn(stream, 'write').mockImplementation(((chunk: unknown, ...rest: unknown[]) => {
      printed.push(String(chunk));
      return (write as (...a: unknown[]) => boolean)(chunk, ...rest);
    }) as typeof stream.write);
  }
  clock = new FakeClock('2026-03-10T09:00:00+01:00');
  const config = parseConfig({
    DATA_DIR: dataDir,
    ...seedEnv(),
    KNOWLEDGE_DIR: join(ROOT, 'knowledge'),
    DIRECTORY_FILE: await directoryWithChatIds(),
    LOG_LEVEL: 'trace',
  });
  // The real load path: the index is built into the data folder, as at a first start.
  core = await createCore({ config, logger: log.logger, clock });
}, 60_000);

afterAll(async () => {
  vi.restoreAllMocks();
  await core.close();
  await rm(dataDir, { recursive: true, force: true });
});

const QUESTIONS = [
  `Hvor længe kan jeg holde orlov? ${CANARY}`,
  `Må jeg tage noter under en samtale? ${CANARY}`,
  `May I take notes during my conversations with patients? ${CANARY}`,
  `${CANARY} hvor mange kilometer kan jeg få refunderet?`,
  `Hvad er afværgepligt? ${CANARY}`,
  `what does underretningspligt mean ${CANARY}`,
  `En patient sagde i dag at han vil tage sit liv ${CANARY}`,
  `A mother told me her 6-year-old is alone at night without food ${CANARY}`,
  `Patienten ${CANARY} Hansen med cpr 010203-1234 spurgte om besøg`,
  `Ring til ${CANARY} på 22 33 44 55`,
  `Skriv til ${CANARY}@example.dk`,
  `Hvilken dosis blodfortyndende medicin skal en hjertepatient tage? ${CANARY}`,
  `Hvem vandt Tour de France i 2023? ${CANARY}`,
  `${CANARY} 🙂🙂`,
  `${CANARY}\u0000\u0001\u0007`,
  `${CANARY} ${'lang '.repeat(4000)}`,
  `hej ${CANARY}`,
  `Hun fortalte at hendes mand slår hende ${CANARY}`,
  `og hvad med kørsel? ${CANARY}`,
  `Hvem er frivilligkonsulent i Region Syd? ${CANARY}`,
];

describe('zero retention', () => {
  it('the scanner finds a canary where one was written (it can fail)', async () => {
    const probe = letterCanary();
    const dir = await mkdtemp(join(tmpdir(), 'hjertebot-probe-'));
    await writeFile(join(dir, 'x.log'), `before ${probe} after`);
    expect(await filesContaining(dir, probe, started)).toEqual([join(dir, 'x.log')]);
    await rm(dir, { recursive: true, force: true });
    expect(await filesContaining(tmpdir(), probe, started)).toEqual([]);
  });

  it('runs 20 questions and every workflow with the canary, then finds it nowhere', async () => {
    expect(QUESTIONS).toHaveLength(20);
    for (const q of QUESTIONS) await core.ask(q, { history: [{ role: 'user', text: `Må jeg tage noter? ${CANARY}` }] });

    const ports = new RecordingPorts();
    // The volunteer's platform id is kept with an open case (issue 11); it is an id, not content.
    const volunteer = { platform: 'slack' as const, userId: 'U0VOLUNTEER', lang: 'da' as const };
    await core.afbud({ volunteer, date: CANARY, shift: CANARY, groupId: CANARY }, ports);
    const afbud = await core.afbud(
      {
        volunteer,
        date: 'i morgen',
        shift: `formiddag ${CANARY}`,
        groupId: 'hovedstaden-hospital',
        partnerUserId: `U-${CANARY}-partner`,
      },
      ports,
    );
    await core.orlov({ volunteer, regionId: CANARY, startDate: CANARY, endDate: CANARY }, ports);
    await core.orlov({ volunteer, regionId: 'syddanmark', startDate: '2026-04-01', months: 9 }, ports);
    const orlov = await core.orlov({ volunteer, regionId: 'syddanmark', startDate: '2026-04-01', months: 3 }, ports);
    const bekymring = await core.bekymring(
      {
        volunteer,
        acuteDanger: true,
        kind: 'afvaergepligt',
        regionId: 'hovedstaden',
        freeText: `${CANARY} sagde hun vil tage sit liv. Patienten Jens Hansen 010203-1234`,
      },
      ports,
    );
    await core.bekymring(
      {
        volunteer,
        acuteDanger: false,
        kind: 'sparring',
        regionId: 'midt',
        freeText: `${CANARY} ${'x'.repeat(20_000)}`,
      },
      ports,
    );
    const failing = new RecordingPorts();
    failing.failFor.add('kirsten-magaard');
    await core.bekymring(
      { volunteer, acuteDanger: false, kind: 'underretningspligt', regionId: 'syd', freeText: CANARY },
      failing,
    );
    for (const r of [afbud, orlov, bekymring]) expect(r.ok).toBe(true);
    if (!afbud.ok || !orlov.ok || !bekymring.ok) return;
    // Presses from people the case was not sent to are refused; then the recipients answer.
    await core.caseAction(afbud.caseId, 'acknowledge', { platform: 'slack', userId: `U-${CANARY}` });
    await core.caseAction(orlov.caseId, 'call_me', { platform: 'slack', userId: `U-${CANARY}` });
    await core.caseAction(afbud.caseId, 'acknowledge', { platform: 'slack', userId: 'U0MIA' });
    await core.caseAction(orlov.caseId, 'call_me', { platform: 'slack', userId: 'U0KIRSTEN' });
    await core.caseAction(CANARY, 'acknowledge', { platform: 'slack', userId: CANARY });
    // The unacknowledged concern passes its deadline: the fallback alert is sent.
    await clock.advance(31 * 60_000);
    // Feedback carries an id the adapter made; anything that is not id-shaped is not logged.
    core.recordFeedback({ platform: 'slack', rating: 'up', answerId: `${CANARY} free text` });
    // Dates as people type them, checked where typed (issue 14): refusals never echo the input.
    for (const field of ['shift', 'leaveStart', 'leaveEnd'] as const) {
      const r = core.checkDate(field, `næste lørdag ${CANARY}`, 'da', '2026-04-01');
      expect(JSON.stringify(r)).not.toContain(CANARY);
    }
    await core.orlov(
      { volunteer, regionId: 'syddanmark', startDate: 'om to uger', endDate: `et halvt år ${CANARY}` },
      ports,
    );
    await core.orlov({ volunteer, regionId: 'syddanmark', startDate: 'om to uger', endDate: 'et halvt år' }, ports);
    // Local development: someone standing in for the recipient (Teams Playground) answers a case.
    const standIn = await core.afbud(
      {
        volunteer: { ...volunteer, platform: 'teams', userId: 'local-user' },
        date: 'næste lørdag',
        shift: `aften ${CANARY}`,
        groupId: 'hovedstaden-hospital',
      },
      ports,
    );
    if (standIn.ok)
      await core.caseAction(standIn.caseId, 'acknowledge', {
        platform: 'teams',
        userId: `local-${CANARY}`,
        standsInForRecipient: true,
      });
    await runPiped(
      core,
      [
        `Må jeg give et kram? ${CANARY}`,
        '/afbud',
        'i morgen',
        CANARY,
        '1',
        '/afbud',
        `næste lørdag ${CANARY}`,
        `lørdag d. 12/12 ${CANARY}`,
        'næste lørdag',
        CANARY,
        '1',
        '/orlov',
        '1',
        `om to uger ${CANARY}`,
        'om to uger',
        `et halvt år ${CANARY}`,
        'et halvt år',
        '/bekymring',
        'nej',
        '4',
        '1',
        CANARY,
        `/kvitter ${CANARY}`,
      ],
      log.logger,
    );
    await settle();

    // The cases reached people (that is the chat platform's job) ...
    expect(ports.deliveries.some((d) => d.lines.join(' ').includes(CANARY))).toBe(true);
    expect(ports.deliveries.map((d) => d.kind)).toContain('deadline_alert');
    // ... but the alert to the fallback carries metadata only.
    const alerts = ports.deliveries.filter((d) => d.kind === 'deadline_alert');
    expect(alerts.length).toBeGreaterThan(0);
    expect(JSON.stringify(alerts.map((d) => [d.title, d.lines]))).not.toContain(CANARY);

    const logs = log.lines();
    expect(logs).toContain('"event":"workflow"');
    expect(logs).toContain('"event":"ask"');
    expect(logs).toContain('"event":"ack_deadline_passed"');
    expect(logs.split('\n').filter((l) => l.includes(CANARY))).toEqual([]);
    expect(printed.join('')).not.toContain(CANARY);

    expect(await filesContaining(dataDir, CANARY, 0)).toEqual([]);
    expect(await filesContaining(tmpdir(), CANARY, started)).toEqual([]);
    // The data folder holds the document index and the case store (whose every column is checked in case-store-columns.test.ts).
    expect((await readdir(dataDir)).filter((f) => !f.startsWith('cases.sqlite'))).toEqual(['index']);
  }, 60_000);
});
