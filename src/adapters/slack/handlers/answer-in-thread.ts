import { randomUUID } from 'node:crypto';
import type { webApi } from '@slack/bolt';
import type { BotReply } from '../../../core/types.js';
import type { SlackDeps } from '../deps.js';
import type { ChatMessageEvent } from '../payloads.js';
import { answerBlocks, answerFailedText, answerFallbackText } from '../render/answer.js';
import { threadHistory, withoutMention } from './thread-history.js';
import { showWorking } from './working-indicator.js';

const EMPTY_QUESTION =
  'Hej! Spørg mig om din rolle som frivillig, fx "Må jeg tage noter?" eller "Hvor længe kan jeg holde orlov?". Blanketterne (afbud, orlov, bekymring) finder du som knapper på fanen Hjem og under ⚡ Genveje.';

/** Messages from people only: not bots (including us), not edits, deletions or joins. */
export function isFromPerson(
  msg: ChatMessageEvent,
  botUserId: string | undefined,
): msg is ChatMessageEvent & { user: string } {
  if (!msg.user || msg.bot_id) return false;
  if (botUserId && msg.user === botUserId) return false;
  return msg.subtype === undefined || msg.subtype === 'file_share' || msg.subtype === 'thread_broadcast';
}

/**
 * Answers one question in its thread: Slack's thinking status (or a reaction) while working,
 * earlier thread turns when it is a follow-up, the core's answer with citations, and the
 * indicator cleared again. Runs after the ack.
 */
export async function answerInThread(
  msg: ChatMessageEvent & { user: string },
  env: { client: webApi.WebClient; botUserId?: string; eventId?: string },
  deps: SlackDeps,
): Promise<void> {
  const { client } = env;
  await deps.afterAcks();
  const started = Date.now();
  const threadTs = msg.thread_ts ?? msg.ts;
  const isDm = msg.channel_type === 'im';
  const log = deps.logger.child({ event: 'slack_answer', eventType: msg.type, eventId: env.eventId, isDm });
  const question = withoutMention(msg.text, env.botUserId);
  const working = showWorking(client, { channel: msg.channel, threadTs, messageTs: msg.ts, isDm, question });
  const answerId = randomUUID();
  let outcome = 'answered';
  try {
    if (question === '') {
      await working;
      await client.chat.postMessage({ channel: msg.channel, thread_ts: threadTs, text: EMPTY_QUESTION });
      outcome = 'help';
      return;
    }
    const isFollowUp = msg.thread_ts !== undefined && msg.thread_ts !== msg.ts;
    const history = isFollowUp
      ? await threadHistory(
          client,
          { channel: msg.channel, threadTs, currentTs: msg.ts, botUserId: env.botUserId },
          log,
        )
      : undefined;
    const reply = await deps.core.ask(question, history ? { history } : {});
    // The indicator is shown while the core works, and always before the answer appears.
    await working;
    await postReply(client, msg, threadTs, reply, answerId, isDm);
    if (!isDm && isSensitive(reply)) outcome = 'answered_privately';
  } catch (err) {
    outcome = 'failed';
    log.error({ err }, 'answer failed');
    await client.chat
      .postMessage({ channel: msg.channel, thread_ts: threadTs, text: answerFailedText('da') })
      .catch((e: unknown) => log.warn({ err: e }, 'could not tell the user'));
  } finally {
    const indicator = await working;
    await indicator.clear();
    log.info({ answerId, outcome, indicator: indicator.kind, ms: Date.now() - started }, 'question handled');
  }
}

/** Safety and personal-data replies: in a shared channel only the asker should see them. */
const isSensitive = (reply: BotReply): boolean => reply.route !== null || reply.acuteDanger || reply.piiWarning;

async function postReply(
  client: webApi.WebClient,
  msg: ChatMessageEvent & { user: string },
  threadTs: string,
  reply: BotReply,
  answerId: string,
  isDm: boolean,
): Promise<void> {
  const message = {
    channel: msg.channel,
    thread_ts: threadTs,
    text: answerFallbackText(reply),
    blocks: answerBlocks(reply, answerId),
    unfurl_links: false,
    unfurl_media: false,
  };
  if (!isDm && isSensitive(reply)) await client.chat.postEphemeral({ ...message, user: msg.user });
  else await client.chat.postMessage(message);
}
