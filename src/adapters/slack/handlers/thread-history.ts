import type { webApi } from '@slack/bolt';
import { z } from 'zod';
import type { ConversationTurn } from '../../../core/types.js';
import type { Logger } from '../../../logger.js';

// Earlier turns of a thread, read from Slack when a follow-up arrives. Held only for the
// duration of one answer: we never store conversations.

const MAX_TURNS = 10;

const Replies = z.object({
  messages: z
    .array(
      z.object({
        ts: z.string(),
        text: z.string().optional().default(''),
        user: z.string().optional(),
        bot_id: z.string().optional(),
        subtype: z.string().optional(),
      }),
    )
    .optional()
    .default([]),
});

export async function threadHistory(
  client: webApi.WebClient,
  where: { channel: string; threadTs: string; currentTs: string; botUserId?: string },
  logger: Logger,
): Promise<ConversationTurn[]> {
  try {
    const res = Replies.parse(
      await client.conversations.replies({ channel: where.channel, ts: where.threadTs, limit: 50 }),
    );
    return res.messages
      .filter(
        (m) =>
          m.ts !== where.currentTs && (!m.subtype || m.subtype === 'bot_message' || m.subtype === 'thread_broadcast'),
      )
      .map(
        (m): ConversationTurn => ({
          role: m.bot_id || (where.botUserId && m.user === where.botUserId) ? 'bot' : 'user',
          text: withoutMention(m.text, where.botUserId),
        }),
      )
      .filter((t) => t.text !== '')
      .slice(-MAX_TURNS);
  } catch (err) {
    // A follow-up without context is still worth answering.
    logger.warn({ event: 'slack_thread_history_failed', err }, 'thread history unavailable');
    return [];
  }
}

/** Removes the bot's own @mention so the core sees only the question. */
export function withoutMention(text: string, botUserId: string | undefined): string {
  const mention = botUserId ? new RegExp(`<@${botUserId}(\\|[^>]*)?>`, 'g') : /^\s*<@[A-Z0-9]+(\|[^>]*)?>/;
  return text.replace(mention, ' ').replace(/\s+/g, ' ').trim();
}
