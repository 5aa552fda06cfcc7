import type { Lang, Region } from '../types.js';
import { auditWorkflow } from './audit.js';
import type { FieldErrors, OrlovField, OrlovRequest, PlatformPorts, WorkflowResult } from './contracts.js';
import { checkLeaveEnd, checkLeaveStart, MAX_LEAVE_MONTHS } from './date-fields.js';
import { addDays, addMonths, daysBetween, formatDate, todayIn } from './dates.js';
import { deliverCase } from './deliver-case.js';
import type { WorkflowDeps } from './deps.js';
import { regionFrom, unknownRegion } from './fields.js';
import { concernInField, screenFields } from './free-text-screen.js';
import { findClause, LEAVE_CLAUSE, quoteClause } from './handbook-clause.js';
import { callLine, named, pick } from './texts.js';

// /orlov: up to six months, always agreed with the frivilligkonsulent, who acknowledges or asks
// the volunteer to call.

export { MAX_LEAVE_MONTHS };

interface ValidOrlov {
  region: Region;
  start: string;
  end: string;
}

export async function orlov(
  req: OrlovRequest,
  ports: PlatformPorts,
  deps: WorkflowDeps,
): Promise<WorkflowResult<OrlovField>> {
  const lang = req.volunteer.lang;
  // Typed dates are free text too: a worry written there goes to /bekymring, not into a leave request.
  const concern = screenFields<OrlovField>({ start: req.startDate, end: req.endDate, region: req.regionId });
  if (concern) return { ok: false, lang, errors: { [concern.field]: concernInField(concern.screen, lang) } };
  const checked = validate(req, deps, lang);
  if ('errors' in checked) return { ok: false, lang, errors: checked.errors };
  const { region, start, end } = checked;
  const consultant = region.consultant;

  const caseId = deps.cases.newId('orlov');
  const period = (l: Lang) => `${formatDate(start, l)} – ${formatDate(end, l)}`;
  const summary = [`Periode: ${period('da')} (${daysBetween(start, end) + 1} dage)`, `Region: ${region.name}`];
  const lines = [
    ...summary,
    'Håndbogen: orlov i op til seks måneder, altid aftalt med frivilligkonsulenten.',
    'Kvittér, eller bed den frivillige ringe til dig.',
  ];
  const title = 'Anmodning om orlov';
  const outcome = await deliverCase(
    {
      caseId,
      kind: 'orlov',
      to: consultant,
      urgent: false,
      title,
      lines,
      actions: ['acknowledge', 'call_me'],
      volunteer: req.volunteer,
    },
    { summary },
    ports,
    deps,
  );
  auditWorkflow(deps.logger, deps.clock.now(), {
    type: 'orlov',
    caseId,
    routedTo: consultant.id,
    delivered: outcome.ok,
    urgent: false,
  });

  const messageToVolunteer = outcome.ok
    ? pick(
        lang,
        `Din anmodning om orlov (${period('da')}) er sendt til ${named(consultant)}. Du får besked her, når den er set. Orlov aftales altid med din frivilligkonsulent, så I kan tale om, hvordan du kommer godt tilbage.`,
        `Your request for leave (${period('en')}) has been sent to ${named(consultant)}. You will be told here when it has been seen. Leave is always agreed with your volunteer consultant, so you can talk about how to come back well.`,
      )
    : `${pick(lang, `Din anmodning om orlov kunne ikke leveres til ${consultant.name}.`, `Your request for leave could not be delivered to ${consultant.name}.`)} ${callLine(consultant, lang)}`;
  return { ok: true, lang, caseId, delivered: outcome.ok, messageToVolunteer };
}

function validate(req: OrlovRequest, deps: WorkflowDeps, lang: Lang): ValidOrlov | { errors: FieldErrors<OrlovField> } {
  const errors: FieldErrors<OrlovField> = {};
  const today = todayIn(deps.clock);
  const region = regionFrom(req.regionId, deps.directory);
  if (!region) errors.region = unknownRegion(deps.directory, lang);

  const started = checkLeaveStart(req.startDate, today, lang);
  const start = 'iso' in started ? started.iso : undefined;
  if ('error' in started) errors.start = started.error;

  let end: string | undefined;
  const refusal = sixMonthRefusal(deps, lang);
  if (req.endDate !== undefined && req.endDate !== '') {
    const ended = checkLeaveEnd(req.endDate, start ?? today, lang, refusal);
    if ('error' in ended) errors.end = ended.error;
    else end = ended.iso;
  } else if (req.months !== undefined) {
    const months = Number(req.months);
    if (!Number.isInteger(months) || months < 1)
      errors.months = pick(
        lang,
        'Skriv længden som et helt antal måneder, fx 3.',
        'Give the length as a whole number of months, e.g. 3.',
      );
    else if (months > MAX_LEAVE_MONTHS) errors.months = refusal;
    else if (start) end = addDays(addMonths(start, months), -1);
  } else {
    errors.end = pick(
      lang,
      'Skriv en slutdato eller hvor mange måneder (højst seks).',
      'Give an end date or a number of months (at most six).',
    );
  }
  if (Object.keys(errors).length > 0 || !region || !start || !end) return { errors };
  return { region, start, end };
}

/** The refusal quotes the handbook itself when the documents are loaded. */
export function sixMonthRefusal(deps: WorkflowDeps, lang: Lang): string {
  const clause = findClause(deps.chunks, LEAVE_CLAUSE);
  const lead = pick(lang, 'Orlov kan højst vare seks måneder.', 'Leave can last at most six months.');
  const quote = clause ? ` ${pick(lang, 'Håndbogen siger', 'The handbook says')}: ${quoteClause(clause, lang)}` : '';
  const next = pick(
    lang,
    ' Vælg en kortere periode, eller tal med din frivilligkonsulent om din situation.',
    ' Choose a shorter period, or talk to your volunteer consultant about your situation.',
  );
  return lead + quote + next;
}
