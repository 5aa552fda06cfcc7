import type { BotReply } from '../../src/core/types.js';

/** A core reply for renderer tests: an ordinary answer unless fields say otherwise. */
export const botReply = (over: Partial<BotReply> = {}): BotReply => ({
  text: 'Svar.',
  lang: 'da',
  citations: [],
  abstained: false,
  route: null,
  acuteDanger: false,
  piiWarning: false,
  offerBekymring: false,
  retrieved: [],
  ...over,
});
