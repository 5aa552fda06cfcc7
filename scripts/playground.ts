// `npm run playground`: the bot (as `npm run serve` starts it) plus the Microsoft 365 Agents
// Playground against it, for trying the Teams app without a tenant.
//
// The Playground writes every message verbatim to ./devTools/m365agentsplayground.log in the
// folder it starts from. It is started in a fresh temporary folder that is removed when it stops,
// so development keeps the project's promise that conversations are never kept on disk.

import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const ROOT = resolve(import.meta.dirname, '..');

export interface RunningPlayground {
  /** The web UI, e.g. http://localhost:56150 */
  url: string;
  port: number;
  /** The temporary working folder (holds the Playground's message log until stop()). */
  workDir: string;
  stop(): Promise<void>;
}

/** Starts the Agents Playground in a temporary folder against a bot endpoint; stop() removes the folder. */
export async function startPlayground(opts: {
  botEndpoint: string;
  openBrowser: boolean;
  onLine?: (line: string) => void;
}): Promise<RunningPlayground> {
  const workDir = await mkdtemp(join(tmpdir(), 'hjertebot-playground-'));
  const cli = createRequire(import.meta.url).resolve('@microsoft/m365agentsplayground/cli.js');
  const env = { ...process.env };
  // Without a display the Playground exits unless told not to open a browser.
  if (opts.openBrowser) delete env.TEAMSAPPTESTER_BROWSER;
  else env.TEAMSAPPTESTER_BROWSER = 'none';
  const child = spawn(process.execPath, [cli, '-e', opts.botEndpoint, '-c', 'msteams', '--disable-telemetry'], {
    cwd: workDir,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const exited = new Promise<void>((done) => child.once('exit', () => done()));

  const stop = async (): Promise<void> => {
    await stopChild(child, exited);
    await rm(workDir, { recursive: true, force: true });
  };

  try {
    const port = await new Promise<number>((resolvePort, reject) => {
      const timer = setTimeout(() => reject(new Error('The Agents Playground did not start within 60 s')), 60_000);
      child.once('exit', (code) => reject(new Error(`The Agents Playground exited early (code ${code})`)));
      const onData = (chunk: Buffer) => {
        for (const line of chunk.toString('utf8').split('\n')) {
          if (!line.trim() || line.startsWith('Telemetry:')) continue;
          opts.onLine?.(line);
          const m = /Listening on (\d+)/.exec(line);
          if (m) {
            clearTimeout(timer);
            resolvePort(Number(m[1]));
          }
        }
      };
      child.stdout.on('data', onData);
      child.stderr.on('data', onData);
    });
    return { url: `http://localhost:${port}`, port, workDir, stop };
  } catch (e) {
    await stop();
    throw e;
  }
}

async function stopChild(child: ChildProcess, exited: Promise<void>): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  child.kill('SIGTERM');
  const killed = await Promise.race([
    exited.then(() => true),
    new Promise<boolean>((r) => setTimeout(() => r(false), 5_000)),
  ]);
  if (!killed) {
    child.kill('SIGKILL');
    await exited;
  }
}

async function waitForHealth(url: string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`The bot did not answer ${url} within ${timeoutMs / 1000} s`);
}

async function main(): Promise<void> {
  // A development tool, not the app: it only passes the environment on to the bot it starts.
  const port = Number(process.env.PORT) || 3978;
  const hasDisplay =
    process.platform === 'darwin' ||
    process.platform === 'win32' ||
    Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);
  const botEnv: NodeJS.ProcessEnv = { ...process.env, PORT: String(port), NODE_ENV: 'development' };
  // The Playground talks to the anonymous local mode; credentials would make the bot demand tokens.
  for (const k of ['TEAMS_CLIENT_ID', 'TEAMS_CLIENT_SECRET', 'TEAMS_TENANT_ID']) delete botEnv[k];
  botEnv.TEAMS_DEV = '1';
  botEnv.HOST = '127.0.0.1';
  console.error(
    'Playground: starting the bot with TEAMS_DEV=1 (anonymous Teams, loopback only) and without Teams credentials.',
  );

  const tsx = createRequire(import.meta.url).resolve('tsx/cli');
  const bot = spawn(process.execPath, [tsx, 'src/main.ts', '--serve'], { cwd: ROOT, env: botEnv, stdio: 'inherit' });
  const botExited = new Promise<void>((done) => bot.once('exit', () => done()));
  let playground: RunningPlayground | undefined;
  let stopping = false;
  const shutdown = async (code: number): Promise<never> => {
    if (!stopping) {
      stopping = true;
      await playground?.stop();
      await stopChild(bot, botExited);
    }
    process.exit(code);
  };
  process.once('SIGINT', () => void shutdown(0));
  process.once('SIGTERM', () => void shutdown(0));
  bot.once('exit', (code) => {
    if (!stopping) {
      console.error(`The bot stopped (code ${code}).`);
      void shutdown(code ?? 1);
    }
  });

  try {
    await waitForHealth(`http://127.0.0.1:${port}/healthz`, 120_000);
    playground = await startPlayground({
      botEndpoint: `http://127.0.0.1:${port}/api/messages`,
      openBrowser: hasDisplay,
      onLine: (line) => console.error(`[playground] ${line}`),
    });
    console.error(
      `\nAgents Playground: ${playground.url}  (bot on port ${port}; Ctrl+C stops both and removes the Playground's log)\n`,
    );
  } catch (e) {
    console.error((e as Error).message);
    await shutdown(1);
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) void main();
