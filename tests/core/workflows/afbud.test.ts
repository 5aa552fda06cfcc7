import { describe, expect, it } from 'vitest';
import { afbud } from '../../../src/core/workflows/afbud.js';
import { caseAction } from '../../../src/core/workflows/case-action.js';
import type { AfbudRequest } from '../../../src/core/workflows/contracts.js';
import {
  directoryWithTovholder,
  FakeClock,
  RecordingPorts,
  realDirectory,
  volunteer,
  workflowDeps,
} from './support.js';

const req = (over: Partial<AfbudRequest> = {}): AfbudRequest => ({
  volunteer: volunteer(),
  date: '2026-03-13',
  shift: 'formiddag',
  groupId: 'test-hospital',
  ...over,
});

describe('/afbud', () => {
  it("goes to the group's tovholder, confirms to the volunteer and reminds of the two-on-shift rule", async () => {
    const deps = workflowDeps({ directory: directoryWithTovholder() });
    const ports = new RecordingPorts();
    const r = await afbud(req(), ports, deps);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.delivered).toBe(true);
    expect(ports.deliveries).toHaveLength(1);
    const d = ports.deliveries[0]!;
    expect(d).toMatchObject({
      kind: 'afbud',
      to: { id: 'test-tovholder' },
      urgent: false,
      actions: ['acknowledge'],
      caseId: r.caseId,
    });
    expect(d.lines.join('\n')).toContain('fredag den 13. marts 2026, formiddag');
    expect(d.lines.join('\n')).toContain('Der skal altid være mindst to frivillige på vagt');
    expect(r.messageToVolunteer).toContain('Test Tovholder');
    expect(r.messageToVolunteer).toContain('mindst to frivillige på vagt');
    expect(r.messageToVolunteer).toContain(
      'aflyses vagten, og tovholderen melder aflysningen til afdelingens kontaktperson',
    );
    expect(r.messageToVolunteer).toContain('Du behøver ikke at give en grund');
  });

  it("goes to the region's consultant when the group has no tovholder", async () => {
    const deps = workflowDeps({ directory: await realDirectory() });
    const ports = new RecordingPorts();
    const r = await afbud(req({ groupId: 'syddanmark-hospital' }), ports, deps);
    expect(r.ok && r.delivered).toBe(true);
    expect(ports.deliveries[0]!.to.name).toBe('Kirsten Magaard');
    expect(ports.deliveries[0]!.lines.join(' ')).toContain('ingen tovholder');
  });

  it('never asks for or sends a reason', async () => {
    const deps = workflowDeps({ directory: directoryWithTovholder() });
    const ports = new RecordingPorts();
    await afbud(req(), ports, deps);
    expect(ports.deliveries[0]!.lines.join(' ')).not.toMatch(/grund:|årsag:|syg/i);
  });

  it('rejects a date in the past with a clear message, and sends nothing', async () => {
    const deps = workflowDeps({
      directory: directoryWithTovholder(),
      clock: new FakeClock('2026-03-10T09:00:00+01:00'),
    });
    const ports = new RecordingPorts();
    const r = await afbud(req({ date: '2026-03-09' }), ports, deps);
    expect(r).toEqual({
      ok: false,
      lang: 'da',
      errors: { date: 'Mandag den 9. marts 2026 er allerede passeret. Du kan kun melde afbud til kommende vagter.' },
    });
    expect(ports.deliveries).toHaveLength(0);
  });

  it('takes "today" in Danish time: 23:30 UTC on the 9th is already the 10th in Copenhagen', async () => {
    const deps = workflowDeps({ directory: directoryWithTovholder(), clock: new FakeClock('2026-03-09T23:30:00Z') });
    const ok = await afbud(req({ date: '2026-03-10' }), new RecordingPorts(), deps);
    expect(ok.ok).toBe(true);
    const past = await afbud(req({ date: '2026-03-09' }), new RecordingPorts(), deps);
    expect(past.ok).toBe(false);
  });

  it('accepts dates as volunteers type them', async () => {
    const deps = workflowDeps({ directory: directoryWithTovholder() });
    const ports = new RecordingPorts();
    for (const date of ['13/3', '13.03.2026', 'i morgen', 'fredag']) {
      const r = await afbud(req({ date }), ports, deps);
      expect([date, r.ok]).toEqual([date, true]);
    }
  });

  it.each([
    ['date', { date: '2026-02-30' }, 'Datoen kan ikke læses'],
    ['date', { date: 'snart' }, 'Datoen kan ikke læses'],
    ['date', { date: '2031-01-01' }, 'mere end et år ude i fremtiden'],
    ['shift', { shift: '   ' }, 'Skriv hvilken vagt'],
    ['shift', { shift: 'x'.repeat(20_000) }, 'højst 100 tegn'],
    ['group', { groupId: 'atlantis' }, 'Ukendt gruppe'],
  ] as const)('names the bad field %s with a clear Danish message', async (field, over, text) => {
    const deps = workflowDeps({ directory: directoryWithTovholder() });
    const r = await afbud(req(over), new RecordingPorts(), deps);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors[field]).toContain(text);
  });

  it('answers in English when the volunteer writes English', async () => {
    const deps = workflowDeps({ directory: directoryWithTovholder() });
    const bad = await afbud(req({ volunteer: volunteer('en'), date: 'soonish' }), new RecordingPorts(), deps);
    expect(bad.ok === false && bad.errors.date).toContain('could not be read');
    const good = await afbud(req({ volunteer: volunteer('en') }), new RecordingPorts(), deps);
    expect(good.ok && good.messageToVolunteer).toContain('at least two volunteers');
  });

  it('tells the shift partner when asked to', async () => {
    const deps = workflowDeps({ directory: directoryWithTovholder() });
    const ports = new RecordingPorts();
    const r = await afbud(req({ partnerUserId: 'U0PARTNER' }), ports, deps);
    expect(ports.userNotices).toEqual([{ userId: 'U0PARTNER', text: expect.stringContaining('mindst to frivillige') }]);
    expect(r.ok && r.messageToVolunteer).toContain('Din vagtmakker har fået besked');
  });

  it('says so when the partner could not be told', async () => {
    const deps = workflowDeps({ directory: directoryWithTovholder() });
    const ports = new RecordingPorts();
    ports.notifyUser = async () => {
      throw new Error('user_not_found');
    };
    const r = await afbud(req({ partnerUserId: 'U0GONE' }), ports, deps);
    expect(r.ok && r.messageToVolunteer).toContain('kunne ikke få besked automatisk');
  });

  it("gives the volunteer the recipient's phone number when delivery fails", async () => {
    const deps = workflowDeps({ directory: directoryWithTovholder() });
    const ports = new RecordingPorts();
    ports.failFor.add('test-tovholder');
    const r = await afbud(req(), ports, deps);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.delivered).toBe(false);
    expect(r.messageToVolunteer).toContain('kunne ikke leveres');
    expect(r.messageToVolunteer).toContain('+45 40 00 00 01');
  });

  it('tells the volunteer when the tovholder acknowledges', async () => {
    const deps = workflowDeps({ directory: directoryWithTovholder() });
    const ports = new RecordingPorts();
    const r = await afbud(req(), ports, deps);
    if (!r.ok) throw new Error('expected ok');
    const a = await caseAction(r.caseId, 'acknowledge', { platform: 'slack', userId: 'U0TOVHOLDER' }, deps);
    expect(a).toMatchObject({ ok: true, status: 'acknowledged' });
    expect(ports.volunteerNotices[0]!.text).toBe(
      `Test Tovholder har set og kvitteret for dit afbud (sag ${r.caseId}).`,
    );
  });
});

describe('/afbud: what is typed is screened whole', () => {
  it('a worry written into the shift field (past its 100-character limit) is sent nowhere: 112 and /bekymring instead', async () => {
    const deps = workflowDeps({ directory: directoryWithTovholder() });
    const ports = new RecordingPorts();
    const shift = `formiddag. ${'Vi har talt meget sammen den sidste tid. '.repeat(5)}Han sagde i går, at han vil tage sit liv i aften.`;
    const r = await afbud(req({ shift }), ports, deps);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors.shift).toMatch(/^Er nogen i akut fare lige nu, så ring 112/);
    expect(r.errors.shift).toContain('/bekymring');
    expect(ports.deliveries).toHaveLength(0);
  });

  it('an ordinary shift name is not screened into anything', async () => {
    const r = await afbud(
      req({ shift: 'aftenvagt 17-21 på kardiologisk' }),
      new RecordingPorts(),
      workflowDeps({ directory: directoryWithTovholder() }),
    );
    expect(r.ok).toBe(true);
  });
});
