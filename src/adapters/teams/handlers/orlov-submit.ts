import type { TurnContext } from '@microsoft/agents-hosting';
import { z } from 'zod';
import type { TeamsDeps } from '../deps.js';
import { orlovCard } from '../render/orlov-card.js';
import { texts } from '../render/texts.js';
import { workflowResultCard } from '../render/workflow-result.js';
import { type CardOutcome, InputValue, LangField } from './card-outcome.js';
import { volunteerOf } from './turn.js';

const OrlovData = z.object({
  lang: LangField,
  region: InputValue,
  start: InputValue,
  end: InputValue,
  months: InputValue,
});

export async function submitOrlov(ctx: TurnContext, deps: TeamsDeps, data: unknown): Promise<CardOutcome> {
  const parsed = OrlovData.safeParse(data);
  if (!parsed.success) return { kind: 'bad_request', text: texts('da').badAction };
  const { lang, region = '', start = '', end, months } = parsed.data;
  const t = texts(lang);
  const monthsNumber = months ? Number(months) : undefined;
  if (monthsNumber !== undefined && !Number.isFinite(monthsNumber)) {
    return {
      kind: 'card',
      card: orlovCard(deps.core.directory, { lang, values: { region, start, end }, errors: { months: t.required } }),
    };
  }
  const result = await deps.core.orlov(
    {
      volunteer: volunteerOf(ctx.activity, deps.core.directory, lang),
      regionId: region,
      startDate: start,
      ...(end ? { endDate: end } : {}),
      ...(monthsNumber !== undefined ? { months: monthsNumber } : {}),
    },
    deps.ports,
  );
  if (!result.ok) {
    return {
      kind: 'card',
      card: orlovCard(deps.core.directory, {
        lang: result.lang,
        values: { region, start, end, months },
        errors: result.errors,
      }),
    };
  }
  return { kind: 'card', card: workflowResultCard({ ...result, title: texts(result.lang).orlovTitle }) };
}
