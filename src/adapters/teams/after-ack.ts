import type { CloudAdapter, TurnContext } from '@microsoft/agents-hosting';
import type { Logger } from '../../logger.js';

/**
 * Work that must not hold up the HTTP answer to the Bot Connector. Teams expects the bot to answer
 * within ~15 s and retries otherwise; an answer from a language model can take longer. The turn
 * acknowledges at once and the work continues in the same conversation (as a reply to the message).
 */
export interface AfterAck {
  run(ctx: TurnContext, work: (ctx: TurnContext) => Promise<void>, onError: (ctx: TurnContext) => Promise<void>): void;
  /** Resolves when no work is pending (tests, shutdown). */
  idle(): Promise<void>;
}

export function createAfterAck(
  adapter: CloudAdapter,
  clientId: string | undefined,
  logger: Logger,
  track: <T>(p: Promise<T>) => Promise<T> = (p) => p,
): AfterAck {
  const pending = new Set<Promise<void>>();
  return {
    run(ctx, work, onError) {
      const reference = ctx.activity.getConversationReference();
      const botId = clientId ?? ctx.activity.recipient?.id ?? 'anonymous';
      const task = adapter
        .continueConversation(botId, reference, async (later) => {
          try {
            await work(later);
          } catch (e) {
            logger.error({ event: 'teams_after_ack_failed', err: e }, 'work after acknowledgement failed');
            await onError(later).catch(() => undefined);
          }
        })
        .catch((e: unknown) =>
          logger.error({ event: 'teams_after_ack_failed', err: e }, 'could not continue the conversation'),
        )
        .finally(() => pending.delete(task));
      pending.add(task);
      void track(task);
    },
    async idle() {
      while (pending.size > 0) await Promise.allSettled([...pending]);
    },
  };
}
