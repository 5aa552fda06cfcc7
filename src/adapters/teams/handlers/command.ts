import type { TurnContext } from '@microsoft/agents-hosting';
import type { Lang } from '../../../core/types.js';
import type { TeamsDeps } from '../deps.js';
import { COMMAND_WORDS, type CommandName } from '../ids.js';
import { cardMessage } from '../render/card.js';
import { helpCard } from '../render/help-card.js';
import { openForm } from './open-form.js';
import { send } from './turn.js';

/**
 * "afbud", "/afbud", "/afbud i morgen" and "Bekymring" are commands; "bekymring for en patient"
 * is a question. A leading slash makes the first word a command; without one the word must stand alone.
 */
export function parseCommand(text: string): { command: CommandName; lang: Lang } | undefined {
  const trimmed = text.trim();
  const slashed = trimmed.startsWith('/');
  const words = trimmed.replace(/^\//, '').split(/\s+/);
  if (!slashed && words.length > 1) return undefined;
  return COMMAND_WORDS[(words[0] ?? '').toLowerCase()];
}

export async function handleCommand(
  ctx: TurnContext,
  deps: TeamsDeps,
  cmd: { command: CommandName; lang: Lang },
): Promise<void> {
  deps.logger.info({ event: 'teams_command', command: cmd.command }, 'command');
  if (cmd.command === 'hjaelp') {
    await send(ctx, cardMessage(helpCard(cmd.lang)));
    return;
  }
  const said = await openForm(ctx, deps, cmd.command, cmd.lang);
  if (said) await send(ctx, { text: said });
}
