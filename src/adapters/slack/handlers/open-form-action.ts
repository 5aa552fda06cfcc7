import type { App } from '@slack/bolt';
import { z } from 'zod';
import type { SlackDeps } from '../deps.js';
import { ACTION, anyOf, SHORTCUT } from '../ids.js';
import { BlockAction, langOr } from '../payloads.js';
import { type FormKind, openForm } from './open-form.js';

// The buttons that open a form (under an answer, on the Home tab) and the global shortcuts.
// Slack refuses slash commands inside threads, where every answer is, so these are the way in there.

const KIND_BY_ACTION = new Map<string, FormKind>([
  [ACTION.openAfbud, 'afbud'],
  [ACTION.openOrlov, 'orlov'],
  [ACTION.openBekymring, 'bekymring'],
]);

const KIND_BY_SHORTCUT = new Map<string, FormKind>(
  Object.entries(SHORTCUT).map(([kind, id]) => [id, kind as FormKind]),
);

const GlobalShortcut = z.object({
  type: z.literal('shortcut'),
  callback_id: z.string(),
  trigger_id: z.string().min(1),
});

/** A button's value is the language of the reply it sits under; Home tab buttons are Danish. */
export function registerOpenFormActions(app: App, deps: SlackDeps): void {
  app.action(anyOf([...KIND_BY_ACTION.keys()]), async ({ ack, body, client }) => {
    await ack();
    await deps.afterAcks();
    const action = BlockAction.safeParse(body);
    if (!action.success || !action.data.trigger_id) return;
    const first = action.data.actions[0];
    const kind = first ? KIND_BY_ACTION.get(first.action_id) : undefined;
    if (!kind) return;
    const channelId = action.data.container?.channel_id ?? action.data.channel?.id;
    await openForm(
      client,
      { kind, triggerId: action.data.trigger_id, metadata: { channelId, lang: langOr(first?.value, 'da') } },
      deps,
    );
  });

  app.shortcut(anyOf([...KIND_BY_SHORTCUT.keys()]), async ({ ack, body, client }) => {
    await ack();
    await deps.afterAcks();
    const shortcut = GlobalShortcut.safeParse(body);
    const kind = shortcut.success ? KIND_BY_SHORTCUT.get(shortcut.data.callback_id) : undefined;
    if (!shortcut.success || !kind) return;
    await openForm(client, { kind, triggerId: shortcut.data.trigger_id, metadata: { lang: 'da' } }, deps);
  });
}
