import type { TurnContext } from '@microsoft/agents-hosting';
import { z } from 'zod';
import type { TeamsDeps } from '../deps.js';
import { afbudCard } from '../render/afbud-card.js';
import { texts } from '../render/texts.js';
import { workflowResultCard } from '../render/workflow-result.js';
import { type CardOutcome, InputValue, LangField } from './card-outcome.js';
import { volunteerOf } from './turn.js';

const AfbudData = z.object({
  lang: LangField,
  date: InputValue,
  shift: InputValue,
  group: InputValue,
  partner: InputValue,
});

/** The afbud form was sent: the core validates and delivers; the card becomes the result or the form with errors. */
export async function submitAfbud(ctx: TurnContext, deps: TeamsDeps, data: unknown): Promise<CardOutcome> {
  const parsed = AfbudData.safeParse(data);
  if (!parsed.success) return { kind: 'bad_request', text: texts('da').badAction };
  const { lang, date = '', shift = '', group = '', partner } = parsed.data;
  const directory = deps.core.directory;
  const result = await deps.core.afbud(
    {
      volunteer: volunteerOf(ctx.activity, directory, lang),
      date,
      shift,
      groupId: group,
      ...(partner ? { partnerUserId: partner } : {}),
    },
    deps.ports,
  );
  if (!result.ok) {
    return {
      kind: 'card',
      card: afbudCard(directory, { lang: result.lang, values: { date, shift, group, partner }, errors: result.errors }),
    };
  }
  return { kind: 'card', card: workflowResultCard({ ...result, title: texts(result.lang).afbudTitle }) };
}
