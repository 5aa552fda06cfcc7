import type { webApi } from '@slack/bolt';
import { detectLanguage } from '../../../core/language.js';
import type { Lang } from '../../../core/types.js';

// While an answer is being found: Slack's own "is thinking…" status in the DM thread
// (assistant.threads.setStatus, cleared afterwards), or the ⏳ reaction where Slack has no status
// for us (channels, and workspaces without the AI-app features).

const WORKING_REACTION = 'hourglass_flowing_sand';

const STATUS: Record<Lang, { status: string; loading: string[] }> = {
  da: { status: 'søger i håndbogen…', loading: ['Søger i håndbogen…', 'Læser de relevante afsnit…', 'Finder kilden…'] },
  en: {
    status: 'is searching the handbook…',
    loading: ['Searching the handbook…', 'Reading the relevant sections…', 'Finding the source…'],
  },
};

export interface WorkingIndicator {
  kind: 'status' | 'reaction' | 'none';
  /** Clears the indicator; never throws. */
  clear(): Promise<void>;
}

/** Shows the indicator; resolves once it is shown (or known not to be). Never throws. */
export async function showWorking(
  client: webApi.WebClient,
  where: { channel: string; threadTs: string; messageTs: string; isDm: boolean; question: string },
): Promise<WorkingIndicator> {
  if (where.isDm) {
    const t = STATUS[detectLanguage(where.question)];
    const set = (status: string, loading?: string[]) =>
      client.assistant.threads.setStatus({
        channel_id: where.channel,
        thread_ts: where.threadTs,
        status,
        ...(loading ? { loading_messages: loading } : {}),
      });
    const shown = await set(t.status, t.loading).then(
      () => true,
      () => false,
    );
    if (shown)
      return {
        kind: 'status',
        clear: () =>
          set('').then(
            () => undefined,
            () => undefined,
          ),
      };
  }
  const reacted = await client.reactions
    .add({ channel: where.channel, timestamp: where.messageTs, name: WORKING_REACTION })
    .then(
      () => true,
      () => false,
    );
  if (!reacted) return { kind: 'none', clear: async () => undefined };
  return {
    kind: 'reaction',
    clear: () =>
      client.reactions.remove({ channel: where.channel, timestamp: where.messageTs, name: WORKING_REACTION }).then(
        () => undefined,
        () => undefined,
      ),
  };
}
