import { describe, expect, it } from 'vitest';
import { caseAction } from '../../../src/core/workflows/case-action.js';
import { orlov } from '../../../src/core/workflows/orlov.js';
import { realDirectory, RecordingPorts, volunteer, workflowDeps } from './support.js';

const orlovReq = { volunteer: volunteer(), regionId: 'syddanmark', startDate: '2026-04-01', months: 2 };

describe('case actions', () => {
  it('an unknown case (e.g. after a restart) gets a clear message, not an error', async () => {
    const deps = workflowDeps({ directory: await realDirectory() });
    const r = await caseAction('B-NOSUCH', 'acknowledge', { platform: 'slack', userId: 'U1' }, deps);
    expect(r).toEqual({ ok: false, reason: 'unknown_case', message: expect.stringContaining('Sagen findes ikke længere') });
  });

  it('a second press says already acknowledged and does not notify again', async () => {
    const deps = workflowDeps({ directory: await realDirectory() });
    const ports = new RecordingPorts();
    const r = await orlov(orlovReq, ports, deps);
    if (!r.ok) throw new Error('expected ok');
    await caseAction(r.caseId, 'acknowledge', { platform: 'slack', userId: 'U1' }, deps);
    const again = await caseAction(r.caseId, 'acknowledge', { platform: 'slack', userId: 'U1' }, deps);
    expect(again).toMatchObject({ ok: true, status: 'already_acknowledged' });
    expect(ports.volunteerNotices).toHaveLength(1);
  });

  it('a call request still awaits an acknowledgement; repeated presses notify once each', async () => {
    const deps = workflowDeps({ directory: await realDirectory() });
    const ports = new RecordingPorts();
    const r = await orlov(orlovReq, ports, deps);
    if (!r.ok) throw new Error('expected ok');
    const actor = { platform: 'slack' as const, userId: 'U1' };
    expect(await caseAction(r.caseId, 'call_me', actor, deps)).toMatchObject({ status: 'call_requested' });
    expect(await caseAction(r.caseId, 'call_me', actor, deps)).toMatchObject({ status: 'call_requested' });
    const ack = await caseAction(r.caseId, 'acknowledge', actor, deps);
    expect(ack).toMatchObject({ status: 'acknowledged' });
    expect(ack.ok && ack.updatedLines.slice(-3)).toEqual(['Kvitteret af Kirsten Magaard kl. 09.00.', 'Den frivillige er bedt om at ringe.', 'Den frivillige har fået besked.']);
    expect(ports.volunteerNotices.map((n) => n.text.slice(0, 40))).toEqual(['Kirsten Magaard har set din anmodning om', 'Kirsten Magaard har set og kvitteret for']);
  });

  it('redraws the staff message from metadata: case id, period, status; never free text', async () => {
    const deps = workflowDeps({ directory: await realDirectory() });
    const r = await orlov(orlovReq, new RecordingPorts(), deps);
    if (!r.ok) throw new Error('expected ok');
    const a = await caseAction(r.caseId, 'acknowledge', { platform: 'slack', userId: 'U1' }, deps);
    expect(a.ok && a.updatedLines).toEqual([
      `Sag: ${r.caseId}`,
      'Periode: onsdag den 1. april 2026 – søndag den 31. maj 2026 (61 dage)',
      'Region: Region Syddanmark',
      'Kvitteret af Kirsten Magaard kl. 09.00.',
      'Den frivillige har fået besked.',
    ]);
  });

  it('names the staff member who pressed, when the directory knows their chat id', async () => {
    const directory = await realDirectory();
    directory.fallback.chat.slack = 'U0DIANNA';
    const deps = workflowDeps({ directory });
    const ports = new RecordingPorts();
    const r = await orlov(orlovReq, ports, deps);
    if (!r.ok) throw new Error('expected ok');
    await caseAction(r.caseId, 'acknowledge', { platform: 'slack', userId: 'U0DIANNA' }, deps);
    expect(ports.volunteerNotices[0]!.text).toContain('Dianna Bomholt har set og kvitteret');
  });

  it('tells staff when the volunteer could not be notified', async () => {
    const deps = workflowDeps({ directory: await realDirectory() });
    const ports = new RecordingPorts();
    ports.failVolunteerNotices = true;
    const r = await orlov(orlovReq, ports, deps);
    if (!r.ok) throw new Error('expected ok');
    const a = await caseAction(r.caseId, 'call_me', { platform: 'slack', userId: 'U1' }, deps);
    expect(a.ok && a.updatedLines.at(-1)).toBe('Den frivillige kunne ikke få besked automatisk – kontakt vedkommende direkte.');
  });

  it('forgets answered cases after a week and open cases after two weeks', async () => {
    const deps = workflowDeps({ directory: await realDirectory() });
    const a = await orlov(orlovReq, new RecordingPorts(), deps);
    const b = await orlov(orlovReq, new RecordingPorts(), deps);
    if (!a.ok || !b.ok) throw new Error('expected ok');
    await caseAction(a.caseId, 'acknowledge', { platform: 'slack', userId: 'U1' }, deps);
    expect(deps.cases.size).toBe(2);
    await deps.clock.advance(8 * 24 * 3600_000);
    expect(deps.cases.get(a.caseId)).toBeUndefined();
    expect(deps.cases.get(b.caseId)).toBeDefined();
    await deps.clock.advance(7 * 24 * 3600_000);
    expect(deps.cases.size).toBe(0);
    expect(deps.clock.pending).toBe(0);
  });
});
