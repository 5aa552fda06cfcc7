import type { Contact } from '../types.js';
import { auditDeadline } from './audit.js';
import type { StoredCase } from './case-store.js';
import { contactById, volunteerOf } from './cases.js';
import type { Delivery, PlatformPorts } from './contracts.js';
import { tryDeliver, tryNotify } from './deliver.js';
import type { WorkflowDeps } from './deps.js';
import { emailStep } from './email-step.js';
import { duration, escalationChain, ladderFor } from './ladder.js';
import { clockTime, pick } from './texts.js';

/**
 * One step of the ladder for a case nobody has answered by its deadline: the contacts asked so far
 * are reminded, the next one in the chain is alerted (metadata only: case id, kind, who has it,
 * how long), and the volunteer is told in one line. Returns the next deadline, if any is left.
 */
export async function escalate(
  c: StoredCase,
  ports: PlatformPorts,
  deps: WorkflowDeps,
): Promise<{ recipients: string[]; nextDueAt?: number }> {
  const routedTo = contactById(deps.directory, c.routedTo);
  const chain = escalationChain(routedTo, deps.directory);
  const ladder = ladderFor(c.urgent, deps.bekymringAckMinutes);
  const asked = chain.slice(0, c.level + 1);
  const next = chain[c.level + 1];
  const waited = duration(ladder.dueAfterMs(c.level) / 60_000, 'da');
  const base = [
    `Sag: ${c.id}`,
    ...c.summary.filter((l) => l.startsWith('Type:') || l.startsWith('Akut')),
    `Sendt til: ${routedTo.name} kl. ${clockTime(new Date(c.openedAt))}`,
    `Ikke kvitteret efter ${waited}.`,
  ];
  const send = (to: Contact, title: string, lines: string[]): Promise<{ ok: boolean; ref?: string }> => {
    const d: Delivery = {
      caseId: c.id,
      kind: 'deadline_alert',
      to,
      urgent: true,
      title,
      lines,
      actions: ['acknowledge'],
      volunteer: volunteerOf(c),
    };
    return tryDeliver(ports, d, deps.clock, deps.deliveryTimeoutMs).then(async (o) => {
      if (o.ok && o.receipt.ref) await deps.cases.store.addStaffRef(c.id, to.id, o.receipt.ref).catch(() => undefined);
      return { ok: o.ok, ref: o.ok ? o.receipt.ref : undefined };
    });
  };
  const alert = next
    ? send(next, 'Ubesvaret bekymring', [
        ...base,
        `Selve beskrivelsen er kun sendt til ${routedTo.name}. Kontakt ${routedTo.name} (${routedTo.phone}) eller den frivillige.`,
      ])
    : Promise.resolve<{ ok: boolean; ref?: string }>({ ok: false });
  const reminders = asked.map((to) =>
    send(to, 'Påmindelse: ubesvaret bekymring', [...base, 'Kvittér, så den frivillige får besked.']),
  );
  const [alerted, ...reminded] = await Promise.all([alert, ...reminders]);
  // The e-mail copy goes out while the volunteer is told.
  const emailing = emailStep(
    c,
    [
      ...(next ? [{ to: next, alerted: true, ref: alerted!.ref }] : []),
      ...asked.map((to, i) => ({ to, alerted: false, ref: reminded[i]!.ref ?? c.staffRefs[to.id] })),
    ],
    { routedTo, waited },
    deps,
  );

  const lang = c.lang;
  const everyone = [...asked, ...(next ? [next] : [])];
  const phones = everyone
    .map((p) => pick(lang, `${p.name} på ${p.phone}`, `${p.name} on ${p.phone}`))
    .join(pick(lang, ' eller ', ' or '));
  const line = next
    ? pick(
        lang,
        `${next.name} har nu også fået besked om din bekymring (sag ${c.id}).`,
        `${next.name} has now also been told about your concern (case ${c.id}).`,
      )
    : pick(
        lang,
        `Ingen har kvitteret for din bekymring endnu (sag ${c.id}), og alle er mindet om den.`,
        `No one has acknowledged your concern yet (case ${c.id}); everyone has been reminded.`,
      );
  const call =
    pick(lang, ` Haster det, så ring til ${phones}.`, ` If it is urgent, call ${phones}.`) +
    (c.urgent ? pick(lang, ' Ved akut fare: ring 112.', ' In immediate danger: call 112.') : '');
  const volunteerNotified = await tryNotify(
    () => ports.notifyVolunteer(volunteerOf(c), line + call),
    deps.clock,
    deps.deliveryTimeoutMs,
  );
  const emailed = await emailing;

  auditDeadline(deps.logger, deps.clock.now(), {
    type: c.kind,
    caseId: c.id,
    level: c.level + 1,
    routedTo: next?.id ?? 'none',
    delivered: alerted!.ok,
    reminded: reminded.filter((r) => r.ok).length,
    emailed,
    volunteerNotified,
  });
  const hasMore = Boolean(next);
  return {
    recipients: everyone.map((p) => p.id),
    nextDueAt: hasMore ? c.openedAt + ladder.dueAfterMs(c.level + 1) : undefined,
  };
}
