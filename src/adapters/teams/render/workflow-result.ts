import type { Lang } from '../../../core/types.js';
import { type AdaptiveCard, attention, card, heading, textBlock } from './card.js';

/**
 * What replaces a submitted form: the core's confirmation (or the failure with the phone number),
 * with the 112 line first when someone is in danger. The submitted values are not repeated.
 */
export function workflowResultCard(r: {
  title: string;
  lang: Lang;
  messageToVolunteer: string;
  emergencyNotice?: string;
  delivered: boolean;
}): AdaptiveCard {
  return card([
    ...(r.emergencyNotice ? [attention(r.emergencyNotice, { size: 'Large' })] : []),
    heading(r.title),
    r.delivered ? textBlock(r.messageToVolunteer) : attention(r.messageToVolunteer),
  ]);
}
