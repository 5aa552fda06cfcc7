import { Activity } from '@microsoft/agents-activity';
import type { TurnContext } from '@microsoft/agents-hosting';
import type { TeamsDeps } from './deps.js';
import { handleCardInvoke, rejectInvoke } from './handlers/card-invoke.js';
import { handleCardSubmitMessage, SubmitValue } from './handlers/card-submit-message.js';
import { handleConversationUpdate } from './handlers/conversation-update.js';
import { handleFeedbackInvoke } from './handlers/feedback-loop.js';
import { handleMessage } from './handlers/message.js';
import { isFromBot, send } from './handlers/turn.js';
import { texts } from './render/texts.js';

/** The one place activities are routed to handlers. */
export function routeTurn(deps: TeamsDeps) {
  return async (ctx: TurnContext): Promise<void> => {
    const a = ctx.activity;
    deps.refs.remember(a);
    const log = deps.logger.child({
      activityType: a.type,
      conversationType: a.conversation?.conversationType,
      invoke: a.name,
    });
    const turnDeps = { ...deps, logger: log };
    if (isFromBot(a)) {
      log.debug({ event: 'teams_ignored', reason: 'from_bot' }, 'ignored');
      return;
    }
    switch (a.type) {
      case 'message': {
        const submit = SubmitValue.safeParse(a.value);
        return submit.success ? handleCardSubmitMessage(ctx, turnDeps, submit.data) : handleMessage(ctx, turnDeps);
      }
      case 'invoke':
        if (a.name === 'adaptiveCard/action') return handleCardInvoke(ctx, turnDeps);
        if (a.name === 'message/submitAction') return handleFeedbackInvoke(ctx, turnDeps);
        return rejectInvoke(ctx);
      case 'conversationUpdate':
        return handleConversationUpdate(ctx, turnDeps);
      default:
        // installationUpdate, typing, reactions…: the reference is remembered, nothing to say.
        return;
    }
  };
}

/**
 * Replaces the SDK's default, which sends the error text to the user. Logs the error's type only;
 * tells the user something went wrong in plain words (an invoke gets a 500 response instead).
 */
export function onTurnError(deps: Pick<TeamsDeps, 'logger'>) {
  return async (ctx: TurnContext, err: Error): Promise<void> => {
    const a = ctx.activity;
    deps.logger.error({ event: 'teams_turn_error', activityType: a?.type, invoke: a?.name, err }, 'turn failed');
    try {
      if (a?.type === 'invoke') {
        await ctx.sendActivity(Activity.fromObject({ type: 'invokeResponse', value: { status: 500 } }));
      } else if (a?.type === 'message') {
        await send(ctx, { text: texts('da').somethingWrong });
      }
    } catch {
      // The connector itself is failing; nothing more to tell anyone.
    }
  };
}
