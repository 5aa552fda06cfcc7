import type { SafetyScreen } from '../screening/safety.js';
import { screenWholeText } from '../screening/screen-whole.js';
import type { Lang, Region } from '../types.js';
import { auditWorkflow } from './audit.js';
import type {
  BekymringField,
  BekymringKind,
  BekymringRequest,
  FieldErrors,
  PlatformPorts,
  WorkflowResult,
} from './contracts.js';
import { deliverCase } from './deliver-case.js';
import type { WorkflowDeps } from './deps.js';
import { regionFrom, unknownRegion } from './fields.js';
import { DUTY_DA, REASON_DA } from './free-text-screen.js';
import { duration, escalationChain, ladderFor } from './ladder.js';
import { callLine, EMERGENCY_112, named, pick } from './texts.js';

// /bekymring: the most important thing the bot does. Straight to the region's consultant, urgent
// for the duties; the volunteer always learns whether it arrived, and gets a phone number if not.

export const MAX_FREE_TEXT_CHARS = 3000;
export const BEKYMRING_KINDS: readonly BekymringKind[] = [
  'afvaergepligt',
  'underretningspligt',
  'graenseoverskridende',
  'sparring',
];

export const KIND_LABEL: Record<BekymringKind, { da: string; en: string }> = {
  afvaergepligt: {
    da: 'Afværgepligt – livsfare eller alvorlig forbrydelse',
    en: 'Duty to avert danger – danger to life or serious crime',
  },
  underretningspligt: {
    da: 'Underretningspligt – bekymring for et barns trivsel',
    en: "Duty to report – concern for a child's wellbeing",
  },
  graenseoverskridende: {
    da: 'Grænseoverskridende eller krænkende adfærd',
    en: 'Boundary-crossing or offensive behaviour',
  },
  sparring: { da: 'Svær samtale – brug for sparring', en: 'A hard conversation – need to talk it through' },
};

const isDuty = (k: BekymringKind) => k === 'afvaergepligt' || k === 'underretningspligt';
// Danger to life first, then a child's wellbeing, then the rest.
const RANK: Record<BekymringKind, number> = {
  afvaergepligt: 3,
  underretningspligt: 2,
  graenseoverskridende: 1,
  sparring: 0,
};
const NO_SCREEN: SafetyScreen = { route: null, acuteDanger: false, signals: [] };

export async function bekymring(
  req: BekymringRequest,
  ports: PlatformPorts,
  deps: WorkflowDeps,
): Promise<WorkflowResult<BekymringField>> {
  const lang = req.volunteer.lang;
  // The description is screened whole, before anything else: what it says can make the case
  // urgent and put 112 first, whatever the volunteer chose.
  const cleaned = cleanFreeText(req.freeText);
  const screen = cleaned ? screenWholeText(cleaned) : NO_SCREEN;
  const acute = req.acuteDanger === true || screen.acuteDanger;
  const emergencyNotice = acute ? EMERGENCY_112[lang] : undefined;
  const errors: FieldErrors<BekymringField> = {};
  const chosen = BEKYMRING_KINDS.find((k) => k === req.kind);
  if (!chosen) errors.kind = pick(lang, 'Vælg hvad det drejer sig om.', 'Choose what it is about.');
  const region = regionFrom(req.regionId, deps.directory);
  if (!region) errors.region = unknownRegion(deps.directory, lang);
  // 112 comes first even when the form is incomplete.
  if (!chosen || !region)
    return { ok: false, lang, errors: emergencyNotice ? { ...errors, acute: emergencyNotice } : errors };

  const kind = screen.route && RANK[screen.route] > RANK[chosen] ? screen.route : chosen;
  const raised = kind !== chosen;
  const consultant = region.consultant;
  const urgent = acute || isDuty(kind);
  const free = prepareFreeText(cleaned, deps);
  const caseId = deps.cases.newId('bekymring');
  const ladder = ladderFor(urgent, deps.bekymringAckMinutes);
  const [, next] = escalationChain(consultant, deps.directory);
  // Urgency is a field, not part of the title: each adapter marks it its own way.
  const title = `Bekymring – ${KIND_LABEL[kind].da}`;
  const marked = screen.route ? [screenedLine(screen, chosen, raised)] : [];
  const summary = [
    `Type: ${KIND_LABEL[kind].da}`,
    `Region: ${region.name}`,
    ...marked,
    ...(acute ? ['Akut fare: ja – den frivillige har fået besked om at ringe 112.'] : []),
  ];
  const lines = [
    ...(req.acuteDanger === true
      ? ['AKUT: Den frivillige svarede, at nogen er i akut fare lige nu, og har fået besked om at ringe 112.']
      : []),
    ...(req.acuteDanger !== true && acute
      ? ['AKUT: Beskrivelsen tyder på akut fare. Den frivillige har fået besked om at ringe 112.']
      : []),
    ...summary.filter((l) => !l.startsWith('Akut')),
    free.text ? `Beskrivelse: ${free.text}` : 'Ingen beskrivelse – ring til den frivillige.',
    ...(free.stripped ? ['Personoplysninger (navne, CPR-numre, telefonnumre, e-mail) er fjernet automatisk.'] : []),
    ...(free.truncated ? [`Teksten er afkortet til ${MAX_FREE_TEXT_CHARS} tegn.`] : []),
    `Kvittér, så den frivillige får besked. Uden kvittering inden ${duration(ladder.firstMinutes, 'da')} får ${(next ?? consultant).name} besked.`,
  ];
  const delivery = {
    caseId,
    kind: 'bekymring' as const,
    to: consultant,
    urgent,
    title,
    lines,
    actions: ['acknowledge' as const, 'call_me' as const],
    volunteer: req.volunteer,
  };
  const outcome = await deliverCase(
    delivery,
    { summary, category: kind, acute, firstDueMs: ladder.dueAfterMs(0) },
    ports,
    deps,
  );

  let fallbackAlerted = false;
  if (!outcome.ok) {
    // The consultant did not get it: the project leader gets the same case at once.
    const fallback = deps.directory.fallback;
    const second = await deliverCase(
      { ...delivery, to: fallback, lines: [`Kunne ikke leveres til ${consultant.name}.`, ...lines] },
      { summary, category: kind, acute, firstDueMs: ladder.dueAfterMs(0) },
      ports,
      deps,
    );
    fallbackAlerted = second.ok;
  }
  auditWorkflow(deps.logger, deps.clock.now(), {
    type: 'bekymring',
    caseId,
    routedTo: consultant.id,
    delivered: outcome.ok,
    urgent,
    acute,
    category: kind,
    ...(screen.route ? { screenedRoute: screen.route, screenedSignals: screen.signals } : {}),
    fallbackAlerted,
  });

  const message = volunteerMessage(
    lang,
    outcome.ok,
    fallbackAlerted,
    consultant,
    deps,
    free,
    acute,
    ladder.firstMinutes,
  );
  const why = raised ? `${raisedNotice(lang, kind)}\n` : '';
  return { ok: true, lang, caseId, delivered: outcome.ok, messageToVolunteer: why + message, emergencyNotice };
}

/** For the consultant: why the bot marked the case, by kind of reason, never the words. */
function screenedLine(screen: SafetyScreen, chosen: BekymringKind, raised: boolean): string {
  const reasons = screen.signals.map((sig) => REASON_DA[sig]).join(', ');
  const duty = DUTY_DA[screen.route!];
  return raised
    ? `Markeret som hastende af botten: beskrivelsen tyder på ${reasons} (${duty}). Den frivillige valgte: ${KIND_LABEL[chosen].da}.`
    : `Botten fandt også i beskrivelsen: ${reasons} (${duty}).`;
}

function raisedNotice(lang: Lang, kind: BekymringKind): string {
  return pick(
    lang,
    `Det du beskriver, lyder alvorligt, så din bekymring er sendt som hastende (${KIND_LABEL[kind].da}).`,
    `What you describe sounds serious, so your concern was sent as urgent (${KIND_LABEL[kind].en}).`,
  );
}

function volunteerMessage(
  lang: Lang,
  delivered: boolean,
  fallbackAlerted: boolean,
  consultant: Region['consultant'],
  deps: WorkflowDeps,
  free: FreeText,
  acute: boolean,
  firstMinutes: number,
): string {
  const fallback = deps.directory.fallback;
  const parts: string[] = [];
  if (delivered) {
    parts.push(
      pick(
        lang,
        `Din bekymring er sendt til ${named(consultant)}. Du får besked her, når den er set. Svarer ${consultant.name} ikke inden ${duration(firstMinutes, 'da')}, får ${fallback.name} automatisk besked.`,
        `Your concern has been sent to ${named(consultant)}. You will be told here when it has been seen. If ${consultant.name} has not answered within ${duration(firstMinutes, 'en')}, ${fallback.name} is alerted automatically.`,
      ),
      pick(
        lang,
        `Haster det, så ring til ${consultant.name} på ${consultant.phone}.`,
        `If it is urgent, call ${consultant.name} on ${consultant.phone}.`,
      ),
    );
  } else {
    parts.push(
      pick(
        lang,
        `Din bekymring kunne IKKE leveres til ${consultant.name}.`,
        `Your concern could NOT be delivered to ${consultant.name}.`,
      ),
    );
    if (acute)
      parts.push(
        pick(lang, 'Er nogen i akut fare: ring 112 først.', 'If anyone is in immediate danger: call 112 first.'),
      );
    parts.push(`${callLine(consultant, lang)}`);
    parts.push(
      fallbackAlerted
        ? pick(
            lang,
            `${named(fallback)} har fået din bekymring i stedet.`,
            `${named(fallback)} has received your concern instead.`,
          )
        : pick(
            lang,
            `Kan du ikke få fat i ${consultant.name}, så ring til ${fallback.name} på ${fallback.phone}.`,
            `If you cannot reach ${consultant.name}, call ${fallback.name} on ${fallback.phone}.`,
          ),
    );
  }
  // Only a delivered case has a consultant who will call; after a failure the volunteer must call.
  if (free.stripped) {
    parts.push(
      delivered
        ? pick(
            lang,
            'Navne, CPR-numre og telefonnumre blev fjernet fra din tekst – konsulenten ringer til dig for detaljerne.',
            'Names, CPR numbers and phone numbers were removed from your text – the consultant will call you for the details.',
          )
        : pick(
            lang,
            'Navne, CPR-numre og telefonnumre blev fjernet fra din tekst – giv detaljerne, når du ringer.',
            'Names, CPR numbers and phone numbers were removed from your text – give the details when you call.',
          ),
    );
  }
  if (free.truncated)
    parts.push(
      pick(
        lang,
        `Din tekst var lang, så kun de første ${MAX_FREE_TEXT_CHARS} tegn er sendt med.`,
        `Your text was long, so only the first ${MAX_FREE_TEXT_CHARS} characters were sent.`,
      ),
    );
  return parts.join('\n');
}

interface FreeText {
  text: string;
  stripped: boolean;
  truncated: boolean;
}

/** Control characters out, spaces squeezed; the whole text, before any length limit. */
function cleanFreeText(raw: unknown): string {
  if (typeof raw !== 'string') return '';
  return raw
    .normalize('NFC')
    .replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u200b-\u200f\u2028-\u202e\ufeff\ufffd]/g, '')
    .replace(/[ \t]+/g, ' ')
    .trim();
}

/** Personal data stripped, bounded; a long text is cut rather than refused: the case must still reach a human. */
function prepareFreeText(clean: string, deps: WorkflowDeps): FreeText {
  if (!clean) return { text: '', stripped: false, truncated: false };
  const truncated = clean.length > MAX_FREE_TEXT_CHARS;
  const screened = deps.screenPersonalData(truncated ? clean.slice(0, MAX_FREE_TEXT_CHARS) : clean);
  return { text: screened.redacted, stripped: screened.kinds.length > 0, truncated };
}
