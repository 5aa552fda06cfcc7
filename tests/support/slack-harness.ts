import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createSlackMount, SLACK_EVENTS_PATH } from '../../src/adapters/slack/slack-mount.js';
import { parseConfig, type SlackConfig } from '../../src/config.js';
import type { Core } from '../../src/core/core.js';
import { createCore } from '../../src/core/create-core.js';
import type { AskContext } from '../../src/core/types.js';
import { createLogger } from '../../src/logger.js';
import { type RunningServer, startHttpServer } from '../../src/server/http-server.js';
import { seedEnv } from './seed.js';
import { type SendOptions, type SignedRequest, sendSigned } from './slack-signing.js';
import { writeTestDirectory } from './slack-test-directory.js';
import { type SlackWebApiFake, startSlackWebApi } from './slack-web-api.js';

// The real Slack mount (Bolt over our EarlyAckReceiver) on the shared HTTP server, on loopback, with
// Bolt's Web API client pointed at the loopback fake. Logs are captured line by line.

export const SIGNING_SECRET = '8f742231b10e8888abcd99yyyzzz85a5';
export const BOT_TOKEN = 'xoxb-test-0000-hjertebot';
const KNOWLEDGE_DIR = fileURLToPath(new URL('../../knowledge', import.meta.url));

export interface SlackHarness {
  api: SlackWebApiFake;
  core: Core;
  server: RunningServer;
  eventsUrl: string;
  dataDir: string;
  logLines: string[];
  /** What the adapter passed to core.ask and core.recordFeedback, in order (test memory only). */
  asked: { message: string; ctx?: AskContext }[];
  feedback: Parameters<Core['recordFeedback']>[0][];
  send(req: SignedRequest, opts?: SendOptions): Promise<Response>;
  close(): Promise<void>;
}

/** `prepareApi` runs before the mount looks the bot up, e.g. to make auth.test fail from the start. */
export async function startSlackHarness(
  opts: { prepareApi?: (api: SlackWebApiFake) => void } = {},
): Promise<SlackHarness> {
  const dataDir = await mkdtemp(join(tmpdir(), 'hjertebot-slack-'));
  const api = await startSlackWebApi();
  opts.prepareApi?.(api);
  const logLines: string[] = [];
  const logger = createLogger('debug', { write: (line: string) => void logLines.push(line) });
  const directoryFile = await writeTestDirectory(dataDir);
  const asked: SlackHarness['asked'] = [];
  const feedback: SlackHarness['feedback'] = [];
  const appConfig = parseConfig({
    NODE_ENV: 'test',
    LOG_LEVEL: 'debug',
    KNOWLEDGE_DIR: KNOWLEDGE_DIR,
    DATA_DIR: dataDir,
    DIRECTORY_FILE: directoryFile,
    ...seedEnv(),
  });
  // The real core: the real knowledge base (index built in the temp data dir) and workflows.
  const core = observed(await createCore({ config: appConfig, logger }), asked, feedback);
  const config: SlackConfig = { botToken: BOT_TOKEN, signingSecret: SIGNING_SECRET, apiUrl: api.url };
  const server = await startHttpServer({
    port: 0,
    host: '127.0.0.1',
    logger,
    mounts: [createSlackMount(config, core, logger)],
  });
  const eventsUrl = `${server.url}${SLACK_EVENTS_PATH}`;
  return {
    api,
    core,
    server,
    eventsUrl,
    dataDir,
    logLines,
    asked,
    feedback,
    send: (req, opts = {}) => sendSigned(eventsUrl, req, { secret: SIGNING_SECRET, ...opts }),
    async close() {
      await server.close();
      await core.close();
      await api.close();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}

/** The real core, with calls to ask and recordFeedback noted so tests can check what the adapter passed. */
function observed(core: Core, asked: SlackHarness['asked'], feedback: SlackHarness['feedback']): Core {
  return {
    ask: (message, ctx) => {
      asked.push({ message, ctx });
      return core.ask(message, ctx);
    },
    afbud: (req, ports) => core.afbud(req, ports),
    orlov: (req, ports) => core.orlov(req, ports),
    bekymring: (req, ports) => core.bekymring(req, ports),
    caseAction: (caseId, action, actor) => core.caseAction(caseId, action, actor),
    checkDate: (field, value, lang, start) => core.checkDate(field, value, lang, start),
    attachPorts: (platform, ports) => core.attachPorts(platform, ports),
    pollDeadlines: () => core.pollDeadlines(),
    drain: (ms) => core.drain(ms),
    openCases: () => core.openCases(),
    references: core.references,
    recordFeedback: (event) => {
      feedback.push(event);
      core.recordFeedback(event);
    },
    get directory() {
      return core.directory;
    },
    close: () => core.close(),
  };
}
