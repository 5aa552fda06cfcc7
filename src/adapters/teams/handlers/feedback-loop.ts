import { Activity } from '@microsoft/agents-activity';
import type { TurnContext } from '@microsoft/agents-hosting';
import { z } from 'zod';
import type { TeamsDeps } from '../deps.js';

// Teams' own 👍/👎 under an answer (the feedback loop) arrive as a `message/submitAction` invoke.
// Only the reaction is read: the optional comment the user may type is never parsed, logged or kept.
const FeedbackInvoke = z.object({
  actionName: z.literal('feedback'),
  actionValue: z.object({ reaction: z.enum(['like', 'dislike']) }),
});

export async function handleFeedbackInvoke(ctx: TurnContext, deps: TeamsDeps): Promise<void> {
  const parsed = FeedbackInvoke.safeParse(ctx.activity.value);
  if (!parsed.success) {
    deps.logger.info(
      { event: 'teams_bad_invoke', invoke: 'message/submitAction' },
      'submit action without a usable reaction',
    );
    await ctx.sendActivity(Activity.fromObject({ type: 'invokeResponse', value: { status: 400 } }));
    return;
  }
  const answerId = deps.answers.answerIdOf(ctx.activity.replyToId) ?? 'unknown';
  deps.core.recordFeedback({
    platform: 'teams',
    rating: parsed.data.actionValue.reaction === 'like' ? 'up' : 'down',
    answerId,
  });
  await ctx.sendActivity(Activity.fromObject({ type: 'invokeResponse', value: { status: 200, body: {} } }));
}
