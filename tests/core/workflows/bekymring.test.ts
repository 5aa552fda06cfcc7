import { describe, expect, it } from 'vitest';
import { bekymring, MAX_FREE_TEXT_CHARS } from '../../../src/core/workflows/bekymring.js';
import { caseAction } from '../../../src/core/workflows/case-action.js';
import type { BekymringRequest } from '../../../src/core/workflows/contracts.js';
import { capturingLogger, RecordingPorts, realDirectory, volunteer, workflowDeps } from './support.js';

const req = (over: Partial<BekymringRequest> = {}): BekymringRequest => ({
  volunteer: volunteer(),
  acuteDanger: false,
  kind: 'underretningspligt',
  regionId: 'hovedstaden',
  freeText: 'En forælder fortalte om et barn, der ofte er alene om natten.',
  ...over,
});

describe('/bekymring', () => {
  it("goes straight to the region's consultant, urgent for the duties", async () => {
    const deps = workflowDeps({ directory: await realDirectory() });
    const ports = new RecordingPorts();
    const r = await bekymring(req(), ports, deps);
    expect(r).toMatchObject({ ok: true, delivered: true });
    expect(r.ok && r.emergencyNotice).toBeUndefined();
    const d = ports.deliveries[0]!;
    expect(d).toMatchObject({
      kind: 'bekymring',
      to: { name: 'Mia Jandrup' },
      urgent: true,
      actions: ['acknowledge', 'call_me'],
    });
    expect(d.title).toBe('Bekymring – Underretningspligt – bekymring for et barns trivsel');
    expect(d.lines).toContain('Beskrivelse: En forælder fortalte om et barn, der ofte er alene om natten.');
    expect(r.ok && r.messageToVolunteer).toContain('Din bekymring er sendt til Mia Jandrup');
  });

  it.each([
    ['afvaergepligt', true],
    ['underretningspligt', true],
    ['graenseoverskridende', false],
    ['sparring', false],
  ] as const)('kind %s is urgent: %s', async (kind, urgent) => {
    const deps = workflowDeps({ directory: await realDirectory() });
    const ports = new RecordingPorts();
    // A calm description: the kind alone decides (a worrying one would make any kind urgent).
    await bekymring(req({ kind, freeText: 'Vi talte om en svær dag på afdelingen.' }), ports, deps);
    expect(ports.deliveries[0]!.urgent).toBe(urgent);
  });

  it('shows 112 first when someone is in acute danger, and marks the delivery urgent', async () => {
    const deps = workflowDeps({ directory: await realDirectory() });
    const ports = new RecordingPorts();
    const r = await bekymring(req({ acuteDanger: true, kind: 'sparring' }), ports, deps);
    expect(r.ok && r.emergencyNotice).toMatch(/^Er nogen i akut fare lige nu, så ring 112/);
    expect(ports.deliveries[0]!.urgent).toBe(true);
    expect(ports.deliveries[0]!.lines[0]).toContain('AKUT');
  });

  it('shows 112 even when the rest of the form is wrong', async () => {
    const deps = workflowDeps({ directory: await realDirectory() });
    const r = await bekymring(req({ acuteDanger: true, regionId: 'Mars' }), new RecordingPorts(), deps);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors.acute).toContain('ring 112');
    expect(r.errors.region).toContain('Ukendt region');
  });

  it('strips personal data from the free text before delivery and tells the volunteer', async () => {
    const deps = workflowDeps({ directory: await realDirectory() });
    const ports = new RecordingPorts();
    const r = await bekymring(
      req({ freeText: 'Patienten Jens Hansen (010203-1234, tlf 22 33 44 55) sagde at han vil tage sit liv' }),
      ports,
      deps,
    );
    const sent = ports.deliveries[0]!.lines.join('\n');
    for (const secret of ['Jens', 'Hansen', '010203-1234', '22 33 44 55']) expect(sent).not.toContain(secret);
    expect(sent).toContain('Personoplysninger (navne, CPR-numre, telefonnumre, e-mail) er fjernet automatisk.');
    expect(r.ok && r.messageToVolunteer).toContain('blev fjernet fra din tekst');
  });

  it('cuts a 20 kB text rather than refusing it, and says so', async () => {
    const deps = workflowDeps({ directory: await realDirectory() });
    const ports = new RecordingPorts();
    const r = await bekymring(req({ freeText: 'bekymret '.repeat(2300) }), ports, deps);
    expect(r.ok && r.delivered).toBe(true);
    const description = ports.deliveries[0]!.lines.find((l) => l.startsWith('Beskrivelse: '))!;
    expect(description.length).toBeLessThanOrEqual('Beskrivelse: '.length + MAX_FREE_TEXT_CHARS);
    expect(r.ok && r.messageToVolunteer).toContain(`kun de første ${MAX_FREE_TEXT_CHARS} tegn`);
  });

  it('drops control characters and keeps emoji in the free text', async () => {
    const deps = workflowDeps({ directory: await realDirectory() });
    const ports = new RecordingPorts();
    await bekymring(req({ freeText: 'Hun græd 😢\u0000\u0007 meget\u202e' }), ports, deps);
    expect(ports.deliveries[0]!.lines).toContain('Beskrivelse: Hun græd 😢 meget');
  });

  it("when delivery fails: the consultant's phone at once, 112 for acute danger, and the fallback gets the case", async () => {
    const deps = workflowDeps({ directory: await realDirectory() });
    const ports = new RecordingPorts();
    ports.failFor.add('mia-jandrup');
    const r = await bekymring(req({ acuteDanger: true, kind: 'afvaergepligt' }), ports, deps);
    expect(r).toMatchObject({ ok: true, delivered: false });
    if (!r.ok) return;
    expect(r.emergencyNotice).toContain('112');
    expect(r.messageToVolunteer).toContain('kunne IKKE leveres til Mia Jandrup');
    expect(r.messageToVolunteer).toContain('ring 112 først');
    expect(r.messageToVolunteer).toContain('Ring til Mia Jandrup på +45 21 53 01 68');
    expect(r.messageToVolunteer).toContain('Dianna Bomholt (Projektleder) har fået din bekymring i stedet');
    expect(ports.deliveries.map((d) => d.to.id)).toEqual(['dianna-bomholt']);
  });

  it('when both consultant and fallback fail, gives both phone numbers', async () => {
    const deps = workflowDeps({ directory: await realDirectory() });
    const ports = new RecordingPorts();
    ports.failFor.add('mia-jandrup').add('dianna-bomholt');
    const r = await bekymring(req(), ports, deps);
    expect(r.ok && r.messageToVolunteer).toContain('+45 21 53 01 68');
    expect(r.ok && r.messageToVolunteer).toContain(
      'ring til Dianna Bomholt på + 45 33 66 99 34'.replace('+ 45', '+45'),
    );
  });

  it('a delivery that hangs counts as failed after the delivery timeout', async () => {
    const deps = workflowDeps({ directory: await realDirectory(), deliveryTimeoutMs: 10_000 });
    const ports = new RecordingPorts();
    ports.deliver = () => new Promise(() => undefined);
    const pending = bekymring(req(), ports, deps);
    await deps.clock.advance(10_000);
    await deps.clock.advance(10_000);
    const r = await pending;
    expect(r).toMatchObject({ ok: true, delivered: false });
  });

  it('alerts the fallback with metadata only when no one acknowledges in time, and tells the volunteer', async () => {
    const { logger, lines } = capturingLogger();
    const deps = workflowDeps({ directory: await realDirectory(), logger, bekymringAckMinutes: 30 });
    const ports = new RecordingPorts();
    const r = await bekymring(req({ freeText: 'canary-7f3 beskrivelse' }), ports, deps);
    if (!r.ok) throw new Error('expected ok');
    await deps.clock.advance(29 * 60_000);
    expect(ports.deliveries).toHaveLength(1);
    await deps.clock.advance(60_000);
    // The fallback is alerted and the consultant reminded.
    expect(ports.deliveries.map((d) => `${d.kind}:${d.to.id}`)).toEqual([
      'bekymring:mia-jandrup',
      'deadline_alert:dianna-bomholt',
      'deadline_alert:mia-jandrup',
    ]);
    const alert = ports.deliveries[1]!;
    expect(alert).toMatchObject({
      kind: 'deadline_alert',
      to: { id: 'dianna-bomholt' },
      urgent: true,
      caseId: r.caseId,
    });
    expect(alert.lines).toEqual([
      `Sag: ${r.caseId}`,
      'Type: Underretningspligt – bekymring for et barns trivsel',
      'Sendt til: Mia Jandrup kl. 09.00',
      'Ikke kvitteret efter 30 minutter.',
      'Selve beskrivelsen er kun sendt til Mia Jandrup. Kontakt Mia Jandrup (+45 21 53 01 68) eller den frivillige.',
    ]);
    expect(JSON.stringify(alert)).not.toContain('canary-7f3');
    expect(ports.volunteerNotices[0]!.text).toContain('Dianna Bomholt har nu også fået besked');
    expect(lines()).toContain('"event":"ack_deadline_passed"');
    expect(lines()).not.toContain('canary-7f3');
  });

  it('an acknowledgement in time cancels the fallback alert', async () => {
    const deps = workflowDeps({ directory: await realDirectory(), bekymringAckMinutes: 30 });
    const ports = new RecordingPorts();
    const r = await bekymring(req(), ports, deps);
    if (!r.ok) throw new Error('expected ok');
    await deps.clock.advance(10 * 60_000);
    const a = await caseAction(r.caseId, 'acknowledge', { platform: 'slack', userId: 'U0MIA' }, deps);
    expect(a).toMatchObject({ ok: true, status: 'acknowledged' });
    expect(ports.volunteerNotices[0]!.text).toBe(
      `Mia Jandrup har set og kvitteret for din bekymring (sag ${r.caseId}).`,
    );
    await deps.clock.advance(60 * 60_000);
    expect(ports.deliveries.map((d) => d.kind)).toEqual(['bekymring']);
  });

  it('call_me also counts as an answer and stops the deadline', async () => {
    const deps = workflowDeps({ directory: await realDirectory(), bekymringAckMinutes: 5 });
    const ports = new RecordingPorts();
    const r = await bekymring(req(), ports, deps);
    if (!r.ok) throw new Error('expected ok');
    await caseAction(r.caseId, 'call_me', { platform: 'slack', userId: 'U0MIA' }, deps);
    expect(ports.volunteerNotices[0]!.text).toContain('Ring til Mia Jandrup på +45 21 53 01 68');
    await deps.clock.advance(10 * 60_000);
    expect(ports.deliveries).toHaveLength(1);
  });

  it('answers in English for an English-speaking volunteer', async () => {
    const deps = workflowDeps({ directory: await realDirectory() });
    const r = await bekymring(req({ volunteer: volunteer('en'), acuteDanger: true }), new RecordingPorts(), deps);
    expect(r.ok && r.emergencyNotice).toMatch(/^If anyone is in immediate danger right now, call 112/);
    expect(r.ok && r.messageToVolunteer).toContain('Your concern has been sent to Mia Jandrup');
  });

  it('rejects an unknown kind clearly', async () => {
    const deps = workflowDeps({ directory: await realDirectory() });
    const r = await bekymring(req({ kind: 'noget andet' as BekymringRequest['kind'] }), new RecordingPorts(), deps);
    expect(r.ok === false && r.errors.kind).toBe('Vælg hvad det drejer sig om.');
  });
});

describe('/bekymring: the description is screened whole, whatever the volunteer chose', () => {
  const SUICIDE_PLAN = 'Han har sparet sine sovepiller sammen og sagde, at han vil tage sit liv i nat.';
  const CHILD_AT_RISK = 'Hans kone fortalte, at deres 5-årige ofte er alene hjemme hele aftenen uden mad.';
  const WEAPON_THREAT = 'She told me her ex is standing outside her door with a knife and threatened to kill her.';

  it.each([
    ['a suicide plan', SUICIDE_PLAN, 'afvaergepligt', true, /selvmordstanker/],
    ['a child at risk', CHILD_AT_RISK, 'underretningspligt', false, /barn i fare/],
    ['a threat with a weapon', WEAPON_THREAT, 'afvaergepligt', true, /vold, trusler eller våben/],
  ] as const)('%s under "sparring" becomes an urgent %s case', async (_name, text, duty, acute, reason) => {
    const deps = workflowDeps({ directory: await realDirectory() });
    const ports = new RecordingPorts();
    const r = await bekymring(req({ kind: 'sparring', acuteDanger: false, freeText: text }), ports, deps);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const d = ports.deliveries[0]!;
    expect(d.urgent).toBe(true);
    expect(d.title).toContain(duty === 'afvaergepligt' ? 'Afværgepligt' : 'Underretningspligt');
    const marked = d.lines.find((l) => l.startsWith('Markeret som hastende af botten'))!;
    expect(marked).toMatch(reason);
    expect(marked).toContain('Den frivillige valgte: Svær samtale');
    // The reason is a kind, never the volunteer's words.
    for (const word of text.split(/\W+/).filter((w) => w.length > 5)) expect(marked).not.toContain(word);
    expect(Boolean(r.emergencyNotice)).toBe(acute);
    if (acute) {
      expect(r.emergencyNotice).toMatch(/ring 112/);
      expect(d.lines[0]).toMatch(/^AKUT: Beskrivelsen tyder på akut fare/);
    }
    expect(r.messageToVolunteer).toMatch(/^Det du beskriver, lyder alvorligt, så din bekymring er sendt som hastende/);
  });

  it('keeps the chosen duty when it is already the stronger one, and still tells why it was flagged', async () => {
    const deps = workflowDeps({ directory: await realDirectory() });
    const ports = new RecordingPorts();
    const r = await bekymring(req({ kind: 'afvaergepligt', freeText: CHILD_AT_RISK }), ports, deps);
    expect(ports.deliveries[0]!.title).toContain('Afværgepligt');
    expect(ports.deliveries[0]!.lines).toContain(
      'Botten fandt også i beskrivelsen: et barn i fare eller mistrivsel (underretningspligt).',
    );
    expect(r.ok && r.messageToVolunteer).not.toMatch(/sendt som hastende \(/);
  });

  it('reads the danger at the end of a description longer than the part that is sent', async () => {
    const deps = workflowDeps({ directory: await realDirectory() });
    const ports = new RecordingPorts();
    const filler = 'Vi talte om haven og om vejret på afdelingen. '.repeat(150);
    const r = await bekymring(req({ kind: 'sparring', freeText: `${filler}${SUICIDE_PLAN}` }), ports, deps);
    expect(r.ok && r.emergencyNotice).toMatch(/ring 112/);
    expect(ports.deliveries[0]!.urgent).toBe(true);
    expect(
      ports.deliveries[0]!.lines.some((l) => l.startsWith(`Teksten er afkortet til ${MAX_FREE_TEXT_CHARS} tegn`)),
    ).toBe(true);
  });

  it('shows 112 for an acute description even when the rest of the form is wrong', async () => {
    const deps = workflowDeps({ directory: await realDirectory() });
    const r = await bekymring(
      req({ acuteDanger: false, regionId: 'Mars', freeText: SUICIDE_PLAN }),
      new RecordingPorts(),
      deps,
    );
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors.acute).toContain('ring 112');
  });

  it('leaves a calm description as the volunteer chose it', async () => {
    const deps = workflowDeps({ directory: await realDirectory() });
    const ports = new RecordingPorts();
    const r = await bekymring(
      req({
        kind: 'sparring',
        freeText: 'En svær samtale om sorg efter hans kones død; jeg har brug for at vende den.',
      }),
      ports,
      deps,
    );
    expect(ports.deliveries[0]!.urgent).toBe(false);
    expect(ports.deliveries[0]!.lines.some((l) => l.includes('af botten'))).toBe(false);
    expect(r.ok && r.emergencyNotice).toBeUndefined();
  });
});
