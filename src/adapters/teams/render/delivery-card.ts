import type { CaseAction, Delivery } from '../../../core/workflows/contracts.js';
import { Verb } from '../ids.js';
import { attention, card, execute, heading, textBlock, type AdaptiveCard, type CardAction } from './card.js';
import { texts } from './texts.js';

// Staff read Danish: delivery cards are always Danish.
const t = texts('da');

export function caseActionButtons(caseId: string, actions: CaseAction[]): CardAction[] {
  return actions.map((a) =>
    a === 'acknowledge'
      ? execute(t.acknowledge, Verb.caseAcknowledge, { caseId }, 'positive')
      : execute(t.callMe, Verb.caseCallMe, { caseId }),
  );
}

/** The proactive message to a tovholder or consultant. */
export function deliveryCard(d: Delivery): AdaptiveCard {
  return caseCard({ caseId: d.caseId, urgent: d.urgent, title: d.title, lines: d.lines, actions: d.actions });
}

/** The same card after a button press: the core's new title and lines, and what is still to do. */
export function caseCard(c: { caseId: string; urgent: boolean; title: string; lines: string[]; actions: CaseAction[] }): AdaptiveCard {
  return card(
    [...(c.urgent ? [attention(t.urgent)] : []), heading(c.title), ...c.lines.map((l) => textBlock(l, { spacing: 'Small' }))],
    caseActionButtons(c.caseId, c.actions),
  );
}
