import { type ChildProcess, spawn } from 'node:child_process';
import { resolve } from 'node:path';
import { seedEnv } from './seed.js';

const ROOT = resolve(import.meta.dirname, '../..');

export interface BotProcess {
  child: ChildProcess;
  url: string;
  /** Every JSON log line so far, parsed. */
  logs: Record<string, unknown>[];
  waitForLog(match: (line: Record<string, unknown>) => boolean, timeoutMs?: number): Promise<Record<string, unknown>>;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

/**
 * The real server (`src/main.ts --serve`) in a process of its own, on a free loopback port, with
 * only the environment given. Resolves once it listens.
 */
export async function startBotProcess(env: Record<string, string>, timeoutMs = 60_000): Promise<BotProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts', '--serve'], {
    cwd: ROOT,
    env: {
      PATH: process.env.PATH ?? '',
      HOME: process.env.HOME ?? '',
      NODE_ENV: 'test',
      PORT: '0',
      HOST: '127.0.0.1',
      LOG_LEVEL: 'info',
      ...seedEnv(),
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const logs: Record<string, unknown>[] = [];
  const waiters: { match: (l: Record<string, unknown>) => boolean; resolve: (l: Record<string, unknown>) => void }[] =
    [];
  let buffer = '';
  const onData = (chunk: Buffer) => {
    buffer += chunk.toString('utf8');
    for (let nl = buffer.indexOf('\n'); nl >= 0; nl = buffer.indexOf('\n')) {
      const line = buffer.slice(0, nl);
      buffer = buffer.slice(nl + 1);
      let parsed: Record<string, unknown>;
      try {
        parsed = JSON.parse(line) as Record<string, unknown>;
      } catch {
        parsed = { raw: line };
      }
      logs.push(parsed);
      for (const w of [...waiters]) if (w.match(parsed)) waiters.splice(waiters.indexOf(w), 1) && w.resolve(parsed);
    }
  };
  child.stderr!.on('data', onData);
  child.stdout!.on('data', onData);
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((r) =>
    child.once('exit', (code, signal) => r({ code, signal })),
  );
  const waitForLog = (match: (l: Record<string, unknown>) => boolean, ms = 30_000) =>
    new Promise<Record<string, unknown>>((resolvePromise, reject) => {
      const seen = logs.find(match);
      if (seen) return resolvePromise(seen);
      const timer = setTimeout(
        () => reject(new Error(`no matching log line within ${ms} ms; last: ${JSON.stringify(logs.slice(-5))}`)),
        ms,
      );
      waiters.push({ match, resolve: (l) => (clearTimeout(timer), resolvePromise(l)) });
    });
  const listening = await Promise.race([
    waitForLog((l) => l.event === 'http_listening', timeoutMs),
    exited.then((e) => {
      throw new Error(`bot exited before listening (${JSON.stringify(e)}): ${JSON.stringify(logs.slice(-5))}`);
    }),
  ]);
  return { child, url: `http://127.0.0.1:${String(listening.port)}`, logs, waitForLog, exited };
}

/** Stops a process if it still runs (test clean-up). */
export async function killBot(bot: BotProcess | undefined): Promise<void> {
  if (!bot || bot.child.exitCode !== null || bot.child.signalCode !== null) return;
  bot.child.kill('SIGKILL');
  await bot.exited;
}
