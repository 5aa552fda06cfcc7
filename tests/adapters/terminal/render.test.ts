import { describe, expect, it } from 'vitest';
import { renderDelivery, renderReply, renderWorkflowResult } from '../../../src/adapters/terminal/render.js';
import type { BotReply } from '../../../src/core/types.js';
import { botReply } from '../../support/bot-reply.js';

const reply = (over: Partial<BotReply> = {}) => botReply({ text: 'Svar', ...over });

describe('terminal renderers', () => {
  it('puts 112 before anything else when someone may be in danger', () => {
    expect(renderReply(reply({ acuteDanger: true })).split('\n')[0]).toBe('!!! AKUT FARE? RING 112 NU !!!');
    expect(renderReply(reply({ acuteDanger: true, lang: 'en' })).split('\n')[0]).toBe(
      '!!! IMMEDIATE DANGER? CALL 112 NOW !!!',
    );
  });

  it('lists citations with title · section · page and a clipped quote', () => {
    const out = renderReply(
      reply({
        citations: [{ doc: 'd', title: 'Politik', section: 'Tavshed', page: 4, text: `a\n${'b'.repeat(700)}` }],
      }),
    );
    expect(out).toContain('Kilder:\n[1] Politik · Tavshed · s. 4\n    "a bbb');
    expect(out).toContain('…"');
    expect(out.length).toBeLessThan(700);
  });

  it('shows field errors, and 112 first in a workflow result', () => {
    expect(
      renderWorkflowResult({ ok: false, lang: 'da', errors: { date: 'Forkert dato', shift: 'Mangler vagt' } }),
    ).toBe('Forkert dato\nMangler vagt');
    const ok = renderWorkflowResult({
      ok: true,
      lang: 'da',
      caseId: 'B-1',
      delivered: true,
      messageToVolunteer: 'Sendt',
      emergencyNotice: 'Ring 112',
    });
    expect(ok).toBe('!!! Ring 112\nSendt\n(sag B-1)');
  });

  it('renders a delivery as a consultant inbox entry with its buttons as commands', () => {
    const out = renderDelivery({
      caseId: 'O-ABC',
      kind: 'orlov',
      to: { id: 'x', name: 'Mia Jandrup', role: 'Frivilligkonsulent', phone: '+45 21 53 01 68', chat: {} },
      urgent: false,
      title: 'Anmodning om orlov',
      lines: ['Periode: …'],
      actions: ['acknowledge', 'call_me'],
      volunteer: { platform: 'terminal', userId: 'terminal', lang: 'da' },
    });
    expect(out).toBe(
      '┌─ Konsulent-indbakke (lokal) · til Mia Jandrup (Frivilligkonsulent)\n│ Anmodning om orlov\n│ Periode: …\n│ Knapper: /kvitter O-ABC   /ringmig O-ABC\n└─',
    );
  });
});
