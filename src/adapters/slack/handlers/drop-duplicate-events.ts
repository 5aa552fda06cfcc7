import type { AnyMiddlewareArgs, Middleware } from '@slack/bolt';
import type { SlackDeps } from '../deps.js';
import { EventEnvelope } from '../payloads.js';

/**
 * Slack retries an event (x-slack-retry-num) when it thinks we missed it. Bolt has already acked
 * it; here a repeat of an event id we have handled is dropped, so nothing is answered twice.
 */
export function dropDuplicateEvents(deps: SlackDeps): Middleware<AnyMiddlewareArgs> {
  return async ({ body, context, next }) => {
    const envelope = 'event' in body ? EventEnvelope.safeParse(body) : undefined;
    if (envelope?.success && !deps.seenEvents.firstTime(envelope.data.event_id)) {
      deps.logger.info(
        {
          event: 'slack_duplicate_dropped',
          eventId: envelope.data.event_id,
          retryNum: context.retryNum,
          retryReason: context.retryReason,
        },
        'duplicate event dropped',
      );
      return;
    }
    await next();
  };
}
