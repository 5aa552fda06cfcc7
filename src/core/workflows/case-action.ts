import { contactByChatId } from '../directory/lookup.js';
import type { Contact } from '../types.js';
import { auditCaseAction } from './audit.js';
import { type StoredCase, validCaseId } from './case-store.js';
import { contactById, volunteerOf } from './cases.js';
import type { ActorRef, CaseAction, CaseActionResult, PlatformPorts } from './contracts.js';
import { tryDeliver, tryNotify } from './deliver.js';
import type { WorkflowDeps } from './deps.js';
import { clockTime, pick } from './texts.js';

const WHAT = {
  afbud: { da: 'dit afbud', en: 'your cancellation' },
  orlov: { da: 'din anmodning om orlov', en: 'your request for leave' },
  bekymring: { da: 'din bekymring', en: 'your concern' },
} as const;

const UNKNOWN_CASE =
  'Sagen findes ikke længere i botten (den er afsluttet eller udløbet). Kontakt den frivillige direkte, hvis der stadig er brug for det.';
const NOT_RECIPIENT =
  'Kun den, sagen er sendt til, kan kvittere eller bede den frivillige ringe. Sagen er ikke ændret.';

/** A staff member pressed "Kvittér" or "Ring til mig" on a delivery. */
export async function caseAction(
  rawId: string,
  action: CaseAction,
  actor: ActorRef,
  deps: WorkflowDeps,
): Promise<CaseActionResult> {
  const caseId = validCaseId(rawId);
  const found = caseId ? await deps.cases.get(caseId) : undefined;
  if (!found) return { ok: false, reason: 'unknown_case', message: UNKNOWN_CASE };
  const by = answerer(found, actor, deps);
  if (!by) {
    auditCaseAction(deps.logger, deps.clock.now(), {
      type: found.kind,
      caseId: found.id,
      action,
      by: 'not_recipient',
      status: 'refused',
      volunteerNotified: false,
    });
    return { ok: false, reason: 'not_recipient', message: NOT_RECIPIENT };
  }
  const answered = await deps.cases.answer(found.id, by, action);
  if (!answered) return { ok: false, reason: 'unknown_case', message: UNKNOWN_CASE };
  const c = answered.case;
  if (!answered.first) {
    // A second press: nothing new to tell the volunteer.
    const status = action === 'acknowledge' ? 'already_acknowledged' : 'call_requested';
    auditCaseAction(deps.logger, deps.clock.now(), {
      type: c.kind,
      caseId: c.id,
      action,
      by: by.id,
      status: `repeat_${status}`,
      volunteerNotified: false,
    });
    const repeatStatus = statusOnly(c, deps);
    return {
      ok: true,
      status,
      updatedTitle: c.title,
      updatedLines: [...caseLines(c), ...repeatStatus],
      statusLines: repeatStatus,
    };
  }
  const lang = c.lang;
  const what = WHAT[c.kind][lang];
  const text =
    action === 'call_me'
      ? pick(
          lang,
          `${by.name} har set ${what} og vil gerne tale med dig. Ring til ${by.name} på ${by.phone}.`,
          `${by.name} has seen ${what} and would like to talk to you. Please call ${by.name} on ${by.phone}.`,
        )
      : pick(
          lang,
          `${by.name} har set og kvitteret for ${what} (sag ${c.id}).`,
          `${by.name} has seen and acknowledged ${what} (case ${c.id}).`,
        );
  const ports = deps.cases.portsFor(c);
  // Everyone else alerted about the case learns it is answered, so nobody calls in vain.
  const others = ports ? tellOthers(c, by, action, ports, deps) : Promise.resolve();
  const volunteerNotified = ports
    ? await tryNotify(() => ports.notifyVolunteer(volunteerOf(c), text), deps.clock, deps.deliveryTimeoutMs)
    : false;
  await others;
  const status = action === 'call_me' ? 'call_requested' : 'acknowledged';
  auditCaseAction(deps.logger, deps.clock.now(), {
    type: c.kind,
    caseId: c.id,
    action,
    by: by.id,
    status,
    volunteerNotified,
  });
  const statusLines = [
    ...statusOnly(c, deps, action),
    volunteerNotified
      ? 'Den frivillige har fået besked.'
      : 'Den frivillige kunne ikke få besked automatisk – kontakt vedkommende direkte.',
  ];
  return { ok: true, status, updatedTitle: c.title, updatedLines: [...caseLines(c), ...statusLines], statusLines };
}

/**
 * Who may answer: a contact the case (or an alert about it) was sent to, pressing on the platform
 * it was sent on. In the terminal one person plays every role, so the case's current recipient.
 */
function answerer(c: StoredCase, actor: ActorRef, deps: WorkflowDeps): Contact | undefined {
  if (actor.platform !== c.platform) return undefined;
  if (actor.platform === 'terminal') return contactById(deps.directory, c.recipients.at(-1) ?? c.routedTo);
  const contact = contactByChatId(deps.directory, actor.platform, actor.userId);
  if (contact && c.recipients.includes(contact.id)) return contact;
  return actor.standsInForRecipient ? contactById(deps.directory, c.recipients.at(-1) ?? c.routedTo) : undefined;
}

async function tellOthers(
  c: StoredCase,
  by: Contact,
  action: CaseAction,
  ports: PlatformPorts,
  deps: WorkflowDeps,
): Promise<void> {
  const others = c.recipients.filter((id) => id !== by.id).map((id) => contactById(deps.directory, id));
  const line =
    action === 'acknowledge'
      ? `${by.name} har kvitteret for sagen kl. ${clockTime(deps.clock.now())}.`
      : `${by.name} har bedt den frivillige ringe kl. ${clockTime(deps.clock.now())}.`;
  await Promise.all(
    others.map((to) =>
      tryDeliver(
        ports,
        {
          caseId: c.id,
          kind: 'case_answered',
          to,
          urgent: false,
          title: 'Sagen er besvaret',
          lines: [
            `Sag: ${c.id}`,
            ...c.summary.filter((l) => l.startsWith('Type:')),
            line,
            'Du behøver ikke gøre mere.',
          ],
          actions: [],
          volunteer: volunteerOf(c),
        },
        deps.clock,
        deps.deliveryTimeoutMs,
      ),
    ),
  );
}

/** The case's metadata lines; the free text is not kept by us, so only the platform's message holds it. */
const caseLines = (c: StoredCase): string[] => [`Sag: ${c.id}`, ...c.summary];

/** Who answered, and how. */
function statusOnly(c: StoredCase, deps: WorkflowDeps, action?: CaseAction): string[] {
  const who = contactById(deps.directory, c.answeredBy ?? c.routedTo).name;
  const at = c.answeredAt ? ` kl. ${clockTime(new Date(c.answeredAt))}` : '';
  const status: string[] = [];
  if (c.acknowledged)
    status.push(action === 'acknowledge' || !c.callRequested ? `Kvitteret af ${who}${at}.` : 'Kvitteret.');
  if (c.callRequested)
    status.push(
      action === 'call_me' || !c.acknowledged
        ? `${who} har bedt den frivillige ringe${at}.`
        : 'Den frivillige er bedt om at ringe.',
    );
  return status;
}
