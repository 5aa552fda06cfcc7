import { describe, expect, it } from 'vitest';
import { caseAction } from '../../../src/core/workflows/case-action.js';
import type { OrlovRequest } from '../../../src/core/workflows/contracts.js';
import { orlov } from '../../../src/core/workflows/orlov.js';
import { RecordingPorts, realDirectory, volunteer, workflowDeps } from './support.js';

const req = (over: Partial<OrlovRequest> = {}): OrlovRequest => ({
  volunteer: volunteer(),
  regionId: 'hovedstaden',
  startDate: '2026-04-01',
  endDate: '2026-06-30',
  ...over,
});

describe('/orlov', () => {
  it("goes to the region's consultant with acknowledge and call-me actions", async () => {
    const deps = workflowDeps({ directory: await realDirectory() });
    const ports = new RecordingPorts();
    const r = await orlov(req(), ports, deps);
    expect(r).toMatchObject({ ok: true, delivered: true });
    const d = ports.deliveries[0]!;
    expect(d).toMatchObject({ kind: 'orlov', to: { name: 'Mia Jandrup' }, actions: ['acknowledge', 'call_me'] });
    expect(d.lines[0]).toBe('Periode: onsdag den 1. april 2026 – tirsdag den 30. juni 2026 (91 dage)');
    expect(r.ok && r.messageToVolunteer).toContain('Mia Jandrup');
  });

  it.each([
    ['syddanmark', 'Kirsten Magaard'],
    ['Region Sjælland', 'Charlotte Enghusen Andersen'],
    ['midt', 'Dorte Tranberg-Krab'],
    ['North Denmark', 'Dorte Tranberg-Krab'],
  ])('routes region %s to %s', async (regionId, name) => {
    const deps = workflowDeps({ directory: await realDirectory() });
    const ports = new RecordingPorts();
    await orlov(req({ regionId }), ports, deps);
    expect(ports.deliveries[0]!.to.name).toBe(name);
  });

  it('accepts a length in months instead of an end date', async () => {
    const deps = workflowDeps({ directory: await realDirectory() });
    const ports = new RecordingPorts();
    const r = await orlov(req({ endDate: undefined, months: 6 }), ports, deps);
    expect(r.ok).toBe(true);
    expect(ports.deliveries[0]!.lines[0]).toContain('30. september 2026');
  });

  it('refuses more than six months, quoting the handbook clause from the documents', async () => {
    const deps = workflowDeps({ directory: await realDirectory() });
    const ports = new RecordingPorts();
    const byMonths = await orlov(req({ endDate: undefined, months: 7 }), ports, deps);
    expect(byMonths.ok).toBe(false);
    if (byMonths.ok) return;
    expect(byMonths.errors.months).toContain('Orlov kan højst vare seks måneder');
    expect(byMonths.errors.months).toContain(
      '"Du kan holde orlov i op til seks måneder." (Håndbog for frivillige støtter · Orlov – hvis du har brug for en pause)',
    );
    const byDate = await orlov(req({ endDate: '2026-10-02' }), ports, deps);
    expect(byDate.ok === false && byDate.errors.end).toContain('Du kan holde orlov i op til seks måneder');
    expect(ports.deliveries).toHaveLength(0);
  });

  it('allows exactly six months and refuses one day more', async () => {
    const deps = workflowDeps({ directory: await realDirectory() });
    expect((await orlov(req({ endDate: '2026-10-01' }), new RecordingPorts(), deps)).ok).toBe(true);
    expect((await orlov(req({ endDate: '2026-10-02' }), new RecordingPorts(), deps)).ok).toBe(false);
  });

  it('still refuses over six months when no documents are loaded', async () => {
    const deps = workflowDeps({ directory: await realDirectory(), chunks: [] });
    const r = await orlov(req({ endDate: undefined, months: 12 }), new RecordingPorts(), deps);
    expect(r.ok === false && r.errors.months).toContain('højst vare seks måneder');
  });

  it.each([
    [{ startDate: '2026-03-01' }, 'start', 'allerede passeret'],
    [{ startDate: '1. april' }, 'start', undefined],
    [{ startDate: '31/31' }, 'start', 'kan ikke læses'],
    [{ endDate: '2026-03-20' }, 'end', 'før startdatoen'],
    [{ endDate: 'aldrig' }, 'end', 'kan ikke læses'],
    [{ endDate: undefined }, 'end', 'slutdato eller hvor mange måneder'],
    [{ endDate: undefined, months: 0 }, 'months', 'helt antal måneder'],
    [{ endDate: undefined, months: 2.5 }, 'months', 'helt antal måneder'],
    [{ endDate: undefined, months: Number.NaN }, 'months', 'helt antal måneder'],
    [{ regionId: 'Grønland' }, 'region', 'Ukendt region. Vælg en af: Region Hovedstaden, Region Sjælland'],
    [{ startDate: '2029-01-01', endDate: '2029-02-01' }, 'start', 'mere end et år'],
  ] as const)('validates %o', async (over, field, text) => {
    const deps = workflowDeps({ directory: await realDirectory() });
    const r = await orlov(req(over as Partial<OrlovRequest>), new RecordingPorts(), deps);
    if (text === undefined) {
      expect(r.ok).toBe(true);
      return;
    }
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors[field as 'start']).toContain(text);
  });

  it('tells the volunteer when the consultant acknowledges', async () => {
    const deps = workflowDeps({ directory: await realDirectory() });
    const ports = new RecordingPorts();
    const r = await orlov(req(), ports, deps);
    if (!r.ok) throw new Error('expected ok');
    expect(ports.volunteerNotices).toHaveLength(0);
    const a = await caseAction(r.caseId, 'acknowledge', { platform: 'slack', userId: 'U0MIA' }, deps);
    expect(a).toMatchObject({ ok: true, status: 'acknowledged', updatedTitle: 'Anmodning om orlov' });
    expect(ports.volunteerNotices).toEqual([
      {
        volunteer: volunteer(),
        text: `Mia Jandrup har set og kvitteret for din anmodning om orlov (sag ${r.caseId}).`,
      },
    ]);
  });

  it("call_me tells the volunteer to call, with the consultant's phone number", async () => {
    const deps = workflowDeps({ directory: await realDirectory() });
    const ports = new RecordingPorts();
    const r = await orlov(req({ volunteer: volunteer('en') }), ports, deps);
    if (!r.ok) throw new Error('expected ok');
    const a = await caseAction(r.caseId, 'call_me', { platform: 'slack', userId: 'U0MIA' }, deps);
    expect(a).toMatchObject({ ok: true, status: 'call_requested' });
    expect(ports.volunteerNotices[0]!.text).toBe(
      'Mia Jandrup has seen your request for leave and would like to talk to you. Please call Mia Jandrup on +45 21 53 01 68.',
    );
  });

  it("gives the consultant's phone number when delivery fails", async () => {
    const deps = workflowDeps({ directory: await realDirectory() });
    const ports = new RecordingPorts();
    ports.failFor.add('mia-jandrup');
    const r = await orlov(req(), ports, deps);
    expect(r).toMatchObject({ ok: true, delivered: false });
    expect(r.ok && r.messageToVolunteer).toContain('Ring til Mia Jandrup på +45 21 53 01 68');
  });
});

describe('/orlov: typed dates are screened whole', () => {
  it('a child at risk written where a date belongs goes to /bekymring, not into the leave request', async () => {
    const deps = workflowDeps({ directory: await realDirectory() });
    const ports = new RecordingPorts();
    const r = await orlov(
      req({ endDate: 'ved ikke, naboens 4-årige er alene hjemme hver nat og får ingen mad' }),
      ports,
      deps,
    );
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors.end).toContain('/bekymring');
    expect(r.errors.end).not.toContain('112');
    expect(ports.deliveries).toHaveLength(0);
  });
});
