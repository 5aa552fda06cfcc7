import type { Activity } from '@microsoft/agents-activity';
import type { TurnContext } from '@microsoft/agents-hosting';
import { contactByChatId } from '../../../core/directory/lookup.js';
import type { Directory, Lang, VolunteerRef } from '../../../core/types.js';
import type { CardAttachment, OutgoingMessage } from '../render/card.js';
import { toActivity } from '../teams-ports.js';

// Small readers and writers shared by the handlers.

export const isPersonal = (a: Activity): boolean =>
  a.conversation?.conversationType === 'personal' || a.conversation?.conversationType === undefined;

/** Bots (including ourselves, echoed back) are never answered. */
export function isFromBot(a: Activity): boolean {
  const from = a.from;
  if (!from?.id) return true;
  if (from.role === 'bot' || from.id.startsWith('28:')) return true;
  return from.id === a.recipient?.id;
}

/**
 * The user id we hand to the core: whichever of the AAD object id and the Teams id the directory
 * uses for this person (so staff buttons are recognised), else the stable AAD object id.
 */
export function userIdOf(a: Activity, directory: Directory): string {
  const ids = [a.from?.aadObjectId, a.from?.id].filter((v): v is string => Boolean(v));
  return ids.find((id) => contactByChatId(directory, 'teams', id)) ?? ids[0] ?? '';
}

export const volunteerOf = (a: Activity, directory: Directory, lang: Lang): VolunteerRef => ({
  platform: 'teams',
  userId: userIdOf(a, directory),
  lang,
});

/** The bot's own @mention in a channel; other people's mentions are removed too (names are personal data). */
export function questionText(a: Activity): string {
  return (a.text ?? '')
    .replace(/<at[^>]*>[\s\S]*?<\/at>/gi, ' ')
    .replace(/&nbsp;/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

export function mentionsBot(a: Activity): boolean {
  return (a.entities ?? []).some(
    (e) => e.type === 'mention' && (e as { mentioned?: { id?: string } }).mentioned?.id === a.recipient?.id,
  );
}

export async function send(ctx: TurnContext, message: OutgoingMessage): Promise<string | undefined> {
  return (await ctx.sendActivity(toActivity(message)))?.id;
}

/** Replaces a card the bot posted earlier (Teams rejects text and attachments together in an update). */
export async function replaceCard(ctx: TurnContext, activityId: string, attachment: CardAttachment): Promise<void> {
  const update = toActivity({ attachments: [attachment] });
  update.id = activityId;
  await ctx.updateActivity(update);
}
