import type { App } from '@slack/bolt';
import { contactsWithoutChatId } from '../../core/directory/lookup.js';
import type { SlackDeps } from './deps.js';
import { registerAppHome } from './handlers/app-home.js';
import { registerAppMention } from './handlers/app-mention.js';
import { registerCaseActions } from './handlers/case-action.js';
import { registerDirectMessage } from './handlers/direct-message.js';
import { dropDuplicateEvents } from './handlers/drop-duplicate-events.js';
import { registerFeedbackActions } from './handlers/feedback-action.js';
import { registerOpenFormActions } from './handlers/open-form-action.js';
import { registerSlashCommands } from './handlers/slash-commands.js';
import { registerAfbudSubmission } from './handlers/submit-afbud.js';
import { registerBekymringSubmission } from './handlers/submit-bekymring.js';
import { registerOrlovSubmission } from './handlers/submit-orlov.js';
import { registerAssistantThreadStarted } from './handlers/suggested-prompts.js';

/** Every Slack listener, in one place. */
export function register(app: App, deps: SlackDeps): void {
  // Ids only: who cannot be reached in Slack until the directory has their user id.
  const unreachable = contactsWithoutChatId(deps.core.directory, 'slack');
  if (unreachable.length > 0) {
    deps.logger.warn(
      { event: 'directory_unreachable', platform: 'slack', contacts: unreachable, count: unreachable.length },
      'contacts without a Slack id',
    );
  }
  app.use(dropDuplicateEvents(deps));

  registerDirectMessage(app, deps);
  registerAppMention(app, deps);
  registerAppHome(app, deps);
  registerAssistantThreadStarted(app, deps);

  registerSlashCommands(app, deps);
  registerOpenFormActions(app, deps);
  registerAfbudSubmission(app, deps);
  registerOrlovSubmission(app, deps);
  registerBekymringSubmission(app, deps);

  registerCaseActions(app, deps);
  registerFeedbackActions(app, deps);

  // Last resort: metadata only. Listener errors never reach the user as stack traces.
  app.error(async (error) => {
    deps.logger.error({ event: 'slack_listener_error', err: error }, 'listener failed');
  });
}
