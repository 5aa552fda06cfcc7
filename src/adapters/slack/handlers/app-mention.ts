import type { App } from '@slack/bolt';
import type { SlackDeps } from '../deps.js';
import { ChatMessageEvent, EventEnvelope } from '../payloads.js';
import { answerInThread, isFromPerson } from './answer-in-thread.js';

/** app_mention: someone asks @hjertebot in a channel; the answer goes in the thread. */
export function registerAppMention(app: App, deps: SlackDeps): void {
  app.event('app_mention', async ({ event, body, context, client }) => {
    const msg = ChatMessageEvent.safeParse(event);
    if (!msg.success || !isFromPerson(msg.data, context.botUserId)) return;
    const eventId = EventEnvelope.safeParse(body).data?.event_id;
    await answerInThread(msg.data, { client, botUserId: context.botUserId, eventId }, deps);
  });
}
