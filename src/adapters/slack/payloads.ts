import { z } from 'zod';
import type { Lang } from '../../core/types.js';
import { INPUT_ACTION } from './ids.js';
import type { ModalMetadata } from './render/modal-parts.js';

// zod schemas for the parts of Slack payloads the adapter reads. Everything else is ignored.

const text = z.string().optional().default('');

/** message.im and app_mention share these fields. */
export const ChatMessageEvent = z.object({
  type: z.enum(['message', 'app_mention']),
  channel: z.string().min(1),
  channel_type: z.string().optional(),
  user: z.string().optional(),
  text,
  ts: z.string().min(1),
  thread_ts: z.string().optional(),
  subtype: z.string().optional(),
  bot_id: z.string().optional(),
});
export type ChatMessageEvent = z.infer<typeof ChatMessageEvent>;

export const EventEnvelope = z.object({ event_id: z.string().min(1), team_id: z.string().optional() });

export const AppHomeOpenedEvent = z.object({
  type: z.literal('app_home_opened'),
  user: z.string().min(1),
  /** The bot's DM with the user. */
  channel: z.string().optional(),
  tab: z.string().optional(),
});

export const SlashCommand = z.object({
  command: z.string(),
  user_id: z.string().min(1),
  channel_id: z.string().optional(),
  trigger_id: z.string().min(1),
});

const SelectedOption = z.object({ value: z.string() }).nullish();

/** One input element's state; which field is set depends on the element type. */
const InputState = z.object({
  type: z.string(),
  value: z.string().nullish(),
  selected_date: z.string().nullish(),
  selected_user: z.string().nullish(),
  selected_option: SelectedOption,
});

export const ViewSubmission = z.object({
  user: z.object({ id: z.string().min(1) }),
  view: z.object({
    id: z.string().min(1),
    callback_id: z.string(),
    private_metadata: z.string().optional().default(''),
    state: z.object({ values: z.record(z.string(), z.record(z.string(), InputState)) }),
  }),
});
export type ViewSubmission = z.infer<typeof ViewSubmission>;

export const BlockAction = z.object({
  user: z.object({ id: z.string().min(1) }),
  trigger_id: z.string().optional(),
  container: z.object({ channel_id: z.string().optional(), message_ts: z.string().optional() }).optional(),
  channel: z.object({ id: z.string() }).optional(),
  message: z
    .object({
      ts: z.string(),
      thread_ts: z.string().optional(),
      blocks: z.array(z.looseObject({ type: z.string(), block_id: z.string().optional() })).optional(),
    })
    .optional(),
  actions: z.array(z.object({ action_id: z.string(), value: z.string().optional() })).min(1),
});
export type BlockAction = z.infer<typeof BlockAction>;

const ModalMetadataSchema = z.object({ channelId: z.string().optional(), lang: z.enum(['da', 'en']).default('da') });

export function parseModalMetadata(raw: string): ModalMetadata {
  try {
    const parsed = ModalMetadataSchema.safeParse(JSON.parse(raw));
    if (parsed.success) return parsed.data;
  } catch {
    // Not JSON: a view we did not build. Fall through to the default.
  }
  return { lang: 'da' };
}

/** Reads one modal's state by block id; empty strings count as "not given". */
export function viewState(view: ViewSubmission['view']) {
  const get = (blockId: string) => view.state.values[blockId]?.[INPUT_ACTION];
  const nonEmpty = (s: string | null | undefined) => (s && s.trim() !== '' ? s : undefined);
  return {
    text: (blockId: string) => nonEmpty(get(blockId)?.value),
    date: (blockId: string) => nonEmpty(get(blockId)?.selected_date),
    user: (blockId: string) => nonEmpty(get(blockId)?.selected_user),
    option: (blockId: string) => nonEmpty(get(blockId)?.selected_option?.value),
  };
}

export const langOr = (value: string | undefined, fallback: Lang): Lang =>
  value === 'en' || value === 'da' ? value : fallback;
