import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bekymring } from '../../../src/core/workflows/bekymring.js';
import { smtpChannel } from '../../../src/providers/smtp/mailer.js';
import { RecordingPorts, realDirectory, volunteer, workflowDeps } from '../../core/workflows/support.js';
import { startSmtpLoopback } from '../../support/smtp-loopback.js';

// The optional second channel: urgent ladder steps also go by e-mail (SMTP_URL, nodemailer) to a
// real SMTP server on loopback. Metadata only: the description never goes by e-mail.

let smtp: Awaited<ReturnType<typeof startSmtpLoopback>>;
let channel: ReturnType<typeof smtpChannel>;
beforeAll(async () => {
  smtp = await startSmtpLoopback();
  channel = smtpChannel({ url: smtp.url, from: 'hjertebot <hjertebot@localhost>' });
});
afterAll(async () => {
  channel.close();
  await smtp.close();
});

const MIN = 60_000;

describe('urgent ladder steps by e-mail', () => {
  it('the fallback and the consultant get an e-mail with the case id, whom to call and where to answer; never the text', async () => {
    const deps = workflowDeps({ directory: await realDirectory(), secondChannel: channel });
    const ports = new RecordingPorts();
    const r = await bekymring(
      {
        volunteer: volunteer(),
        acuteDanger: false,
        kind: 'afvaergepligt',
        regionId: 'hovedstaden',
        freeText: 'canary-mail-9f2 beskrivelse',
      },
      ports,
      deps,
    );
    if (!r.ok) throw new Error('expected ok');
    await deps.clock.advance(10 * MIN);
    await smtp.until(2);
    const byRecipient = Object.fromEntries(smtp.mails.map((m) => [m.to[0], m.raw]));
    expect(Object.keys(byRecipient).sort()).toEqual(['dbomholt@hjerteforeningen.dk', 'mjandrup@hjerteforeningen.dk']);
    const alert = byRecipient['dbomholt@hjerteforeningen.dk']!;
    expect(alert).toContain(`Sag: ${r.caseId}`);
    expect(alert).toMatch(/^Subject: /m);
    expect(alert).toContain('Ring til Mia Jandrup p');
    expect(alert).toContain('+45 21 53 01 68');
    for (const raw of smtp.mails.map((m) => m.raw)) expect(raw).not.toContain('canary-mail-9f2');
    expect(smtp.mails.every((m) => m.from === 'hjertebot@localhost')).toBe(true);
  });

  it('non-urgent cases are not e-mailed', async () => {
    const before = smtp.mails.length;
    const deps = workflowDeps({ directory: await realDirectory(), secondChannel: channel });
    const ports = new RecordingPorts();
    const r = await bekymring(
      { volunteer: volunteer(), acuteDanger: false, kind: 'sparring', regionId: 'hovedstaden' },
      ports,
      deps,
    );
    if (!r.ok) throw new Error('expected ok');
    await deps.clock.advance(60 * MIN);
    // Wait until the step is recorded (that happens after its e-mails, if any, were sent).
    for (let i = 0; i < 500 && (await deps.cases.get(r.caseId))!.level < 1; i++)
      await new Promise((done) => setTimeout(done, 10));
    expect((await deps.cases.get(r.caseId))!.level).toBe(1);
    expect(ports.deliveries).toHaveLength(3);
    expect(smtp.mails.length).toBe(before);
  });
});
