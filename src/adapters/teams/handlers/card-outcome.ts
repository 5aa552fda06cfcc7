import { z } from 'zod';
import type { AdaptiveCard } from '../render/card.js';

/**
 * What a card button leads to, independent of how it arrived: Action.Execute answers with an
 * invoke response, an Action.Submit message with a new message or a card update.
 */
export type CardOutcome =
  | { kind: 'card'; card: AdaptiveCard }
  | { kind: 'message'; text: string }
  /** The card's data was not what the verb needs. */
  | { kind: 'bad_request'; text: string };

export const LangField = z.enum(['da', 'en']).catch('da');

/** Input values arrive as strings (Teams) or numbers (some clients send Input.Number as a number). */
export const InputValue = z
  .union([z.string(), z.number()])
  .transform((v) => String(v).trim())
  .optional();
