import { isAbsolute, resolve } from 'node:path';
import { z } from 'zod';
import { PROJECT_ROOT } from './project-root.js';

// The one place that reads process.env. Parsed once at start and passed down.

const optionalString = z
  .string()
  .optional()
  .transform((v) => (v && v.trim() !== '' ? v.trim() : undefined));

const intFrom = (fallback: number, min: number, max: number) =>
  z.coerce.number().int().min(min).max(max).default(fallback);

const EnvSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  PORT: intFrom(3978, 0, 65535),
  /** Interface to listen on. Unset: loopback when only local Teams development mode is served. */
  HOST: optionalString,
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),

  KNOWLEDGE_DIR: z.string().default('knowledge'),
  DATA_DIR: z.string().default('data'),
  /** A prebuilt index folder (e.g. baked into the image) copied into DATA_DIR/index when that has none. */
  INDEX_SEED_DIR: z.string().min(1).optional(),
  DIRECTORY_FILE: z.string().default('config/directory.json'),
  /** The first /bekymring deadline for every kind, in minutes (fractions allowed: 0.1 = 6 s); unset: the ladder's defaults. */
  BEKYMRING_ACK_MINUTES: z.preprocess(
    (v) => (typeof v === 'string' && v.trim() === '' ? undefined : v),
    z.coerce
      .number()
      .min(0.05)
      .max(24 * 60)
      .optional(),
  ),
  /** PostgreSQL for the case store (several instances); unset: SQLite in DATA_DIR. */
  DATABASE_URL: optionalString,
  /** E-mail for urgent ladder steps (smtp://user:pass@host:587); unset: chat only. */
  SMTP_URL: optionalString,
  SMTP_FROM: z.string().default('hjertebot <hjertebot@localhost>'),
  /** How long a SIGTERM waits for work in flight before the process exits anyway. */
  SHUTDOWN_GRACE_SECONDS: intFrom(20, 0, 600),

  SLACK_BOT_TOKEN: optionalString,
  SLACK_SIGNING_SECRET: optionalString,
  SLACK_APP_TOKEN: optionalString,
  /** Where Slack's Web API is; tests point this at a loopback server. */
  SLACK_API_URL: optionalString,

  TEAMS_CLIENT_ID: optionalString,
  TEAMS_CLIENT_SECRET: optionalString,
  TEAMS_TENANT_ID: optionalString,
  /** 1: anonymous Teams for the Agents Playground on this machine (loopback listener only; never production). */
  TEAMS_DEV: z.enum(['0', '1', '']).optional(),

  OPENAI_API_KEY: optionalString,
  OPENAI_BASE_URL: optionalString,
  OPENAI_CHAT_MODEL: z.string().default('gpt-4o-mini'),
  /** Set to use the API for embeddings too; unset keeps the weight-free local embeddings. */
  OPENAI_EMBEDDING_MODEL: optionalString,
  OPENAI_TIMEOUT_MS: intFrom(10_000, 100, 120_000),
  OPENAI_MAX_RETRIES: intFrom(2, 0, 5),
  AZURE_OPENAI_API_KEY: optionalString,
  AZURE_OPENAI_ENDPOINT: optionalString,
  AZURE_OPENAI_DEPLOYMENT: optionalString,
  AZURE_OPENAI_API_VERSION: z.string().default('2024-10-21'),
  /** 1: serve GET /metrics (Prometheus text: counts and latencies only). */
  METRICS: z.enum(['0', '1', '']).optional(),
  /** Read only to refuse namespaces that make SDKs log message content. */
  DEBUG: optionalString,
});

export type Env = z.infer<typeof EnvSchema>;

/** Every variable the bot reads (`.env.example` lists them; a test keeps the two in step). */
export const ENV_VARIABLES = Object.keys(EnvSchema.shape);

export interface SlackConfig {
  botToken: string;
  signingSecret: string;
  appToken?: string;
  apiUrl?: string;
}

export interface TeamsConfig {
  /** The Azure Bot registration: Teams is served with authentication. */
  credentials?: { clientId: string; clientSecret: string; tenantId: string };
  /** TEAMS_DEV=1 (and no credentials): anonymous local development mode for the Agents Playground, loopback only. */
  dev?: boolean;
}

export interface OpenAIConfig {
  apiKey: string;
  baseURL?: string;
  chatModel: string;
  embeddingModel?: string;
  timeoutMs: number;
  maxRetries: number;
  azure?: { endpoint: string; deployment: string; apiVersion: string };
}

export interface AppConfig {
  nodeEnv: Env['NODE_ENV'];
  port: number;
  host?: string;
  logLevel: Env['LOG_LEVEL'];
  knowledgeDir: string;
  dataDir: string;
  /** A prebuilt index to start from when DATA_DIR has none (INDEX_SEED_DIR). */
  indexSeedDir?: string;
  directoryFile: string;
  bekymringAckMinutes?: number;
  databaseUrl?: string;
  shutdownGraceMs: number;
  smtp?: { url: string; from: string };
  slack?: SlackConfig;
  /** Teams is served when it has credentials, or in local development mode (TEAMS_DEV=1). */
  teams: TeamsConfig;
  openai?: OpenAIConfig;
  /** GET /metrics on the HTTP server (METRICS=1); off by default. */
  metrics: boolean;
}

export class ConfigError extends Error {
  override name = 'ConfigError';
}

export function parseConfig(env: NodeJS.ProcessEnv | Record<string, string | undefined>): AppConfig {
  const parsed = EnvSchema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new ConfigError(`Invalid configuration; fix these environment variables:\n${lines.join('\n')}`);
  }
  const e = parsed.data;
  refuseContentLogging(e.DEBUG);
  return {
    nodeEnv: e.NODE_ENV,
    port: e.PORT,
    host: e.HOST,
    logLevel: e.LOG_LEVEL,
    knowledgeDir: fromProjectRoot(e.KNOWLEDGE_DIR),
    dataDir: fromProjectRoot(e.DATA_DIR),
    indexSeedDir: e.INDEX_SEED_DIR ? fromProjectRoot(e.INDEX_SEED_DIR) : undefined,
    directoryFile: fromProjectRoot(e.DIRECTORY_FILE),
    bekymringAckMinutes: e.BEKYMRING_ACK_MINUTES,
    databaseUrl: e.DATABASE_URL,
    shutdownGraceMs: e.SHUTDOWN_GRACE_SECONDS * 1000,
    smtp: e.SMTP_URL ? { url: e.SMTP_URL, from: e.SMTP_FROM } : undefined,
    slack: slackFrom(e),
    teams: teamsFrom(e),
    openai: openaiFrom(e),
    metrics: e.METRICS === '1',
  };
}

/** A relative path is taken from the project root, never from the folder the bot was started in. */
export const fromProjectRoot = (path: string): string => (isAbsolute(path) ? path : resolve(PROJECT_ROOT, path));

// The Agents SDK logs whole activities (message text) under these debug namespaces.
function refuseContentLogging(debug: string | undefined): void {
  if (!debug) return;
  const contentLogging = debug.split(/[\s,]+/).some((ns) => ns === '*' || ns.startsWith('agents'));
  if (contentLogging) {
    throw new ConfigError(
      `DEBUG=${debug} would make the Microsoft 365 Agents SDK log message text; unset DEBUG (logs must carry metadata only).`,
    );
  }
}

function slackFrom(e: Env): SlackConfig | undefined {
  if (!e.SLACK_BOT_TOKEN && !e.SLACK_SIGNING_SECRET && !e.SLACK_APP_TOKEN) return undefined;
  if (!e.SLACK_BOT_TOKEN) throw new ConfigError('Slack is partly configured: set SLACK_BOT_TOKEN (xoxb-…).');
  if (!e.SLACK_SIGNING_SECRET && !e.SLACK_APP_TOKEN) {
    throw new ConfigError(
      'Slack is partly configured: set SLACK_SIGNING_SECRET (HTTP mode) or SLACK_APP_TOKEN (Socket Mode).',
    );
  }
  return {
    botToken: e.SLACK_BOT_TOKEN,
    // Socket Mode does not verify signatures, but Bolt still wants a string.
    signingSecret: e.SLACK_SIGNING_SECRET ?? '',
    appToken: e.SLACK_APP_TOKEN,
    apiUrl: e.SLACK_API_URL,
  };
}

function teamsFrom(e: Env): TeamsConfig {
  const { TEAMS_CLIENT_ID: clientId, TEAMS_CLIENT_SECRET: clientSecret, TEAMS_TENANT_ID: tenantId } = e;
  if (!clientId && !clientSecret && !tenantId) return e.TEAMS_DEV === '1' ? { dev: true } : {};
  if (!clientId || !clientSecret || !tenantId) {
    throw new ConfigError(
      'Teams is partly configured: set all of TEAMS_CLIENT_ID, TEAMS_CLIENT_SECRET and TEAMS_TENANT_ID.',
    );
  }
  return { credentials: { clientId, clientSecret, tenantId } };
}

function openaiFrom(e: Env): OpenAIConfig | undefined {
  const common = {
    chatModel: e.OPENAI_CHAT_MODEL,
    embeddingModel: e.OPENAI_EMBEDDING_MODEL,
    timeoutMs: e.OPENAI_TIMEOUT_MS,
    maxRetries: e.OPENAI_MAX_RETRIES,
  };
  if (e.AZURE_OPENAI_API_KEY) {
    if (!e.AZURE_OPENAI_ENDPOINT || !e.AZURE_OPENAI_DEPLOYMENT) {
      throw new ConfigError(
        'Azure OpenAI is partly configured: set AZURE_OPENAI_ENDPOINT and AZURE_OPENAI_DEPLOYMENT.',
      );
    }
    return {
      ...common,
      apiKey: e.AZURE_OPENAI_API_KEY,
      azure: {
        endpoint: e.AZURE_OPENAI_ENDPOINT,
        deployment: e.AZURE_OPENAI_DEPLOYMENT,
        apiVersion: e.AZURE_OPENAI_API_VERSION,
      },
    };
  }
  if (!e.OPENAI_API_KEY) return undefined;
  return { ...common, apiKey: e.OPENAI_API_KEY, baseURL: e.OPENAI_BASE_URL };
}
