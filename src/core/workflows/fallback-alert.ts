import type { CaseRecord } from './case-book.js';
import { auditDeadline } from './audit.js';
import { tryDeliver, tryNotify } from './deliver.js';
import type { WorkflowDeps } from './deps.js';
import { clockTime, pick } from './texts.js';

/**
 * The consultant has not acknowledged in time: the fallback contact (the project leader) gets
 * metadata only — case id, kind, which consultant, how long — and the volunteer is told.
 */
export async function alertFallback(c: CaseRecord, deps: WorkflowDeps, _reason: 'not_acknowledged'): Promise<void> {
  const fallback = deps.directory.fallback;
  const minutes = deps.bekymringAckMinutes;
  const lines = [
    `Sag: ${c.id}`,
    ...c.summary.filter((l) => l.startsWith('Type:') || l.startsWith('Akut')),
    `Sendt til: ${c.routedTo.name} kl. ${clockTime(c.openedAt)}`,
    `Ikke kvitteret efter ${minutes} minutter.`,
    `Selve beskrivelsen er kun sendt til ${c.routedTo.name}. Kontakt ${c.routedTo.name} (${c.routedTo.phone}) eller den frivillige.`,
  ];
  const outcome = await tryDeliver(
    c.ports,
    { caseId: c.id, kind: 'deadline_alert', to: fallback, urgent: true, title: 'Ubesvaret bekymring', lines, actions: ['acknowledge'], volunteer: c.volunteer },
    deps.clock,
    deps.deliveryTimeoutMs,
  );
  const lang = c.volunteer.lang;
  const text = pick(
    lang,
    `${c.routedTo.name} har endnu ikke set din bekymring (sag ${c.id}), så ${fallback.name} har fået besked. Haster det, så ring til ${c.routedTo.name} på ${c.routedTo.phone} eller ${fallback.name} på ${fallback.phone}. Ved akut fare: ring 112.`,
    `${c.routedTo.name} has not yet seen your concern (case ${c.id}), so ${fallback.name} has been alerted. If it is urgent, call ${c.routedTo.name} on ${c.routedTo.phone} or ${fallback.name} on ${fallback.phone}. In immediate danger: call 112.`,
  );
  const volunteerNotified = await tryNotify(() => c.ports.notifyVolunteer(c.volunteer, text), deps.clock, deps.deliveryTimeoutMs);
  auditDeadline(deps.logger, deps.clock.now(), { type: c.kind, caseId: c.id, routedTo: fallback.id, minutes, delivered: outcome.ok, volunteerNotified });
}
