import { randomUUID } from 'node:crypto';
import { Activity } from '@microsoft/agents-activity';
import type { TurnContext } from '@microsoft/agents-hosting';
import type { TeamsDeps } from '../deps.js';
import { renderReply } from '../render/answer.js';
import { texts } from '../render/texts.js';
import { handleCommand, parseCommand } from './command.js';
import { isPersonal, mentionsBot, questionText, send } from './turn.js';

const TYPING_EVERY_MS = 3_000;

/** A typed message: a command opens its form, anything else is a question for the core. */
export async function handleMessage(ctx: TurnContext, deps: TeamsDeps): Promise<void> {
  const a = ctx.activity;
  // In channels and group chats the bot speaks only when spoken to.
  if (!isPersonal(a) && !mentionsBot(a)) return;
  const text = questionText(a);
  const command = parseCommand(text);
  if (command) return handleCommand(ctx, deps, command);
  if (!text) {
    await send(ctx, { text: texts('da').emptyQuestion });
    return;
  }
  await answerQuestion(ctx, deps, text);
}

/** Acknowledges the message at once, shows typing, and answers as a reply once the core is done. */
async function answerQuestion(ctx: TurnContext, deps: TeamsDeps, question: string): Promise<void> {
  await typing(ctx);
  deps.afterAck.run(
    ctx,
    async (later) => {
      const started = performance.now();
      // Keeps the indicator alive while a model is slow; cleared before the work ends.
      const timer = setInterval(() => void typing(later), TYPING_EVERY_MS);
      try {
        const reply = await deps.core.ask(question);
        const answerId = randomUUID();
        deps.answers.remember(await send(later, renderReply(reply)), answerId);
        deps.logger.info(
          {
            event: 'teams_answer',
            answerId,
            abstained: reply.abstained,
            citations: reply.citations.length,
            generated: reply.generated === true,
            safety: reply.route !== null || reply.acuteDanger,
            piiWarning: reply.piiWarning,
            ms: Math.round(performance.now() - started),
          },
          'answered',
        );
      } finally {
        clearInterval(timer);
      }
    },
    (later) => send(later, { text: texts('da').somethingWrong }).then(() => undefined),
  );
}

const typing = (ctx: TurnContext) => ctx.sendActivity(Activity.fromObject({ type: 'typing' })).catch(() => undefined);
