import { spawn } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseConfig } from '../src/config.js';
import { modeFor } from '../src/main.js';
import { seedEnv } from './support/seed.js';

const ROOT = resolve(import.meta.dirname, '..');
let dataDir: string;

beforeAll(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'hjertebot-main-'));
});
afterAll(async () => {
  await rm(dataDir, { recursive: true, force: true });
});

/** `echo … | npm start`, as a child process with only the environment it needs. */
function runMain(
  stdin: string,
  env: Record<string, string> = {},
  args: string[] = [],
): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts', ...args], {
      cwd: ROOT,
      env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', DATA_DIR: dataDir, ...seedEnv(), ...env },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (c: Buffer) => (stdout += c.toString('utf8')));
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString('utf8')));
    child.on('error', reject);
    child.on('close', (code) => resolvePromise({ code, stdout, stderr }));
    child.stdin.end(stdin);
  });
}

describe('npm start with piped input', () => {
  it('answers "Hvor længe kan jeg holde orlov?" quoting the six-month rule with its source, then exits', async () => {
    const r = await runMain('Hvor længe kan jeg holde orlov?\n');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Du kan holde orlov i op til seks måneder');
    expect(r.stdout).toContain('[1] Håndbog for frivillige støtter · Orlov – hvis du har brug for en pause');
  });

  it('a piped /afbud dialogue shows the delivery in the terminal inbox', async () => {
    const r = await runMain('/afbud\ni morgen\n14-17\n1\n');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('┌─ Konsulent-indbakke (lokal) · til Mia Jandrup');
    expect(r.stdout).toMatch(/│ Vagt: \w+ den \d+\. \w+ \d{4}, 14-17/);
    expect(r.stdout).toContain('mindst to frivillige på vagt');
  });

  it('keeps logs off stdout and content out of the logs', async () => {
    const r = await runMain('Patienten Jens Hansen vil tage sit liv\n', { LOG_LEVEL: 'debug' });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('ring 112');
    expect(r.stdout).not.toContain('"event"');
    expect(r.stderr).toContain('"event":"ask"');
    expect(r.stderr).not.toMatch(/Jens|Hansen|tage sit liv/);
  });

  it('a bad configuration variable prints which one and exits 1', async () => {
    const r = await runMain('', { PORT: 'not-a-port' });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('PORT');
    expect(r.stdout).toBe('');
  });

  it('a bad routing directory names the bad entry and exits 1', async () => {
    const file = join(dataDir, 'directory.json');
    await writeFile(
      file,
      JSON.stringify({ contacts: [{ id: 'a', name: 'A', role: 'r', phone: '12' }], regions: [], fallback: 'a' }),
    );
    const r = await runMain('', { DIRECTORY_FILE: file });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('contacts[0] ("a").phone');
    expect(r.stderr).toContain('regions: list at least one region');
  });
});

describe('npm run serve', () => {
  it('listens on loopback and shuts down cleanly on SIGTERM', async () => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts', '--serve'], {
      cwd: ROOT,
      env: {
        PATH: process.env.PATH ?? '',
        HOME: process.env.HOME ?? '',
        DATA_DIR: dataDir,
        ...seedEnv(),
        PORT: '0',
        HOST: '127.0.0.1',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    const listening = new Promise<string>((resolveUrl, reject) => {
      child.stderr.on('data', (c: Buffer) => {
        stderr += c.toString('utf8');
        const port = /"event":"http_listening".*?"port":(\d+)/.exec(stderr)?.[1];
        if (port) resolveUrl(`http://127.0.0.1:${port}`);
      });
      child.on('close', () => reject(new Error(`exited before listening: ${stderr.slice(0, 500)}`)));
    });
    const url = await listening;
    const health = await fetch(`${url}/healthz`);
    expect(await health.json()).toEqual({ ok: true });
    const exit = new Promise<number | null>((r) => child.on('close', (code) => r(code)));
    child.kill('SIGTERM');
    expect(await exit).toBe(0);
    expect(stderr).toContain('"event":"shutdown"');
  });
});

describe('modeFor', () => {
  it('is the terminal chat with nothing configured, the server with --serve or any chat credentials', () => {
    expect(modeFor(parseConfig({}), [])).toBe('terminal');
    expect(modeFor(parseConfig({}), ['--serve'])).toBe('serve');
    expect(modeFor(parseConfig({ SLACK_BOT_TOKEN: 'xoxb-1', SLACK_SIGNING_SECRET: 's' }), [])).toBe('serve');
    expect(modeFor(parseConfig({ TEAMS_CLIENT_ID: 'c', TEAMS_CLIENT_SECRET: 's', TEAMS_TENANT_ID: 't' }), [])).toBe(
      'serve',
    );
  });
});
