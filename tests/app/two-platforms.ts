import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { CONSULTANT_HOVEDSTADEN, CONSULTANT_MIDT, type TeamsUser, VOLUNTEER } from '../adapters/teams/teams-people.js';
import { type BotConnectorServer, type ConnectorCall, startBotConnector } from '../support/bot-connector-server.js';
import { BOT_TOKEN, SIGNING_SECRET } from '../support/slack-harness.js';
import { type SignedRequest, sendSigned } from '../support/slack-signing.js';
import { PEOPLE, testDirectory } from '../support/slack-test-directory.js';
import { type RecordedCall, SlackWebApiFake } from '../support/slack-web-api.js';

// One bot process serving Slack (HTTP, against a loopback Web API) and Teams (local mode, against
// a loopback Bot Connector), with one directory giving the staff ids on both.

export const ROOT = resolve(import.meta.dirname, '../..');

export const LEADER_TEAMS: TeamsUser = {
  id: '29:1lea-leader-TeamsId',
  aadObjectId: '6f1c2b2e-1111-4a8e-9b57-0c1f0e0a0005',
  conversationId: 'a:1lea-personal-conversation',
};
const TEAMS_IDS: Record<string, string> = {
  leder: LEADER_TEAMS.aadObjectId,
  'konsulent-hovedstaden': CONSULTANT_HOVEDSTADEN.aadObjectId,
  'konsulent-midt': CONSULTANT_MIDT.aadObjectId,
};

export interface TwoPlatforms {
  slack: SlackWebApiFake;
  connector: BotConnectorServer;
  dir: string;
  env: Record<string, string>;
  close(): Promise<void>;
}

export async function startTwoPlatforms(extraEnv: Record<string, string> = {}): Promise<TwoPlatforms> {
  const dir = await mkdtemp(join(tmpdir(), 'hjertebot-proc-'));
  const slack = await new SlackWebApiFake().start();
  const connector = await startBotConnector();
  const directory = {
    ...testDirectory,
    contacts: testDirectory.contacts.map((c) => ({
      ...c,
      chat: { ...c.chat, ...(TEAMS_IDS[c.id] ? { teams: TEAMS_IDS[c.id] } : {}) },
    })),
  };
  const directoryFile = join(dir, 'directory.json');
  await writeFile(directoryFile, JSON.stringify(directory));
  const env = {
    SLACK_BOT_TOKEN: BOT_TOKEN,
    SLACK_SIGNING_SECRET: SIGNING_SECRET,
    SLACK_API_URL: slack.url,
    // Teams in its local development mode (anonymous, loopback only) next to Slack.
    TEAMS_DEV: '1',
    DATA_DIR: join(dir, 'data'),
    KNOWLEDGE_DIR: join(ROOT, 'knowledge'),
    DIRECTORY_FILE: directoryFile,
    ...extraEnv,
  };
  return {
    slack,
    connector,
    dir,
    env,
    async close() {
      await slack.close();
      await connector.close();
      await rm(dir, { recursive: true, force: true });
    },
  };
}

export const sendSlack = (botUrl: string, req: SignedRequest) =>
  sendSigned(`${botUrl}/slack/events`, req, { secret: SIGNING_SECRET });

export async function postTeams(botUrl: string, activity: unknown): Promise<{ status: number; body: unknown }> {
  const res = await fetch(`${botUrl}/api/messages`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(activity),
  });
  const text = await res.text();
  return { status: res.status, body: text ? (JSON.parse(text) as unknown) : undefined };
}

export const dmTo = (userId: string) => (c: RecordedCall) =>
  c.method === 'chat.postMessage' && c.body.channel === userId;
export const slackText = (c: RecordedCall) => `${String(c.body.text)} ${JSON.stringify(c.body.blocks ?? '')}`;
export const toTeamsUser = (user: TeamsUser) => (c: ConnectorCall) =>
  c.conversationId === user.conversationId && c.body.type === 'message';
export const teamsText = (c: ConnectorCall) => JSON.stringify(c.body);

export { CONSULTANT_HOVEDSTADEN, CONSULTANT_MIDT, PEOPLE, VOLUNTEER };
