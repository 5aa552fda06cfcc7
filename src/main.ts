import { realpathSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { runTerminalChat } from './adapters/terminal/terminal-chat.js';
import { installShutdown } from './app/shutdown.js';
import { startServer } from './app/start-server.js';
import { type AppConfig, ConfigError, parseConfig } from './config.js';
import { createCore } from './core/create-core.js';
import { withEnvFile } from './env-file.js';
import { isAppError } from './errors.js';
import { createLogger, errorMetadata, type Logger } from './logger.js';
import { loggerWithMetrics, Metrics } from './server/metrics.js';

// npm start: the terminal chat, unless Slack or Teams is configured (then the server).
// npm run serve (--serve): always the server.

export type Mode = 'serve' | 'terminal';

export function modeFor(config: AppConfig, argv: readonly string[]): Mode {
  if (argv.includes('--serve')) return 'serve';
  return config.slack || config.teams.credentials || config.teams.dev ? 'serve' : 'terminal';
}

async function main(): Promise<void> {
  let config: AppConfig;
  try {
    config = parseConfig(withEnvFile(process.env));
  } catch (e) {
    if (e instanceof ConfigError) {
      process.stderr.write(`${e.message}\n`);
      process.exit(1);
    }
    throw e;
  }
  const mode = modeFor(config, process.argv.slice(2));
  // The terminal chat owns stdout; info logs would interleave with answers on stderr, so keep them quiet there.
  const level = mode === 'terminal' && config.logLevel === 'info' ? 'warn' : config.logLevel;
  const metrics = mode === 'serve' && config.metrics ? new Metrics() : undefined;
  const logger = metrics ? loggerWithMetrics(level, metrics) : createLogger(level);
  const core = await createCore({ config, logger });

  if (mode === 'serve') {
    const server = await startServer(config, core, logger, metrics);
    installShutdown({ core, logger, server, graceMs: config.shutdownGraceMs });
    return;
  }
  installShutdown({ core, logger, graceMs: config.shutdownGraceMs });
  await runTerminalChat({
    core,
    input: process.stdin,
    output: process.stdout,
    interactive: Boolean(process.stdin.isTTY && process.stdout.isTTY),
    logger,
  });
  await core.close();
}

function fail(e: unknown, logger?: Logger): never {
  // Start-up errors we expect (a bad directory file, an unreadable knowledge folder) are told plainly.
  if (isAppError(e)) process.stderr.write(`${e.message}\n`);
  else {
    (logger ?? createLogger('error')).fatal({ event: 'fatal', err: errorMetadata(e) }, 'fatal error');
    process.stderr.write(`hjertebot stopped: ${e instanceof Error ? e.name : 'error'}\n`);
  }
  process.exit(1);
}

// Run only as the entry point, so tests can import modeFor without starting the bot.
const entry = process.argv[1];
if (entry && realpathSync(entry) === realpathSync(fileURLToPath(import.meta.url)))
  main().catch((e: unknown) => fail(e));
