import { afbudRecipient, findGroup } from '../directory/lookup.js';
import type { Contact, HospitalGroup, Lang } from '../types.js';
import { auditWorkflow } from './audit.js';
import type { AfbudField, AfbudRequest, FieldErrors, PlatformPorts, WorkflowResult } from './contracts.js';
import { checkShiftDate } from './date-fields.js';
import { formatDate, todayIn } from './dates.js';
import { tryNotify } from './deliver.js';
import { deliverCase } from './deliver-case.js';
import type { WorkflowDeps } from './deps.js';
import { concernInField, screenFields } from './free-text-screen.js';
import { findClause, quoteClause, TWO_ON_SHIFT_CLAUSE } from './handbook-clause.js';
import { callLine, named, oneLine, pick } from './texts.js';

// /afbud: date, shift, group. No reason is asked for: a reason is usually health data.

const MAX_SHIFT_CHARS = 100;

interface ValidAfbud {
  date: string;
  shift: string;
  group: HospitalGroup;
  recipient: Contact;
}

export async function afbud(
  req: AfbudRequest,
  ports: PlatformPorts,
  deps: WorkflowDeps,
): Promise<WorkflowResult<AfbudField>> {
  const lang = req.volunteer.lang;
  // What the volunteer typed is read whole first: a worry written into a shift field goes to /bekymring, not to the tovholder.
  const concern = screenFields<AfbudField>({ shift: req.shift, date: req.date });
  if (concern) return { ok: false, lang, errors: { [concern.field]: concernInField(concern.screen, lang) } };
  const checked = validate(req, deps, lang);
  if ('errors' in checked) return { ok: false, lang, errors: checked.errors };
  const { date, shift, group, recipient } = checked;

  const caseId = deps.cases.newId('afbud');
  const when = `${formatDate(date, 'da')}, ${shift}`;
  const byConsultant = !group.tovholder;
  const summary = [`Vagt: ${when}`, `Gruppe: ${group.name}`];
  const rule = twoOnShiftRule(deps, 'da');
  const lines = [
    ...summary,
    ...(byConsultant ? ['Gruppen har ingen tovholder i botten, så afbuddet går til dig som frivilligkonsulent.'] : []),
    rule,
    'Den frivillige er ikke spurgt om en grund.',
  ];
  // Stored: the date and group only; the shift's name is the volunteer's own words.
  const stored = { summary: [`Vagt: ${formatDate(date, 'da')}`, `Gruppe: ${group.name}`] };
  const outcome = await deliverCase(
    {
      caseId,
      kind: 'afbud',
      to: recipient,
      urgent: false,
      title: 'Afbud til vagt',
      lines,
      actions: ['acknowledge'],
      volunteer: req.volunteer,
    },
    stored,
    ports,
    deps,
  );

  let partnerNotified: boolean | undefined;
  if (req.partnerUserId) {
    const notifyUser = ports.notifyUser?.bind(ports);
    const text = `Din vagtmakker har meldt afbud til vagten ${when} (${group.name}). Der skal altid være mindst to frivillige på vagt: ${recipient.name} har fået besked og finder en afløser eller aflyser vagten.`;
    partnerNotified = notifyUser
      ? await tryNotify(() => notifyUser(req.partnerUserId!, text), deps.clock, deps.deliveryTimeoutMs)
      : false;
  }
  auditWorkflow(deps.logger, deps.clock.now(), {
    type: 'afbud',
    caseId,
    routedTo: recipient.id,
    delivered: outcome.ok,
    urgent: false,
    partnerNotified,
  });

  const whenForVolunteer = `${formatDate(date, lang)} (${shift})`;
  const parts = outcome.ok
    ? [
        pick(
          lang,
          `Tak – dit afbud til vagten ${whenForVolunteer} er sendt til ${named(recipient)}.`,
          `Thank you – your cancellation for the shift on ${whenForVolunteer} has been sent to ${named(recipient)}.`,
        ),
      ]
    : [
        pick(
          lang,
          `Dit afbud til vagten ${whenForVolunteer} kunne ikke leveres til ${recipient.name}.`,
          `Your cancellation for the shift on ${whenForVolunteer} could not be delivered to ${recipient.name}.`,
        ),
        `${callLine(recipient, lang)} ${pick(lang, 'Meld afbud så tidligt som muligt, så der er tid til at finde en afløser.', 'Cancel as early as possible, so there is time to find a replacement.')}`,
      ];
  if (partnerNotified === true)
    parts.push(pick(lang, 'Din vagtmakker har fået besked.', 'Your shift partner has been told.'));
  if (partnerNotified === false)
    parts.push(
      pick(
        lang,
        'Din vagtmakker kunne ikke få besked automatisk – sig det gerne selv.',
        'Your shift partner could not be told automatically – please tell them yourself.',
      ),
    );
  parts.push(twoOnShiftRule(deps, lang));
  if (outcome.ok) parts.push(pick(lang, 'Du behøver ikke at give en grund.', 'You do not need to give a reason.'));
  return { ok: true, lang, caseId, delivered: outcome.ok, messageToVolunteer: parts.join('\n') };
}

function twoOnShiftRule(deps: WorkflowDeps, lang: Lang): string {
  const clause = findClause(deps.chunks, TWO_ON_SHIFT_CLAUSE);
  const rule = clause
    ? pick(
        lang,
        `Husk: ${quoteClause(clause, lang)}`,
        `Remember: there must always be at least two volunteers on a shift – ${quoteClause(clause, lang)}.`,
      )
    : pick(
        lang,
        'Husk: der skal altid være mindst to frivillige på vagt.',
        'Remember: there must always be at least two volunteers on a shift.',
      );
  const then = pick(
    lang,
    'Er der nu kun én frivillig tilbage, aflyses vagten, og tovholderen melder aflysningen til afdelingens kontaktperson.',
    "If only one volunteer is left, the shift is cancelled, and the tovholder (group coordinator) tells the department's contact person.",
  );
  return `${rule} ${then}`;
}

function validate(req: AfbudRequest, deps: WorkflowDeps, lang: Lang): ValidAfbud | { errors: FieldErrors<AfbudField> } {
  const errors: FieldErrors<AfbudField> = {};
  const today = todayIn(deps.clock);
  const checked = checkShiftDate(req.date, today, lang);
  const date = 'iso' in checked ? checked.iso : undefined;
  if ('error' in checked) errors.date = checked.error;
  const shiftText = typeof req.shift === 'string' ? oneLine(req.shift, 10_000) : '';
  if (!shiftText)
    errors.shift = pick(
      lang,
      'Skriv hvilken vagt, fx "formiddag" eller "14-17".',
      'Say which shift, e.g. "morning" or "14-17".',
    );
  else if (shiftText.length > MAX_SHIFT_CHARS)
    errors.shift = pick(
      lang,
      `Skriv vagten kort (højst ${MAX_SHIFT_CHARS} tegn), fx "formiddag".`,
      `Keep the shift short (at most ${MAX_SHIFT_CHARS} characters), e.g. "morning".`,
    );
  const group = typeof req.groupId === 'string' ? findGroup(deps.directory, req.groupId.slice(0, 200)) : undefined;
  const recipient = group ? afbudRecipient(deps.directory, group) : undefined;
  if (!group || !recipient) {
    const names = deps.directory.groups.map((g) => g.name).join(', ');
    errors.group = pick(lang, `Ukendt gruppe. Vælg en af: ${names}.`, `Unknown group. Choose one of: ${names}.`);
  }
  if (Object.keys(errors).length > 0 || !date || !group || !recipient) return { errors };
  // A shift name is free text: strip anything that looks like personal data before it is sent on.
  return { date, shift: deps.screenPersonalData(shiftText).redacted, group, recipient };
}
