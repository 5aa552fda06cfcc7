import type { App } from '@slack/bolt';
import type { SlackDeps } from '../deps.js';
import { COMMANDS } from '../ids.js';
import { SlashCommand } from '../payloads.js';
import { FORM_OPEN_FAILED, openForm, type FormKind } from './open-form.js';

/** /afbud, /orlov and /bekymring: ack at once, then open the form. */
export function registerSlashCommands(app: App, deps: SlackDeps): void {
  for (const kind of Object.keys(COMMANDS) as FormKind[]) {
    app.command(COMMANDS[kind], async ({ ack, body, client, respond }) => {
      await ack();
      // Let acks of other requests that arrived in the same burst go out before this one's views.open.
      await new Promise<void>((resolve) => setImmediate(resolve));
      const cmd = SlashCommand.safeParse(body);
      if (!cmd.success) return;
      const opened = await openForm(
        client,
        { kind, triggerId: cmd.data.trigger_id, metadata: { channelId: cmd.data.channel_id, lang: 'da' } },
        deps,
      );
      if (!opened) await respond({ response_type: 'ephemeral', text: FORM_OPEN_FAILED }).catch(() => undefined);
    });
  }
}
