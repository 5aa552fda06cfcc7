import type { App } from '@slack/bolt';
import type { SlackDeps } from '../deps.js';
import { ChatMessageEvent, EventEnvelope } from '../payloads.js';
import { answerInThread, isFromPerson } from './answer-in-thread.js';

/** message.im: a volunteer writes to the bot directly. Bolt has already acked the event. */
export function registerDirectMessage(app: App, deps: SlackDeps): void {
  app.event('message', async ({ event, body, context, client }) => {
    const msg = ChatMessageEvent.safeParse(event);
    if (!msg.success || msg.data.channel_type !== 'im') return;
    if (!isFromPerson(msg.data, context.botUserId)) return;
    const eventId = EventEnvelope.safeParse(body).data?.event_id;
    await answerInThread(msg.data, { client, botUserId: context.botUserId, eventId }, deps);
  });
}
