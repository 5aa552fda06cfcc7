import { z } from 'zod';
import type { CaseAction, Delivery } from '../../../core/workflows/contracts.js';
import { Verb } from '../ids.js';
import { type AdaptiveCard, attention, type CardAction, card, execute, heading, textBlock } from './card.js';
import { texts } from './texts.js';

// Staff read Danish: delivery cards are always Danish.
const t = texts('da');

/**
 * What the card showed when delivered. Teams does not echo a card back on a button press, so its
 * buttons carry it: the content stays in Teams' own message and we keep no copy.
 */
export const ShownCase = z.object({
  urgent: z.boolean(),
  title: z.string().max(500),
  lines: z.array(z.string().max(5_000)).max(60),
});
export type ShownCase = z.infer<typeof ShownCase>;

export function caseActionButtons(caseId: string, actions: CaseAction[], shown?: ShownCase): CardAction[] {
  const data = shown ? { caseId, shown } : { caseId };
  return actions.map((a) =>
    a === 'acknowledge'
      ? execute(t.acknowledge, Verb.caseAcknowledge, data, 'positive')
      : execute(t.callMe, Verb.caseCallMe, data),
  );
}

/** The proactive message to a tovholder or consultant. */
export function deliveryCard(d: Delivery): AdaptiveCard {
  const shown = { urgent: d.urgent, title: d.title, lines: d.lines };
  return caseCard({ caseId: d.caseId, ...shown, actions: d.actions }, shown);
}

/** A case card: title, lines, and what is still to do. */
export function caseCard(
  c: { caseId: string; urgent: boolean; title: string; lines: string[]; actions: CaseAction[] },
  shown?: ShownCase,
): AdaptiveCard {
  return card(
    [
      ...(c.urgent ? [attention(t.urgent)] : []),
      heading(c.title),
      ...c.lines.map((l) => textBlock(l, { spacing: 'Small' })),
    ],
    caseActionButtons(c.caseId, c.actions, shown),
  );
}
