import type { App } from '@slack/bolt';
import type { SlackDeps } from '../deps.js';
import { AppHomeOpenedEvent } from '../payloads.js';
import { homeView } from '../render/home.js';
import { setSuggestedPrompts } from './suggested-prompts.js';

/**
 * app_home_opened: the Home tab gets the bot's page (what it does, the forms, the consultants);
 * the Messages tab gets suggested prompts.
 */
export function registerAppHome(app: App, deps: SlackDeps): void {
  app.event('app_home_opened', async ({ event, client }) => {
    const parsed = AppHomeOpenedEvent.safeParse(event);
    if (!parsed.success) return;
    if (parsed.data.tab === 'messages') {
      if (!parsed.data.channel) return;
      await deps.afterAcks();
      await setSuggestedPrompts(client, { channelId: parsed.data.channel }, deps);
      return;
    }
    if (parsed.data.tab !== undefined && parsed.data.tab !== 'home') return;
    await deps.afterAcks();
    const started = Date.now();
    try {
      await client.views.publish({ user_id: parsed.data.user, view: homeView(deps.core.directory) });
      deps.logger.info({ event: 'slack_home_published', ms: Date.now() - started }, 'home tab');
    } catch (err) {
      deps.logger.warn({ event: 'slack_home_failed', err }, 'home tab failed');
    }
  });
}
