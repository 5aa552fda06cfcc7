import type { Lang } from '../../../core/types.js';
import { Verb } from '../ids.js';
import { type AdaptiveCard, card, execute, heading, textBlock } from './card.js';
import { texts } from './texts.js';

export function helpCard(lang: Lang): AdaptiveCard {
  const t = texts(lang);
  return card(
    [heading(t.helpTitle), textBlock(t.helpBody)],
    [
      execute(t.afbudTitle, Verb.formOpen, { form: 'afbud', lang }),
      execute(t.orlovTitle, Verb.formOpen, { form: 'orlov', lang }),
      execute(t.bekymringTitle, Verb.formOpen, { form: 'bekymring', lang }),
    ],
  );
}
