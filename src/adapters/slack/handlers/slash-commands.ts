import type { App } from '@slack/bolt';
import type { SlackDeps } from '../deps.js';
import { anyOf, COMMANDS } from '../ids.js';
import { SlashCommand } from '../payloads.js';
import { FORM_OPEN_FAILED, type FormKind, openForm } from './open-form.js';

const KIND_BY_COMMAND = new Map<string, FormKind>(
  Object.entries(COMMANDS).map(([kind, command]) => [command, kind as FormKind]),
);

/**
 * /afbud, /orlov and /bekymring: ack at once, then open the form. One listener for the three keeps
 * Bolt's per-request middleware chain short, which is what the ack waits on under a burst.
 */
export function registerSlashCommands(app: App, deps: SlackDeps): void {
  app.command(anyOf(Object.values(COMMANDS)), async ({ ack, body, client, respond }) => {
    await ack();
    await deps.afterAcks();
    const cmd = SlashCommand.safeParse(body);
    const kind = cmd.success ? KIND_BY_COMMAND.get(cmd.data.command) : undefined;
    if (!cmd.success || !kind) return;
    const metadata = { channelId: cmd.data.channel_id, lang: 'da' as const };
    const opened = await openForm(client, { kind, triggerId: cmd.data.trigger_id, metadata }, deps);
    if (!opened) await respond({ response_type: 'ephemeral', text: FORM_OPEN_FAILED }).catch(() => undefined);
  });
}
