import { clip } from '../../core/clip.js';
import { formatUpdated } from '../../core/sources.js';
import type { BotReply, Citation, Lang } from '../../core/types.js';
import type { CaseActionResult, Delivery, WorkflowResult } from '../../core/workflows/contracts.js';

// Pure renderers for the terminal: plain text, no colours, so a piped transcript reads well.

const QUOTE_MAX = 600;

export function citationLabel(c: Citation, lang: Lang = 'da'): string {
  const where = [
    c.title,
    c.section,
    c.page !== undefined ? `${lang === 'en' ? 'p.' : 's.'} ${c.page}` : '',
    c.updated ? `${lang === 'en' ? 'updated' : 'opdateret'} ${formatUpdated(c.updated, lang)}` : '',
  ];
  return where.filter(Boolean).join(' · ');
}

const indent = (text: string, prefix: string) =>
  text
    .split('\n')
    .map((l) => `${prefix}${l}`)
    .join('\n');

const clipFlat = (text: string, max: number): string => clip(text.replace(/\s*\n\s*/g, ' ').trim(), max);

export function renderReply(r: BotReply): string {
  const out: string[] = [];
  if (r.acuteDanger)
    out.push(r.lang === 'en' ? '!!! IMMEDIATE DANGER? CALL 112 NOW !!!' : '!!! AKUT FARE? RING 112 NU !!!');
  out.push(r.text);
  if (r.citations.length > 0) {
    out.push('', r.lang === 'en' ? 'Sources:' : 'Kilder:');
    r.citations.forEach((c, i) => {
      out.push(`[${i + 1}] ${citationLabel(c, r.lang)}`);
      if (c.url) out.push(`    ${c.url}`);
      out.push(indent(`"${clipFlat(c.text, QUOTE_MAX)}"`, '    '));
    });
  }
  if (r.offerBekymring) {
    out.push(
      '',
      r.lang === 'en'
        ? '→ Worried about someone? Type /bekymring to reach your volunteer consultant directly.'
        : '→ Bekymret for nogen? Skriv /bekymring, så går det direkte til din frivilligkonsulent.',
    );
  }
  return out.join('\n');
}

export function renderWorkflowResult(r: WorkflowResult): string {
  if (!r.ok) return Object.values(r.errors).filter(Boolean).join('\n');
  return [
    r.emergencyNotice ? `!!! ${r.emergencyNotice}` : undefined,
    r.messageToVolunteer,
    `(${r.lang === 'en' ? 'case' : 'sag'} ${r.caseId})`,
  ]
    .filter(Boolean)
    .join('\n');
}

/** A delivery as it lands in the local "consultant inbox". */
export function renderDelivery(d: Delivery): string {
  const to = d.to.role ? `${d.to.name} (${d.to.role})` : d.to.name;
  const head = `┌─ Konsulent-indbakke (lokal) · til ${to}${d.urgent ? ' · HASTER' : ''}`;
  const body = [d.title, ...d.lines].map((l) => `│ ${l}`);
  const buttons =
    d.actions.length > 0
      ? [
          `│ Knapper: ${d.actions.map((a) => (a === 'acknowledge' ? `/kvitter ${d.caseId}` : `/ringmig ${d.caseId}`)).join('   ')}`,
        ]
      : [];
  return [head, ...body, ...buttons, '└─'].join('\n');
}

export function renderCaseUpdate(r: CaseActionResult): string {
  if (!r.ok) return `│ ${r.message}`;
  return [
    '┌─ Konsulent-indbakke (lokal) · opdateret',
    `│ ${r.updatedTitle}`,
    ...r.updatedLines.map((l) => `│ ${l}`),
    '└─',
  ].join('\n');
}

export function renderVolunteerNotice(text: string): string {
  return `[Besked til dig] ${text}`;
}
