import type { TurnContext } from '@microsoft/agents-hosting';
import type { TeamsDeps } from '../deps.js';
import { cardMessage } from '../render/card.js';
import { helpCard } from '../render/help-card.js';
import { isPersonal, send } from './turn.js';

/** Installed in someone's personal scope: say hello and what the bot can do. */
export async function handleConversationUpdate(ctx: TurnContext, deps: TeamsDeps): Promise<void> {
  const a = ctx.activity;
  const botAdded = (a.membersAdded ?? []).some((m) => m.id === a.recipient?.id);
  if (!botAdded || !isPersonal(a)) return;
  deps.logger.info({ event: 'teams_installed', scope: 'personal' }, 'welcome');
  await send(ctx, cardMessage(helpCard('da')));
}
