import { z } from 'zod';
import { clip } from '../../../core/clip.js';
import type { CaseAction, CaseActionResult, Delivery } from '../../../core/workflows/contracts.js';
import { BLOCK, CASE_ACTION_IDS } from '../ids.js';
import { button, context, escapeMrkdwn, header, type KnownBlock, sections } from './block-kit.js';

// A case as staff see it in their DM: title, the core's lines, who it is from, and buttons.
// Staff read Danish, so these labels are Danish only.

const LABELS: Record<CaseAction, { text: string; style?: 'primary' | 'danger' }> = {
  acknowledge: { text: 'Kvittér — jeg tager den', style: 'primary' },
  call_me: { text: 'Ring til mig' },
};

export interface RenderedMessage {
  text: string;
  blocks: KnownBlock[];
}

export function deliveryMessage(delivery: Delivery): RenderedMessage {
  const title = delivery.urgent ? `🚨 HASTER: ${delivery.title}` : delivery.title;
  const blocks: KnownBlock[] = [header(title), ...linesBlocks(delivery.lines)];
  const volunteer = delivery.volunteer.platform === 'slack' ? delivery.volunteer.userId : undefined;
  if (volunteer) blocks.push(fromVolunteer(volunteer));
  const actions = caseButtons({ caseId: delivery.caseId, volunteer }, delivery.actions);
  if (actions) blocks.push(actions);
  return { text: clip(title, 150), blocks };
}

/** What a case button carries: ids only, so an update can be rendered without any stored state. */
export const CaseButtonValue = z.object({ caseId: z.string().min(1), volunteer: z.string().optional() });
export type CaseButtonValue = z.infer<typeof CaseButtonValue>;

/**
 * After a button press. The original message (Slack echoes its blocks in the action payload) keeps
 * the case as delivered, description included, since we keep no copy; only the buttons give way to
 * the status. Without the original blocks, the core's metadata lines stand in.
 */
export function caseUpdateMessage(
  result: Extract<CaseActionResult, { ok: true }>,
  value: CaseButtonValue,
  original?: readonly { type: string; block_id?: string }[],
): RenderedMessage {
  const kept = original?.filter((b) => b.block_id !== BLOCK.caseActions && b.block_id !== BLOCK.caseStatus);
  const blocks: KnownBlock[] = kept?.length
    ? [
        // Slack's own blocks, echoed back unchanged.
        ...(kept as KnownBlock[]),
        { ...context(...result.statusLines.map(escapeMrkdwn)), block_id: BLOCK.caseStatus },
      ]
    : [
        header(result.updatedTitle),
        ...linesBlocks(result.updatedLines),
        ...(value.volunteer ? [fromVolunteer(value.volunteer)] : []),
      ];
  // A call request is not an acknowledgement: whoever calls should still take the case.
  if (result.status === 'call_requested') {
    const actions = caseButtons(value, ['acknowledge']);
    if (actions) blocks.push(actions);
  }
  return { text: clip(result.updatedTitle, 150), blocks };
}

function linesBlocks(lines: string[]): KnownBlock[] {
  return lines.length > 0 ? sections(lines.map(escapeMrkdwn).join('\n')) : [];
}

const fromVolunteer = (userId: string): KnownBlock => context(`Fra frivillig: <@${userId}>`);

function caseButtons(value: CaseButtonValue, actions: CaseAction[]): KnownBlock | undefined {
  if (actions.length === 0) return undefined;
  const json = JSON.stringify(value);
  return {
    type: 'actions',
    block_id: BLOCK.caseActions,
    elements: actions.map((a) =>
      button({ text: LABELS[a].text, actionId: CASE_ACTION_IDS[a], value: json, style: LABELS[a].style }),
    ),
  };
}
