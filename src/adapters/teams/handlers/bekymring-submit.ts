import type { TurnContext } from '@microsoft/agents-hosting';
import { z } from 'zod';
import type { BekymringField, BekymringKind, FieldErrors } from '../../../core/workflows/contracts.js';
import type { TeamsDeps } from '../deps.js';
import { bekymringCard } from '../render/bekymring-card.js';
import { texts } from '../render/texts.js';
import { workflowResultCard } from '../render/workflow-result.js';
import { type CardOutcome, InputValue, LangField } from './card-outcome.js';
import { volunteerOf } from './turn.js';

const KINDS = [
  'afvaergepligt',
  'underretningspligt',
  'graenseoverskridende',
  'sparring',
] as const satisfies readonly BekymringKind[];

const BekymringData = z.object({
  lang: LangField,
  acute: InputValue,
  kind: InputValue,
  region: InputValue,
  text: InputValue,
});

export async function submitBekymring(ctx: TurnContext, deps: TeamsDeps, data: unknown): Promise<CardOutcome> {
  const parsed = BekymringData.safeParse(data);
  if (!parsed.success) return { kind: 'bad_request', text: texts('da').badAction };
  const { lang, acute, kind, region = '', text } = parsed.data;
  const directory = deps.core.directory;
  const values = { acute, kind, region, text };

  // The two choices the contract types strictly are checked here; everything else is the core's to judge.
  const errors: FieldErrors<BekymringField> = {};
  if (acute !== 'yes' && acute !== 'no') errors.acute = texts(lang).required;
  const knownKind = KINDS.find((k) => k === kind);
  if (!knownKind) errors.kind = texts(lang).required;
  if (errors.acute || !knownKind) return { kind: 'card', card: bekymringCard(directory, { lang, values, errors }) };

  const result = await deps.core.bekymring(
    {
      volunteer: volunteerOf(ctx.activity, directory, lang),
      acuteDanger: acute === 'yes',
      kind: knownKind,
      regionId: region,
      ...(text ? { freeText: text } : {}),
    },
    deps.ports,
  );
  if (!result.ok)
    return { kind: 'card', card: bekymringCard(directory, { lang: result.lang, values, errors: result.errors }) };
  return { kind: 'card', card: workflowResultCard({ ...result, title: texts(result.lang).bekymringTitle }) };
}
