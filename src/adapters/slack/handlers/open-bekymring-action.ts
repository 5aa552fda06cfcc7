import type { App } from '@slack/bolt';
import type { SlackDeps } from '../deps.js';
import { ACTION } from '../ids.js';
import { BlockAction, langOr } from '../payloads.js';
import { openForm } from './open-form.js';

/** The button under a safety reply: opens the /bekymring form in the language of that reply. */
export function registerOpenBekymringAction(app: App, deps: SlackDeps): void {
  app.action(ACTION.openBekymring, async ({ ack, body, client }) => {
    await ack();
    await deps.afterAcks();
    const action = BlockAction.safeParse(body);
    if (!action.success || !action.data.trigger_id) return;
    const channelId = action.data.container?.channel_id ?? action.data.channel?.id;
    await openForm(
      client,
      { kind: 'bekymring', triggerId: action.data.trigger_id, metadata: { channelId, lang: langOr(action.data.actions[0]?.value, 'da') } },
      deps,
    );
  });
}
