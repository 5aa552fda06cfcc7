import type { TurnContext } from '@microsoft/agents-hosting';
import type { Directory, Lang } from '../../../core/types.js';
import type { TeamsDeps } from '../deps.js';
import { afbudCard } from '../render/afbud-card.js';
import { bekymringCard } from '../render/bekymring-card.js';
import { type AdaptiveCard, cardMessage } from '../render/card.js';
import { orlovCard } from '../render/orlov-card.js';
import { texts } from '../render/texts.js';
import { isPersonal, send, userIdOf } from './turn.js';

export type FormName = 'afbud' | 'orlov' | 'bekymring';

export function formCard(
  form: FormName,
  directory: Directory,
  lang: Lang,
  values: Record<string, string> = {},
): AdaptiveCard {
  switch (form) {
    case 'afbud':
      return afbudCard(directory, { lang, values });
    case 'orlov':
      return orlovCard(directory, { lang, values });
    case 'bekymring':
      return bekymringCard(directory, { lang, values });
  }
}

/**
 * Posts a form. Forms are only ever shown in the user's private chat: asked for in a channel or a
 * group chat, the form goes to the 1:1 chat and the channel only hears that it did.
 * Returns the text to say where the form was asked for, if anything.
 */
export async function openForm(
  ctx: TurnContext,
  deps: TeamsDeps,
  form: FormName,
  lang: Lang,
  values?: Record<string, string>,
): Promise<string | undefined> {
  const message = cardMessage(formCard(form, deps.core.directory, lang, values));
  if (isPersonal(ctx.activity)) {
    await send(ctx, message);
    return undefined;
  }
  try {
    await deps.ports.sendToUser(userIdOf(ctx.activity, deps.core.directory), message);
    return texts(lang).sentPrivately;
  } catch {
    return texts(lang).privateOnly;
  }
}
