import { Activity } from '@microsoft/agents-activity';
import type { TurnContext } from '@microsoft/agents-hosting';
import { z } from 'zod';
import type { TeamsDeps } from '../deps.js';
import { ADAPTIVE_CARD } from '../render/card.js';
import { texts } from '../render/texts.js';
import { runCardAction } from './card-action.js';
import type { CardOutcome } from './card-outcome.js';

// Action.Execute arrives as an `adaptiveCard/action` invoke; Teams merges the inputs into `data`.
const ExecuteValue = z.object({
  action: z.object({
    type: z.literal('Action.Execute'),
    verb: z.string().min(1).max(200),
    data: z.record(z.string(), z.unknown()).optional().default({}),
  }),
});

/** The Universal Actions response bodies Teams understands. */
function invokeBody(outcome: CardOutcome): { status: number; body: unknown } {
  switch (outcome.kind) {
    case 'card':
      return { status: 200, body: { statusCode: 200, type: ADAPTIVE_CARD, value: outcome.card } };
    case 'message':
      return {
        status: 200,
        body: { statusCode: 200, type: 'application/vnd.microsoft.activity.message', value: outcome.text },
      };
    case 'bad_request':
      return {
        status: 400,
        body: {
          statusCode: 400,
          type: 'application/vnd.microsoft.error',
          value: { code: 'BadRequest', message: outcome.text },
        },
      };
  }
}

async function respond(ctx: TurnContext, outcome: CardOutcome): Promise<void> {
  await ctx.sendActivity(Activity.fromObject({ type: 'invokeResponse', value: invokeBody(outcome) }));
}

export async function handleCardInvoke(ctx: TurnContext, deps: TeamsDeps): Promise<void> {
  const parsed = ExecuteValue.safeParse(ctx.activity.value);
  if (!parsed.success) {
    deps.logger.info({ event: 'teams_bad_invoke' }, 'card action without a usable verb');
    await respond(ctx, { kind: 'bad_request', text: texts('da').badAction });
    return;
  }
  const { verb, data } = parsed.data.action;
  await respond(ctx, await runCardAction(ctx, deps, verb, data));
}

/** Invokes we do not handle get an explicit "not implemented" instead of a silent 200. */
export async function rejectInvoke(ctx: TurnContext): Promise<void> {
  await ctx.sendActivity(Activity.fromObject({ type: 'invokeResponse', value: { status: 501 } }));
}
