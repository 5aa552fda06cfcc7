import { type ChildProcess, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { seedEnv } from './seed.js';

// The bot as its own process (as `npm run serve` or `node dist/main.js --serve` starts it): found
// through its `http_listening` log line; its memory read from /proc.

export const ROOT = resolve(import.meta.dirname, '../..');

export interface BotChild {
  child: ChildProcess;
  url: string;
  /** Everything the bot wrote to stderr and stdout so far (JSON log lines). */
  output(): string;
  /** Resident and peak resident memory, MB (Linux /proc). */
  memory(): { rssMb: number; peakRssMb: number };
  /** SIGTERM, then the exit code. */
  stop(signal?: NodeJS.Signals): Promise<number | null>;
}

/**
 * Starts `args` under node with only the environment given (plus PATH/HOME) and waits until it
 * listens: its `http_listening` log line, or (`knownPort`, for quiet logs) /healthz answering.
 */
export async function startBotChild(
  args: string[],
  env: Record<string, string>,
  opts: { cwd?: string; timeoutMs?: number; knownPort?: number } = {},
): Promise<BotChild> {
  const child = spawn(process.execPath, args, {
    cwd: opts.cwd ?? ROOT,
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', ...seedEnv(), ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const closed = new Promise<number | null>((r) => child.once('close', (code) => r(code)));
  const url = await new Promise<string>((resolveUrl, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`not listening within ${opts.timeoutMs ?? 60_000} ms: ${output.slice(-1000)}`)),
      opts.timeoutMs ?? 60_000,
    );
    const onData = (c: Buffer) => {
      output += c.toString('utf8');
      const port = /"event":"http_listening".*?"port":(\d+)/.exec(output)?.[1];
      if (port) {
        clearTimeout(timer);
        resolveUrl(`http://127.0.0.1:${port}`);
      }
    };
    child.stderr.on('data', onData);
    child.stdout.on('data', onData);
    if (opts.knownPort)
      void pollHealth(opts.knownPort, () => child.exitCode !== null).then(
        (url) => url && (clearTimeout(timer), resolveUrl(url)),
      );
    void closed.then((code) => {
      clearTimeout(timer);
      reject(new Error(`exited (${code}) before listening: ${output.slice(-1000)}`));
    });
  });
  return {
    child,
    url,
    output: () => output,
    memory: () => memoryOf(child.pid!),
    stop: async (signal = 'SIGTERM') => {
      if (child.exitCode === null && child.signalCode === null) child.kill(signal);
      return closed;
    },
  };
}

export function memoryOf(pid: number): { rssMb: number; peakRssMb: number } {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = (field: string) => Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? NaN);
  return { rssMb: kb('VmRSS') / 1024, peakRssMb: kb('VmHWM') / 1024 };
}

async function pollHealth(port: number, gone: () => boolean): Promise<string | undefined> {
  const url = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 600 && !gone(); i++) {
    try {
      if ((await fetch(`${url}/healthz`)).ok) return url;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  return undefined;
}
