import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { builtinModules } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT, startBotChild } from './support/bot-child.js';
import { directMessage } from './support/slack-fixtures.js';
import { asJson, sendSigned } from './support/slack-signing.js';
import { type SlackWebApiFake, startSlackWebApi } from './support/slack-web-api.js';

// The production build: `npm run build` (tsc → dist/), then plain `node dist/main.js --serve` with
// NODE_ENV=production, Slack-only settings, started from another folder.

const DIST = join(ROOT, 'dist');

function build(): Promise<void> {
  return new Promise((resolve, reject) => {
    const tsc = spawn(process.execPath, [join(ROOT, 'node_modules/typescript/bin/tsc'), '-p', 'tsconfig.build.json'], {
      cwd: ROOT,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    tsc.stdout.on('data', (c: Buffer) => (out += c.toString('utf8')));
    tsc.stderr.on('data', (c: Buffer) => (out += c.toString('utf8')));
    tsc.on('close', (code) =>
      code === 0 ? resolve() : reject(new Error(`npm run build failed: ${out.slice(0, 2000)}`)),
    );
  });
}

function jsFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? jsFiles(join(dir, e.name)) : e.name.endsWith('.js') ? [join(dir, e.name)] : [],
  );
}

describe('the production build', () => {
  let api: SlackWebApiFake;
  let dataDir: string;
  let elsewhere: string;

  beforeAll(async () => {
    await build();
    api = await startSlackWebApi();
    dataDir = await mkdtemp(join(tmpdir(), 'hjertebot-build-data-'));
    elsewhere = await mkdtemp(join(tmpdir(), 'hjertebot-build-cwd-'));
  }, 120_000);

  afterAll(async () => {
    await api?.close();
    await rm(dataDir, { recursive: true, force: true });
    await rm(elsewhere, { recursive: true, force: true });
  });

  it('imports only runtime dependencies and Node built-ins, so `npm ci --omit=dev` is enough to serve', () => {
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
      dependencies: Record<string, string>;
    };
    const allowed = new Set([...Object.keys(pkg.dependencies), ...builtinModules]);
    const imported = new Set<string>();
    for (const file of jsFiles(DIST)) {
      const text = readFileSync(file, 'utf8');
      for (const m of text.matchAll(
        /(?:^|\n)\s*(?:import|export)\b[^'"]*?from\s+['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g,
      )) {
        const spec = m[1] ?? m[2]!;
        if (spec.startsWith('.') || spec.startsWith('node:')) continue;
        imported.add(spec.startsWith('@') ? spec.split('/').slice(0, 2).join('/') : spec.split('/')[0]!);
      }
    }
    expect(imported.size).toBeGreaterThan(5);
    expect([...imported].filter((name) => !allowed.has(name))).toEqual([]);
  });

  it('starts with NODE_ENV=production and Slack-only settings from another folder, answers a signed question, exits 0 on SIGTERM', async () => {
    const bot = await startBotChild(
      [join(DIST, 'main.js'), '--serve'],
      {
        NODE_ENV: 'production',
        PORT: '0',
        HOST: '127.0.0.1',
        DATA_DIR: dataDir,
        SLACK_BOT_TOKEN: 'xoxb-build',
        SLACK_SIGNING_SECRET: 'build-secret',
        SLACK_API_URL: api.url,
      },
      { cwd: elsewhere },
    );
    try {
      // Slack only: no Teams route in production without its credentials.
      expect(bot.output()).toContain('"mounts":["slack"]');
      expect((await fetch(`${bot.url}/api/messages`, { method: 'POST', body: '{}' })).status).toBe(404);
      expect(await (await fetch(`${bot.url}/readyz`)).json()).toEqual({
        ready: true,
        parts: { index: true, slack: true },
      });

      const message = directMessage({ text: 'Hvor længe kan jeg holde orlov?' });
      const ack = await sendSigned(`${bot.url}/slack/events`, asJson(message), { secret: 'build-secret' });
      expect(ack.status).toBe(200);
      const answer = await api.waitFor('chat.postMessage', (c) => c.body.channel === 'D024BE91L', 20_000);
      expect(JSON.stringify(answer.body)).toContain('seks måneder');
    } finally {
      expect(await bot.stop('SIGTERM')).toBe(0);
    }
    expect(bot.output()).toContain('"event":"shutdown"');
  }, 90_000);
});

describe('the deployment files', () => {
  const dockerfile = readFileSync(join(ROOT, 'Dockerfile'), 'utf8');

  it('Dockerfile: copies only what exists, runs the build output as a non-root user, checks /readyz', () => {
    const sources = [...dockerfile.matchAll(/^COPY (?!--from)(.+) \S+$/gm)].flatMap((m) => m[1]!.split(/\s+/));
    expect(sources.length).toBeGreaterThan(5);
    expect(sources.filter((s) => !existsSync(join(ROOT, s)))).toEqual([]);
    expect(dockerfile).toMatch(/^FROM node:(22|24)-slim/m);
    expect(dockerfile).toMatch(/^USER node$/m);
    expect(dockerfile).toMatch(/npm prune --omit=dev/);
    expect(dockerfile).toMatch(/^VOLUME \["\/data"\]$/m);
    expect(dockerfile).toMatch(/^HEALTHCHECK [\s\S]*\/readyz/m);
    expect(dockerfile).toContain('CMD ["node", "dist/main.js", "--serve"]');
    expect(existsSync(join(DIST, 'main.js')) && existsSync(join(DIST, 'cli/build-index.js'))).toBe(true);
  });

  it('the systemd unit runs the build output with NODE_ENV=production and restarts on failure', () => {
    const unit = readFileSync(join(ROOT, 'deploy/hjertebot.service'), 'utf8');
    expect(unit).toMatch(/^ExecStart=\/usr\/bin\/node \/opt\/hjertebot\/dist\/main\.js --serve$/m);
    expect(unit).toMatch(/^Environment=NODE_ENV=production$/m);
    expect(unit).toMatch(/^Restart=on-failure$/m);
    expect(unit).toMatch(/^User=hjertebot$/m);
  });
});
