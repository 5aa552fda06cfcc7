import type { App, webApi } from '@slack/bolt';
import { z } from 'zod';
import type { SlackDeps } from '../deps.js';

// Suggested prompts where Slack shows them for AI apps: when the Messages (agent) tab opens, and
// when an assistant thread starts. A workspace without those features refuses the call; that is
// logged as metadata and nothing else changes (plain DMs and @mentions work as before).

const TITLE = 'Forslag';
/** At most four (Slack's limit); each is answered from the documents (tests/adapters/slack/agent-surface.test.ts). */
export const SUGGESTED_PROMPTS = [
  { title: 'Må jeg tage noter?', message: 'Må jeg tage noter under en samtale?' },
  { title: 'Hvordan melder jeg afbud?', message: 'Hvordan melder jeg afbud til en vagt?' },
  { title: 'Hvor længe kan jeg holde orlov?', message: 'Hvor længe kan jeg holde orlov?' },
  { title: 'Hvad er underretningspligt?', message: 'Hvad er underretningspligt?' },
] as const;

const AssistantThreadStarted = z.object({
  type: z.literal('assistant_thread_started'),
  assistant_thread: z.object({ channel_id: z.string().min(1), thread_ts: z.string().min(1) }),
});

export async function setSuggestedPrompts(
  client: webApi.WebClient,
  where: { channelId: string; threadTs?: string },
  deps: SlackDeps,
): Promise<void> {
  try {
    await client.assistant.threads.setSuggestedPrompts({
      channel_id: where.channelId,
      ...(where.threadTs ? { thread_ts: where.threadTs } : {}),
      title: TITLE,
      prompts: SUGGESTED_PROMPTS.map((p) => ({ ...p })),
    });
    deps.logger.info(
      { event: 'slack_suggested_prompts', inThread: where.threadTs !== undefined },
      'suggested prompts set',
    );
  } catch (err) {
    deps.logger.info({ event: 'slack_suggested_prompts_unavailable', err }, 'suggested prompts not set');
  }
}

/** assistant_thread_started: the legacy assistant container opened a new thread. */
export function registerAssistantThreadStarted(app: App, deps: SlackDeps): void {
  app.event('assistant_thread_started', async ({ event, client }) => {
    const parsed = AssistantThreadStarted.safeParse(event);
    if (!parsed.success) return;
    await deps.afterAcks();
    const { channel_id, thread_ts } = parsed.data.assistant_thread;
    await setSuggestedPrompts(client, { channelId: channel_id, threadTs: thread_ts }, deps);
  });
}
