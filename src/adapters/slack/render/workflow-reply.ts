import { clip } from '../../../core/clip.js';
import type { WorkflowResult } from '../../../core/workflows/contracts.js';
import { escapeMrkdwn, type KnownBlock, section, sections } from './block-kit.js';
import type { RenderedMessage } from './delivery.js';

type Submitted = Extract<WorkflowResult, { ok: true }>;

/** What the volunteer sees after a form: the 112 notice (when acute) always comes first. */
export function workflowReply(result: Submitted): RenderedMessage {
  const blocks: KnownBlock[] = [];
  if (result.emergencyNotice) blocks.push(section(`:rotating_light: *${escapeMrkdwn(result.emergencyNotice)}*`));
  blocks.push(...sections(escapeMrkdwn(result.messageToVolunteer)));
  const text = [result.emergencyNotice, result.messageToVolunteer].filter(Boolean).join('\n');
  return { text: clip(text, 2900), blocks };
}

/** A plain notice to one person (acknowledgements, partner notices) as a DM. */
export function noticeMessage(text: string): RenderedMessage {
  return { text: clip(text, 2900), blocks: sections(escapeMrkdwn(text)) };
}
