import type { Core } from '../../core/core.js';
import type { Logger } from '../../logger.js';
import type { AfterAck } from './after-ack.js';
import type { ConversationReferences } from './conversation-references.js';
import type { RecentAnswers } from './recent-answers.js';
import type { TeamsPorts } from './teams-ports.js';

/** What every Teams handler receives. */
export interface TeamsDeps {
  core: Core;
  ports: TeamsPorts;
  refs: ConversationReferences;
  logger: Logger;
  afterAck: AfterAck;
  /** Anonymous mode with NODE_ENV=development: the one local user plays every staff role. */
  localDevelopment: boolean;
  /** Answer message → answer id, for Teams' feedback invoke (ids only, bounded, in memory). */
  answers: RecentAnswers;
}
