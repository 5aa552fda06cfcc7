import type { TurnContext } from '@microsoft/agents-hosting';
import { z } from 'zod';
import { validCaseId } from '../../../core/workflows/case-store.js';
import type { CaseAction } from '../../../core/workflows/contracts.js';
import type { TeamsDeps } from '../deps.js';
import { attachment } from '../render/card.js';
import { caseCard, ShownCase } from '../render/delivery-card.js';
import { texts } from '../render/texts.js';
import type { CardOutcome } from './card-outcome.js';
import { replaceCard, userIdOf } from './turn.js';

const CaseData = z.object({ caseId: z.string().min(1).max(200), shown: ShownCase.optional() });

/**
 * A tovholder or consultant pressed Kvittér / Ring til mig on a delivery. The core records it and
 * tells the volunteer; the card is updated in place so everyone sees it is handled.
 */
export async function runCaseAction(
  ctx: TurnContext,
  deps: TeamsDeps,
  action: CaseAction,
  data: unknown,
): Promise<CardOutcome> {
  const t = texts('da');
  const parsed = CaseData.safeParse(data);
  if (!parsed.success) return { kind: 'bad_request', text: t.badAction };
  const { caseId, shown } = parsed.data;
  const actor = {
    platform: 'teams' as const,
    userId: userIdOf(ctx.activity, deps.core.directory),
    ...(deps.localDevelopment ? { standsInForRecipient: true } : {}),
  };
  const result = await deps.core.caseAction(caseId, action, actor);
  if (!result.ok) return { kind: 'message', text: result.message };

  // After "call me" the case still wants an acknowledgement; after acknowledging nothing is left to press.
  const remaining: CaseAction[] = result.status === 'call_requested' ? ['acknowledge'] : [];
  // The case as delivered stays readable (description included); the status goes below it.
  const updated = shown
    ? caseCard(
        {
          caseId,
          urgent: false,
          title: shown.title,
          lines: [...shown.lines, ...result.statusLines],
          actions: remaining,
        },
        shown,
      )
    : caseCard({ caseId, urgent: false, title: result.updatedTitle, lines: result.updatedLines, actions: remaining });
  const cardId = ctx.activity.replyToId;
  if (cardId) {
    try {
      await replaceCard(ctx, cardId, attachment(updated));
    } catch (e) {
      // The invoke response below still replaces the card for the person who pressed.
      deps.logger.warn(
        { event: 'teams_card_update_failed', caseId: validCaseId(caseId) ?? 'invalid', err: e },
        'card update failed',
      );
    }
  }
  return { kind: 'card', card: updated };
}
