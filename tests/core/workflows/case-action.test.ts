import { describe, expect, it } from 'vitest';
import { bekymring } from '../../../src/core/workflows/bekymring.js';
import { caseAction } from '../../../src/core/workflows/case-action.js';
import { orlov } from '../../../src/core/workflows/orlov.js';
import { capturingLogger, RecordingPorts, realDirectory, volunteer, workflowDeps } from './support.js';

const orlovReq = { volunteer: volunteer(), regionId: 'syddanmark', startDate: '2026-04-01', months: 2 };

describe('case actions', () => {
  it('an unknown case (e.g. after a restart) gets a clear message, not an error', async () => {
    const deps = workflowDeps({ directory: await realDirectory() });
    const r = await caseAction('B-NOSUCH', 'acknowledge', { platform: 'slack', userId: 'U0KIRSTEN' }, deps);
    expect(r).toEqual({
      ok: false,
      reason: 'unknown_case',
      message: expect.stringContaining('Sagen findes ikke længere'),
    });
  });

  it('a second press says already acknowledged and does not notify again', async () => {
    const deps = workflowDeps({ directory: await realDirectory() });
    const ports = new RecordingPorts();
    const r = await orlov(orlovReq, ports, deps);
    if (!r.ok) throw new Error('expected ok');
    await caseAction(r.caseId, 'acknowledge', { platform: 'slack', userId: 'U0KIRSTEN' }, deps);
    const again = await caseAction(r.caseId, 'acknowledge', { platform: 'slack', userId: 'U0KIRSTEN' }, deps);
    expect(again).toMatchObject({ ok: true, status: 'already_acknowledged' });
    expect(ports.volunteerNotices).toHaveLength(1);
  });

  it('a call request still awaits an acknowledgement; repeated presses notify once each', async () => {
    const deps = workflowDeps({ directory: await realDirectory() });
    const ports = new RecordingPorts();
    const r = await orlov(orlovReq, ports, deps);
    if (!r.ok) throw new Error('expected ok');
    const actor = { platform: 'slack' as const, userId: 'U0KIRSTEN' };
    expect(await caseAction(r.caseId, 'call_me', actor, deps)).toMatchObject({ status: 'call_requested' });
    expect(await caseAction(r.caseId, 'call_me', actor, deps)).toMatchObject({ status: 'call_requested' });
    const ack = await caseAction(r.caseId, 'acknowledge', actor, deps);
    expect(ack).toMatchObject({ status: 'acknowledged' });
    expect(ack.ok && ack.updatedLines.slice(-3)).toEqual([
      'Kvitteret af Kirsten Magaard kl. 09.00.',
      'Den frivillige er bedt om at ringe.',
      'Den frivillige har fået besked.',
    ]);
    expect(ports.volunteerNotices.map((n) => n.text.slice(0, 40))).toEqual([
      'Kirsten Magaard har set din anmodning om',
      'Kirsten Magaard har set og kvitteret for',
    ]);
  });

  it('redraws the staff message from metadata: case id, period, status; never free text', async () => {
    const deps = workflowDeps({ directory: await realDirectory() });
    const r = await orlov(orlovReq, new RecordingPorts(), deps);
    if (!r.ok) throw new Error('expected ok');
    const a = await caseAction(r.caseId, 'acknowledge', { platform: 'slack', userId: 'U0KIRSTEN' }, deps);
    expect(a.ok && a.updatedLines).toEqual([
      `Sag: ${r.caseId}`,
      'Periode: onsdag den 1. april 2026 – søndag den 31. maj 2026 (61 dage)',
      'Region: Region Syddanmark',
      'Kvitteret af Kirsten Magaard kl. 09.00.',
      'Den frivillige har fået besked.',
    ]);
  });

  it('names the staff member who pressed: the fallback, once a case was escalated to her', async () => {
    const deps = workflowDeps({ directory: await realDirectory() });
    const ports = new RecordingPorts();
    const r = await bekymring(
      { volunteer: volunteer(), acuteDanger: false, kind: 'afvaergepligt', regionId: 'syddanmark' },
      ports,
      deps,
    );
    if (!r.ok) throw new Error('expected ok');
    const early = await caseAction(r.caseId, 'acknowledge', { platform: 'slack', userId: 'U0DIANNA' }, deps);
    expect(early).toMatchObject({ ok: false, reason: 'not_recipient' });
    await deps.clock.advance(10 * 60_000);
    await caseAction(r.caseId, 'acknowledge', { platform: 'slack', userId: 'U0DIANNA' }, deps);
    expect(ports.volunteerNotices.at(-1)!.text).toContain('Dianna Bomholt har set og kvitteret');
  });

  it('tells staff when the volunteer could not be notified', async () => {
    const deps = workflowDeps({ directory: await realDirectory() });
    const ports = new RecordingPorts();
    ports.failVolunteerNotices = true;
    const r = await orlov(orlovReq, ports, deps);
    if (!r.ok) throw new Error('expected ok');
    const a = await caseAction(r.caseId, 'call_me', { platform: 'slack', userId: 'U0KIRSTEN' }, deps);
    expect(a.ok && a.updatedLines.at(-1)).toBe(
      'Den frivillige kunne ikke få besked automatisk – kontakt vedkommende direkte.',
    );
  });

  it('deletes answered cases a week after the answer and open cases after two weeks', async () => {
    const deps = workflowDeps({ directory: await realDirectory() });
    const a = await orlov(orlovReq, new RecordingPorts(), deps);
    const b = await orlov(orlovReq, new RecordingPorts(), deps);
    if (!a.ok || !b.ok) throw new Error('expected ok');
    await caseAction(a.caseId, 'acknowledge', { platform: 'slack', userId: 'U0KIRSTEN' }, deps);
    const t0 = deps.clock.now().getTime();
    const day = 24 * 3600_000;
    expect(await deps.cases.store.purgeExpired(t0 + 6 * day)).toBe(0);
    expect(await deps.cases.store.purgeExpired(t0 + 8 * day)).toBe(1);
    expect(await deps.cases.get(a.caseId)).toBeUndefined();
    expect(await deps.cases.get(b.caseId)).toBeDefined();
    expect(await deps.cases.store.purgeExpired(t0 + 15 * day)).toBe(1);
    expect(await deps.cases.store.openCases()).toEqual({ count: 0, ids: [] });
  });

  it('refuses a press from anyone the case was not sent to, on any platform, and changes nothing', async () => {
    const directory = await realDirectory();
    directory.fallback.chat.teams = '29:dianna';
    const consultant = directory.regions.find((r) => r.id === 'syddanmark')!.consultant;
    consultant.chat.teams = '29:kirsten';
    const deps = workflowDeps({ directory });
    const ports = new RecordingPorts();
    const r = await orlov(orlovReq, ports, deps);
    if (!r.ok) throw new Error('expected ok');
    const refused = [
      await caseAction(r.caseId, 'acknowledge', { platform: 'slack', userId: 'U0DIANNA' }, deps), // staff, but not sent this case
      await caseAction(r.caseId, 'acknowledge', { platform: 'slack', userId: 'U0STRANGER' }, deps),
      await caseAction(r.caseId, 'call_me', { platform: 'teams', userId: '29:kirsten' }, deps), // the recipient, on another platform
      await caseAction(r.caseId, 'acknowledge', { platform: 'terminal', userId: 'terminal-consultant' }, deps),
    ];
    for (const x of refused)
      expect(x).toEqual({
        ok: false,
        reason: 'not_recipient',
        message: expect.stringContaining('Sagen er ikke ændret'),
      });
    expect(await deps.cases.get(r.caseId)).toMatchObject({
      state: 'delivered',
      acknowledged: false,
      callRequested: false,
    });
    expect(ports.volunteerNotices).toEqual([]);
    expect(await caseAction(r.caseId, 'acknowledge', { platform: 'slack', userId: 'U0KIRSTEN' }, deps)).toMatchObject({
      ok: true,
      status: 'acknowledged',
    });
  });

  it('checks a case id against the id format before it is looked up or logged', async () => {
    const { logger, lines } = capturingLogger();
    const deps = workflowDeps({ directory: await realDirectory(), logger });
    for (const id of ['B-ABC', "B-ABCDEF' OR 1=1", 'b-abcdef', 'B-ABCDE0', 'x'.repeat(5000)]) {
      expect(await caseAction(id, 'acknowledge', { platform: 'slack', userId: 'U0KIRSTEN' }, deps)).toMatchObject({
        ok: false,
        reason: 'unknown_case',
      });
    }
    expect(lines()).not.toContain('OR 1=1');
  });
});
