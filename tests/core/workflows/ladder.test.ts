import { describe, expect, it } from 'vitest';
import { bekymring } from '../../../src/core/workflows/bekymring.js';
import { caseAction } from '../../../src/core/workflows/case-action.js';
import type { BekymringRequest } from '../../../src/core/workflows/contracts.js';
import { duration, ladderFor } from '../../../src/core/workflows/ladder.js';
import { RecordingPorts, realDirectory, volunteer, workflowDeps } from './support.js';

const req = (over: Partial<BekymringRequest> = {}): BekymringRequest => ({
  volunteer: volunteer(),
  acuteDanger: false,
  kind: 'afvaergepligt',
  regionId: 'hovedstaden',
  ...over,
});
const sent = (ports: RecordingPorts) => ports.deliveries.map((d) => `${d.to.id}:${d.title}`);
const MIN = 60_000;

describe('the escalation ladder (fake clock)', () => {
  it('a duty case: consultant reminded and fallback alerted at 10 min, everyone reminded at 20, then it stops', async () => {
    const deps = workflowDeps({ directory: await realDirectory() });
    const ports = new RecordingPorts();
    const r = await bekymring(req(), ports, deps);
    if (!r.ok) throw new Error('expected ok');
    expect(r.messageToVolunteer).toContain(
      'Svarer Mia Jandrup ikke inden 10 minutter, får Dianna Bomholt automatisk besked.',
    );
    await deps.clock.advance(9 * MIN);
    expect(ports.deliveries).toHaveLength(1);
    await deps.clock.advance(1 * MIN);
    expect(sent(ports).slice(1)).toEqual([
      'dianna-bomholt:Ubesvaret bekymring',
      'mia-jandrup:Påmindelse: ubesvaret bekymring',
    ]);
    expect(ports.volunteerNotices.map((n) => n.text.split('.')[0])).toEqual([
      `Dianna Bomholt har nu også fået besked om din bekymring (sag ${r.caseId.split('.')[0]})`,
    ]);
    await deps.clock.advance(9 * MIN);
    expect(ports.deliveries).toHaveLength(3);
    await deps.clock.advance(1 * MIN);
    expect(sent(ports).slice(3).sort()).toEqual([
      'dianna-bomholt:Påmindelse: ubesvaret bekymring',
      'mia-jandrup:Påmindelse: ubesvaret bekymring',
    ]);
    expect(ports.volunteerNotices[1]!.text).toBe(
      `Ingen har kvitteret for din bekymring endnu (sag ${r.caseId}), og alle er mindet om den. Haster det, så ring til Mia Jandrup på +45 21 53 01 68 eller Dianna Bomholt på ${deps.directory.fallback.phone}. Ved akut fare: ring 112.`,
    );
    await deps.clock.advance(5 * 60 * MIN);
    expect(ports.deliveries).toHaveLength(5);
    expect(await deps.cases.get(r.caseId)).toMatchObject({
      state: 'escalated',
      level: 2,
      recipients: ['mia-jandrup', 'dianna-bomholt'],
    });
    expect((await deps.cases.get(r.caseId))!.dueAt).toBeUndefined();
  });

  it('a sparring case waits 60 minutes a level', async () => {
    const deps = workflowDeps({ directory: await realDirectory() });
    const ports = new RecordingPorts();
    const r = await bekymring(req({ kind: 'sparring' }), ports, deps);
    if (!r.ok) throw new Error('expected ok');
    expect(r.messageToVolunteer).toContain('ikke inden 60 minutter');
    await deps.clock.advance(59 * MIN);
    expect(ports.deliveries).toHaveLength(1);
    await deps.clock.advance(1 * MIN);
    expect(ports.deliveries).toHaveLength(3);
    await deps.clock.advance(60 * MIN);
    expect(ports.deliveries).toHaveLength(5);
  });

  it('acute danger makes any kind urgent', async () => {
    const deps = workflowDeps({ directory: await realDirectory() });
    const ports = new RecordingPorts();
    await bekymring(req({ kind: 'sparring', acuteDanger: true }), ports, deps);
    await deps.clock.advance(10 * MIN);
    expect(ports.deliveries).toHaveLength(3);
  });

  it('stops when the fallback acknowledges at her level', async () => {
    const deps = workflowDeps({ directory: await realDirectory() });
    const ports = new RecordingPorts();
    const r = await bekymring(req(), ports, deps);
    if (!r.ok) throw new Error('expected ok');
    await deps.clock.advance(12 * MIN);
    expect(await caseAction(r.caseId, 'acknowledge', { platform: 'slack', userId: 'U0DIANNA' }, deps)).toMatchObject({
      ok: true,
      status: 'acknowledged',
    });
    expect(ports.deliveries).toHaveLength(4);
    await deps.clock.advance(60 * MIN);
    // The consultant learns the case is answered (no buttons); no further level follows.
    expect(ports.deliveries.slice(3).map((d) => [d.to.id, d.kind, d.actions.length, d.lines.at(-2)])).toEqual([
      ['mia-jandrup', 'case_answered', 0, 'Dianna Bomholt har kvitteret for sagen kl. 09.12.'],
    ]);
    expect(await deps.cases.get(r.caseId)).toMatchObject({ state: 'acknowledged', answeredBy: 'dianna-bomholt' });
  });

  it('BEKYMRING_ACK_MINUTES is the first deadline for every kind, fractions too; later levels keep the spacing', async () => {
    const deps = workflowDeps({ directory: await realDirectory(), bekymringAckMinutes: 0.1 });
    const ports = new RecordingPorts();
    const r = await bekymring(req({ kind: 'sparring' }), ports, deps);
    expect(r.ok && r.messageToVolunteer).toContain('ikke inden 6 sekunder');
    expect(ladderFor(false, 0.1).dueAfterMs(0)).toBe(6_000);
    expect(ladderFor(true, 0.1).dueAfterMs(1)).toBe(12_000);
    expect(ladderFor(true).dueAfterMs(1)).toBe(20 * MIN);
    expect(ladderFor(false).dueAfterMs(0)).toBe(60 * MIN);
    // The fake poller looks each minute: both levels have come due by then.
    await deps.clock.advance(1 * MIN);
    expect(ports.deliveries.length).toBeGreaterThanOrEqual(3);
  });

  it('says durations in Danish and English', () => {
    expect([
      duration(10, 'da'),
      duration(1, 'da'),
      duration(0.1, 'da'),
      duration(1.5, 'da'),
      duration(0.1, 'en'),
    ]).toEqual(['10 minutter', '1 minut', '6 sekunder', '1,5 minutter', '6 seconds']);
  });
});
