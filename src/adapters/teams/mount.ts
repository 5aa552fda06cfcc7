import { type Request as AgentsRequest, authorizeJWT, CloudAdapter } from '@microsoft/agents-hosting';
import express, { type Express } from 'express';
import type { AppConfig } from '../../config.js';
import type { Core } from '../../core/core.js';
import { contactsWithoutChatId } from '../../core/directory/lookup.js';
import type { Logger } from '../../logger.js';
import { boundedJson } from '../../server/bounded-body.js';
import { type HttpMount, markVerified } from '../../server/http-server.js';
import { createAfterAck } from './after-ack.js';
import { teamsAuthConfig } from './auth.js';
import { ConversationReferences } from './conversation-references.js';
import type { TeamsDeps } from './deps.js';
import { teamsErrorHandler } from './http/error-handler.js';
import { validateActivity } from './http/validate-activity.js';
import { RecentAnswers } from './recent-answers.js';
import { onTurnError, routeTurn } from './route-turn.js';
import { createTeamsPorts } from './teams-ports.js';

export const TEAMS_PATH = '/api/messages';

/**
 * POST /api/messages on the shared server. Throws at once (before anything listens) when
 * anonymous mode is asked for in production.
 */
export function createTeamsMount(config: AppConfig, core: Core, logger: Logger): HttpMount & { deps: TeamsDeps } {
  const log = logger.child({ adapter: 'teams' });
  const { auth, anonymous } = teamsAuthConfig(config);
  // Outside anonymous mode, refuse activities whose serviceUrl differs from the token's claim.
  const adapter = new CloudAdapter(auth, undefined, undefined, {
    validateServiceUrl: !anonymous,
    emitStackTrace: false,
  });
  const refs = new ConversationReferences(core.references);
  // The Agents Playground out of the box: no Teams ids in the directory, one local user.
  const localDevelopment = anonymous && config.nodeEnv === 'development';
  const ports = createTeamsPorts({
    adapter,
    refs,
    clientId: config.teams.credentials?.clientId,
    logger: log,
    localDevelopment,
  });
  core.attachPorts('teams', ports);
  // Set when mounted: work after the ack is tracked by the server, so shutdown waits for it.
  let track = <T>(p: Promise<T>): Promise<T> => p;
  const afterAck = createAfterAck(adapter, config.teams.credentials?.clientId, log, (p) => track(p));
  const deps: TeamsDeps = { core, ports, refs, logger: log, afterAck, localDevelopment, answers: new RecentAnswers() };
  // Ids only: who cannot be reached in Teams until the directory has their chat id.
  const unreachable = contactsWithoutChatId(core.directory, 'teams');
  if (unreachable.length > 0) {
    log.warn(
      {
        event: 'directory_unreachable',
        platform: 'teams',
        contacts: unreachable,
        count: unreachable.length,
        localDevelopment,
      },
      'contacts without a Teams id',
    );
  }
  adapter.onTurnError = onTurnError(deps);
  const turn = routeTurn(deps);

  return {
    name: 'teams',
    deps,
    mount(app: Express, direct) {
      track = direct.track;
      if (anonymous) {
        log.warn(
          { event: 'teams_mode', mode: 'anonymous' },
          'Teams: local development mode (TEAMS_DEV=1): unauthenticated, loopback requests without proxy headers only — for the Agents Playground, never production',
        );
      } else {
        log.info(
          { event: 'teams_mode', mode: 'authenticated' },
          'Teams: authenticating requests with the Azure Bot registration',
        );
      }
      const router = express.Router();
      router.post(
        TEAMS_PATH,
        // Bounded before anything else: at most 256 kB is read, and never before a refusal.
        boundedJson(256 * 1024),
        validateActivity({ anonymous, tenantId: config.teams.credentials?.tenantId, logger: log }),
        authorizeJWT(auth),
        (req, _res, next) => {
          markVerified(req);
          next();
        },
        async (req, res) => {
          await adapter.process(req as unknown as AgentsRequest, res, turn);
        },
      );
      router.use(TEAMS_PATH, teamsErrorHandler(log));
      app.use(router);
    },
  };
}
