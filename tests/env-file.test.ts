import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ENV_VARIABLES, parseConfig } from '../src/config.js';
import { withEnvFile } from '../src/env-file.js';

describe('.env file', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'hjertebot-env-'));
  });
  afterEach(async () => rm(dir, { recursive: true, force: true }));

  it('supplies settings the environment does not have, with comments and quotes handled', async () => {
    await writeFile(
      join(dir, '.env'),
      '# Slack\nSLACK_BOT_TOKEN=xoxb-from-file\nSLACK_SIGNING_SECRET="quoted secret"\nPORT=4000\n',
    );
    const config = parseConfig(withEnvFile({}, dir));
    expect(config.slack).toMatchObject({ botToken: 'xoxb-from-file', signingSecret: 'quoted secret' });
    expect(config.port).toBe(4000);
  });

  it('lets the real environment win over the file', async () => {
    await writeFile(join(dir, '.env'), 'PORT=4000\nLOG_LEVEL=debug\n');
    const env = withEnvFile({ PORT: '5000' }, dir);
    expect(env.PORT).toBe('5000');
    expect(env.LOG_LEVEL).toBe('debug');
  });

  it('changes nothing without a file', () => {
    expect(withEnvFile({ PORT: '5000' }, dir)).toEqual({ PORT: '5000' });
  });
});

describe('.env.example', () => {
  it('lists every variable the bot reads (DEBUG is only read to refuse it)', async () => {
    const text = await readFile(new URL('../.env.example', import.meta.url), 'utf8');
    const listed = [...text.matchAll(/^#?([A-Z][A-Z0-9_]+)=/gm)].map((m) => m[1]);
    expect([...listed].sort()).toEqual(ENV_VARIABLES.filter((v) => v !== 'DEBUG').sort());
  });
});
