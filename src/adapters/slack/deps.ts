import type { Core } from '../../core/core.js';
import type { PlatformPorts } from '../../core/workflows/contracts.js';
import type { Logger } from '../../logger.js';
import type { RecentIds } from './recent-ids.js';

/** What every Slack handler gets: the core, Slack's ports for the workflows, a logger, and dedupe state. */
export interface SlackDeps {
  core: Core;
  ports: PlatformPorts;
  logger: Logger;
  /** Events API event ids already handled (retries carry the same id). */
  seenEvents: RecentIds;
  /** Modal view ids already submitted (a second submission of the same view must not deliver twice). */
  submittedViews: RecentIds;
  /** Await before slow work after an ack, so other requests of the same burst are acked first. */
  afterAcks: () => Promise<void>;
}
