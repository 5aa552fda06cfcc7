import type { TurnContext } from '@microsoft/agents-hosting';
import { z } from 'zod';
import type { TeamsDeps } from '../deps.js';
import { attachment } from '../render/card.js';
import { runCardAction } from './card-action.js';
import { replaceCard, send } from './turn.js';

// Action.Submit (older clients, or a card built elsewhere) arrives as a message whose `value`
// holds the data and inputs. Our cards repeat the verb in `data`, so both routes meet here.
export const SubmitValue = z.looseObject({ verb: z.string().min(1).max(200) });

export async function handleCardSubmitMessage(
  ctx: TurnContext,
  deps: TeamsDeps,
  value: z.infer<typeof SubmitValue>,
): Promise<void> {
  const outcome = await runCardAction(ctx, deps, value.verb, value);
  if (outcome.kind !== 'card') {
    await send(ctx, { text: outcome.text });
    return;
  }
  const cardId = ctx.activity.replyToId;
  if (cardId) {
    try {
      await replaceCard(ctx, cardId, attachment(outcome.card));
      return;
    } catch {
      // Fall through: a new message is better than nothing.
    }
  }
  await send(ctx, { attachments: [attachment(outcome.card)] });
}
