import type { Core } from '../../core/core.js';
import type { Lang, VolunteerRef } from '../../core/types.js';
import { BEKYMRING_KINDS, KIND_LABEL } from '../../core/workflows/bekymring.js';
import type { BekymringKind, PlatformPorts, WorkflowResult } from '../../core/workflows/contracts.js';
import { EMERGENCY_112, NO_PERSONAL_DATA_HINT } from '../../core/workflows/texts.js';
import { askFor, cancelHint, choose, DialogCancelled, type DialogIo } from './dialog-io.js';
import { renderWorkflowResult } from './render.js';

// /afbud, /orlov and /bekymring as short dialogues: one question a line, the core validates, and
// only the fields it rejects are asked again.

interface Session {
  io: DialogIo;
  core: Core;
  ports: PlatformPorts;
  volunteer: VolunteerRef;
}
type Answers = Record<string, string>;
const ROUNDS = 3;
const said = <T>(value: T) => ({ value });
const nonEmpty = (lang: Lang) => (a: string) =>
  a ? said(a) : { error: lang === 'en' ? 'Please write an answer.' : 'Skriv et svar.' };
const t = (lang: Lang, da: string, en: string) => (lang === 'en' ? en : da);

type Parse = (answer: string) => { value: string } | { error: string };
type Question = { text: string; parse: Parse };

/**
 * Submits, and on field errors shows them, asks those fields again and resubmits. The answers to
 * the last round of questions are submitted too: a retry is never thrown away.
 */
async function submitLoop<F extends string>(
  s: Session,
  answers: Answers,
  questions: Partial<Record<F, Question>>,
  submit: (a: Answers) => Promise<WorkflowResult<F>>,
): Promise<void> {
  const lang = s.volunteer.lang;
  for (let round = 0; ; round++) {
    const result = await submit(answers);
    if (result.ok) {
      s.io.print(renderWorkflowResult(result));
      return;
    }
    if (round === ROUNDS) break;
    for (const [field, message] of Object.entries(result.errors) as [F, string][]) {
      const question = questions[field];
      if (!question) {
        s.io.print(message);
        continue;
      }
      answers[field] = await askFor(s.io, `${message}\n${question.text}`, question.parse, lang);
    }
  }
  s.io.print(
    t(
      lang,
      'Det lykkedes ikke. Kontakt din tovholder eller frivilligkonsulent direkte.',
      'That did not work. Please contact your tovholder or volunteer consultant directly.',
    ),
  );
}

/** A date checked by the core's own rules at the question where it is typed: a past date is refused there. */
const dateAnswer =
  (s: Session, field: 'shift' | 'leaveStart' | 'leaveEnd', start?: () => string | undefined): Parse =>
  (a) => {
    if (!a) return nonEmpty(s.volunteer.lang)(a);
    const r = s.core.checkDate(field, a, s.volunteer.lang, start?.());
    return 'iso' in r ? said(r.iso) : r;
  };

const regionChoice = (core: Core, lang: Lang) =>
  choose(
    core.directory.regions.map((r) => ({
      label: r.name,
      id: r.id,
      match: (a: string) => [r.id, r.name, ...(r.aliases ?? [])].some((x) => x.toLowerCase() === a.toLowerCase()),
    })),
    lang,
  );

export async function afbudDialog(s: Session): Promise<void> {
  const lang = s.volunteer.lang;
  const groups = choose(
    s.core.directory.groups.map((g) => ({
      label: g.name,
      id: g.id,
      match: (a: string) => [g.id, g.name, ...(g.aliases ?? [])].some((x) => x.toLowerCase() === a.toLowerCase()),
    })),
    lang,
  );
  s.io.print(
    t(
      lang,
      `Afbud til en vagt – du skal ikke give en grund. ${cancelHint(lang)}`,
      `Cancel a shift – no reason needed. ${cancelHint(lang)}`,
    ),
  );
  const questions = {
    date: {
      text: t(
        lang,
        'Hvilken dato er vagten? (fx i morgen, næste lørdag eller 14/3)',
        'What date is the shift? (e.g. tomorrow, next Saturday or 14/3)',
      ),
      parse: dateAnswer(s, 'shift'),
    },
    shift: {
      text: t(lang, 'Hvilken vagt? (fx formiddag eller 14-17)', 'Which shift? (e.g. morning or 14-17)'),
      parse: nonEmpty(lang),
    },
    group: {
      text: `${t(lang, 'Hvilken gruppe?', 'Which group?')}\n${groups.menu}`,
      parse: (a: string) => {
        const g = groups.parse(a);
        return 'value' in g ? said(g.value.id) : g;
      },
    },
  };
  const answers: Answers = {};
  answers.date = await askFor(s.io, questions.date.text, questions.date.parse, lang);
  answers.shift = await askFor(s.io, questions.shift.text, questions.shift.parse, lang);
  answers.group = await askFor(s.io, questions.group.text, questions.group.parse, lang);
  await submitLoop(s, answers, questions, (a) =>
    s.core.afbud({ volunteer: s.volunteer, date: a.date!, shift: a.shift!, groupId: a.group! }, s.ports),
  );
}

export async function orlovDialog(s: Session): Promise<void> {
  const lang = s.volunteer.lang;
  const regions = regionChoice(s.core, lang);
  s.io.print(
    t(
      lang,
      `Orlov i op til seks måneder – det aftales altid med din frivilligkonsulent. ${cancelHint(lang)}`,
      `Leave of up to six months – always agreed with your volunteer consultant. ${cancelHint(lang)}`,
    ),
  );
  const answers: Answers = {};
  const endParse = dateAnswer(s, 'leaveEnd', () => answers.start);
  const questions = {
    region: {
      text: `${t(lang, 'Hvilken region hører du til?', 'Which region do you belong to?')}\n${regions.menu}`,
      parse: (a: string) => {
        const r = regions.parse(a);
        return 'value' in r ? said(r.value.id) : r;
      },
    },
    start: {
      text: t(
        lang,
        'Hvornår skal orloven begynde? (fx 1/4, på mandag eller om to uger)',
        'When should the leave start? (e.g. 1/4, on Monday or in two weeks)',
      ),
      parse: dateAnswer(s, 'leaveStart'),
    },
    // A bare number is months, as the question says.
    end: {
      text: t(
        lang,
        'Hvornår slutter den – en dato eller en længde (fx 30/6, 3 måneder eller et halvt år)?',
        'When does it end – a date or a length (e.g. 30/6, 3 months or half a year)?',
      ),
      parse: (a: string) => endParse(/^\d{1,3}$/.test(a) ? `${a} ${t(lang, 'måneder', 'months')}` : a),
    },
  };
  answers.region = await askFor(s.io, questions.region.text, questions.region.parse, lang);
  answers.start = await askFor(s.io, questions.start.text, questions.start.parse, lang);
  answers.end = await askFor(s.io, questions.end.text, questions.end.parse, lang);
  await submitLoop(s, answers, { ...questions, months: questions.end }, (a) => {
    if (a.months !== undefined) a.end = a.months;
    delete a.months;
    return s.core.orlov({ volunteer: s.volunteer, regionId: a.region!, startDate: a.start!, endDate: a.end! }, s.ports);
  });
}

const YES = /^(ja|j|yes|y|jo)$/i;
const NO = /^(nej|n|no|nope)$/i;

export async function bekymringDialog(s: Session): Promise<void> {
  const lang = s.volunteer.lang;
  s.io.print(
    t(
      lang,
      `Bekymring – går direkte til din frivilligkonsulent. ${cancelHint(lang)}`,
      `Concern – goes straight to your volunteer consultant. ${cancelHint(lang)}`,
    ),
  );
  const acute = await askFor(
    s.io,
    t(lang, 'Er nogen i akut fare lige nu? (ja/nej)', 'Is anyone in immediate danger right now? (yes/no)'),
    (a) =>
      YES.test(a)
        ? said(true)
        : NO.test(a)
          ? said(false)
          : { error: t(lang, 'Svar ja eller nej.', 'Please answer yes or no.') },
    lang,
  ).catch((e: unknown) => {
    // Even a cancelled dialogue shows 112 when the answer was unclear: safety first.
    if (e instanceof DialogCancelled) s.io.print(`!!! ${EMERGENCY_112[lang]}`);
    throw e;
  });
  if (acute) s.io.print(`!!! ${EMERGENCY_112[lang]}`);
  const kinds = choose(
    BEKYMRING_KINDS.map((k) => ({ label: KIND_LABEL[k][lang], id: k, match: (a: string) => a.toLowerCase() === k })),
    lang,
  );
  const regions = regionChoice(s.core, lang);
  const questions = {
    kind: {
      text: `${t(lang, 'Hvad drejer det sig om?', 'What is it about?')}\n${kinds.menu}`,
      parse: (a: string) => {
        const k = kinds.parse(a);
        return 'value' in k ? said(k.value.id) : k;
      },
    },
    region: {
      text: `${t(lang, 'Hvilken region hører du til?', 'Which region do you belong to?')}\n${regions.menu}`,
      parse: (a: string) => {
        const r = regions.parse(a);
        return 'value' in r ? said(r.value.id) : r;
      },
    },
  };
  const answers: Answers = {};
  answers.kind = await askFor(s.io, questions.kind.text, questions.kind.parse, lang);
  answers.region = await askFor(s.io, questions.region.text, questions.region.parse, lang);
  // Optional; the end of input here still sends the concern (it must reach a human).
  const text = await s.io.ask(
    `${t(lang, 'Beskriv kort (valgfrit – tryk Enter for at springe over).', 'Describe briefly (optional – press Enter to skip).')} ${NO_PERSONAL_DATA_HINT[lang]}`,
  );
  await submitLoop(s, answers, questions, (a) =>
    s.core.bekymring(
      {
        volunteer: s.volunteer,
        acuteDanger: acute,
        kind: a.kind as BekymringKind,
        regionId: a.region!,
        freeText: text?.trim() || undefined,
      },
      s.ports,
    ),
  );
}
