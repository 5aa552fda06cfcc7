import type { App } from '@slack/bolt';
import type { SlackDeps } from '../deps.js';
import { ACTION, anyOf } from '../ids.js';
import { BlockAction } from '../payloads.js';
import { FeedbackValue, withFeedbackThanks } from '../render/answer.js';

/** 👍/👎 under an answer: only the rating and the answer's random id are recorded. */
const RATINGS = new Map<string, 'up' | 'down' | 'in_value'>([
  [ACTION.feedback, 'in_value'],
  [ACTION.feedbackUp, 'up'],
  [ACTION.feedbackDown, 'down'],
]);

export function registerFeedbackActions(app: App, deps: SlackDeps): void {
  app.action(anyOf([...RATINGS.keys()]), async ({ ack, body, client }) => {
    await ack();
    await deps.afterAcks();
    const parsed = BlockAction.safeParse(body);
    if (!parsed.success) return;
    const [action] = parsed.data.actions;
    const value = FeedbackValue.parse(action?.value);
    const byAction = RATINGS.get(action?.action_id ?? '');
    const rating = byAction === 'in_value' ? value?.rating : byAction;
    if (!rating || !value) return;
    deps.core.recordFeedback({ platform: 'slack', rating, answerId: value.answerId });
    deps.logger.info({ event: 'slack_feedback', rating, answerId: value.answerId }, 'feedback');
    const channel = parsed.data.container?.channel_id ?? parsed.data.channel?.id;
    const message = parsed.data.message;
    if (!channel || !message?.blocks) return;
    // Replace the buttons with a thank-you so the same answer is not rated twice.
    await client.chat
      .update({ channel, ts: message.ts, blocks: withFeedbackThanks(message.blocks, value.lang) })
      .catch((err: unknown) =>
        deps.logger.warn({ event: 'slack_feedback_update_failed', err }, 'feedback update failed'),
      );
  });
}
