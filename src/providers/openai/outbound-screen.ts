import { screenForPersonalData } from '../../core/screening/personal-data.js';
import type { Logger } from '../../logger.js';

/**
 * Last check on user text before it leaves the machine. The core strips personal data before
 * any model is asked; this repeats that on the exact text we send, so a future code path that
 * forgets cannot leak a CPR or phone number. Stricter than the core's screen: it does not know
 * the staff directory, so a consultant's public number is stripped here too (harmless: the
 * passages carry the numbers an answer needs). Logged at debug, kinds only, never the text.
 */
export function outboundText(text: string, purpose: string, log: Logger): string {
  const { kinds, redacted } = screenForPersonalData(text);
  if (kinds.length > 0) log.debug({ event: 'openai.personal_data_stripped', purpose, kinds });
  return redacted;
}
