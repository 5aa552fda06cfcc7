import type { TurnContext } from '@microsoft/agents-hosting';
import { z } from 'zod';
import type { TeamsDeps } from '../deps.js';
import { isKnownVerb, Verb } from '../ids.js';
import { card, subtle } from '../render/card.js';
import { texts } from '../render/texts.js';
import { submitAfbud } from './afbud-submit.js';
import { submitBekymring } from './bekymring-submit.js';
import { type CardOutcome, LangField } from './card-outcome.js';
import { runCaseAction } from './case-action.js';
import { recordFeedback } from './feedback.js';
import { openForm } from './open-form.js';
import { submitOrlov } from './orlov-submit.js';

const OpenFormData = z.object({
  form: z.enum(['afbud', 'orlov', 'bekymring']),
  lang: LangField,
  // Pre-filled from a safety-screened answer.
  kind: z.string().max(40).optional(),
  acute: z.enum(['yes', 'no']).optional(),
});

/** Every card button, by verb. Unknown verbs get a plain answer, not an error. */
export async function runCardAction(
  ctx: TurnContext,
  deps: TeamsDeps,
  verb: string,
  data: Record<string, unknown>,
): Promise<CardOutcome> {
  if (!isKnownVerb(verb)) {
    deps.logger.info({ event: 'teams_unknown_verb' }, 'unknown card verb');
    return { kind: 'message', text: texts(LangField.parse(data.lang)).unknownAction };
  }
  switch (verb) {
    case Verb.afbudSubmit:
      return submitAfbud(ctx, deps, data);
    case Verb.orlovSubmit:
      return submitOrlov(ctx, deps, data);
    case Verb.bekymringSubmit:
      return submitBekymring(ctx, deps, data);
    case Verb.caseAcknowledge:
      return runCaseAction(ctx, deps, 'acknowledge', data);
    case Verb.caseCallMe:
      return runCaseAction(ctx, deps, 'call_me', data);
    case Verb.feedback:
      return recordFeedback(deps, data);
    case Verb.formCancel: {
      const lang = LangField.parse(data.lang);
      return { kind: 'card', card: card([subtle(texts(lang).cancelled)]) };
    }
    case Verb.formOpen: {
      const parsed = OpenFormData.safeParse(data);
      if (!parsed.success) return { kind: 'bad_request', text: texts('da').badAction };
      const { form, lang, kind, acute } = parsed.data;
      const said = await openForm(ctx, deps, form, lang, { ...(kind ? { kind } : {}), ...(acute ? { acute } : {}) });
      return { kind: 'message', text: said ?? texts(lang).formOpened };
    }
  }
}
