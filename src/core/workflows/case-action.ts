import { contactByChatId } from '../directory/lookup.js';
import type { Contact } from '../types.js';
import { auditCaseAction } from './audit.js';
import type { CaseRecord } from './case-book.js';
import type { ActorRef, CaseAction, CaseActionResult } from './contracts.js';
import { tryNotify } from './deliver.js';
import type { WorkflowDeps } from './deps.js';
import { clockTime, pick } from './texts.js';

const WHAT = {
  afbud: { da: 'dit afbud', en: 'your cancellation' },
  orlov: { da: 'din anmodning om orlov', en: 'your request for leave' },
  bekymring: { da: 'din bekymring', en: 'your concern' },
} as const;

/** A staff member pressed "Kvittér" or "Ring til mig" on a delivery. */
export async function caseAction(caseId: string, action: CaseAction, actor: ActorRef, deps: WorkflowDeps): Promise<CaseActionResult> {
  const c = typeof caseId === 'string' ? deps.cases.get(caseId) : undefined;
  if (!c) {
    return {
      ok: false,
      reason: 'unknown_case',
      message:
        'Sagen findes ikke længere i botten (den er afsluttet, eller botten er genstartet og husker ikke sager). Kontakt den frivillige direkte, hvis der stadig er brug for det.',
    };
  }
  // Buttons sit in the recipient's own messages; an unknown presser is taken to be that recipient.
  const by: Contact = contactByChatId(deps.directory, actor.platform, actor.userId) ?? c.routedTo;
  if (!deps.cases.markAnswered(c, by, action)) {
    // A second press: nothing new to tell the volunteer.
    const status = action === 'acknowledge' ? 'already_acknowledged' : 'call_requested';
    auditCaseAction(deps.logger, deps.clock.now(), { type: c.kind, caseId: c.id, action, by: by.id, status: `repeat_${status}`, volunteerNotified: false });
    const repeatStatus = statusOnly(c);
    return { ok: true, status, updatedTitle: c.title, updatedLines: [...caseLines(c), ...repeatStatus], statusLines: repeatStatus };
  }
  const lang = c.volunteer.lang;
  const what = WHAT[c.kind][lang];
  const text =
    action === 'call_me'
      ? pick(lang, `${by.name} har set ${what} og vil gerne tale med dig. Ring til ${by.name} på ${by.phone}.`, `${by.name} has seen ${what} and would like to talk to you. Please call ${by.name} on ${by.phone}.`)
      : pick(lang, `${by.name} har set og kvitteret for ${what} (sag ${c.id}).`, `${by.name} has seen and acknowledged ${what} (case ${c.id}).`);
  const volunteerNotified = await tryNotify(() => c.ports.notifyVolunteer(c.volunteer, text), deps.clock, deps.deliveryTimeoutMs);
  const status = action === 'call_me' ? 'call_requested' : 'acknowledged';
  auditCaseAction(deps.logger, deps.clock.now(), { type: c.kind, caseId: c.id, action, by: by.id, status, volunteerNotified });
  const statusLines = [
    ...statusOnly(c, action),
    volunteerNotified ? 'Den frivillige har fået besked.' : 'Den frivillige kunne ikke få besked automatisk – kontakt vedkommende direkte.',
  ];
  return { ok: true, status, updatedTitle: c.title, updatedLines: [...caseLines(c), ...statusLines], statusLines };
}

/** The case's metadata lines; the free text is not kept by us, so only the platform's message holds it. */
const caseLines = (c: CaseRecord): string[] => [`Sag: ${c.id}`, ...c.summary];

/** Who answered, and how. */
function statusOnly(c: CaseRecord, action?: CaseAction): string[] {
  const who = c.answeredBy?.name ?? c.routedTo.name;
  const at = c.answeredAt ? ` kl. ${clockTime(c.answeredAt)}` : '';
  const status: string[] = [];
  if (c.acknowledged) status.push(action === 'acknowledge' || !c.callRequested ? `Kvitteret af ${who}${at}.` : 'Kvitteret.');
  if (c.callRequested) status.push(action === 'call_me' || !c.acknowledged ? `${who} har bedt den frivillige ringe${at}.` : 'Den frivillige er bedt om at ringe.');
  return status;
}
