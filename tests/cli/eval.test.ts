import { execFile } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeSyntheticCorpus } from '../../src/cli/synthetic-corpus.js';
import { DEV_QUESTIONS as DEV, scoreDevResults } from './score-dev.js';

const run = promisify(execFile);
let dataDir: string;

beforeAll(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'hjertebot-eval-'));
});
afterAll(async () => {
  await rm(dataDir, { recursive: true, force: true });
});

const env = () => ({ ...process.env, DATA_DIR: dataDir, LOG_LEVEL: 'silent' });
const evalCmd = (file: string) =>
  run(process.execPath, ['--import', 'tsx', 'src/cli/eval.ts', file], { env: env(), maxBuffer: 32 << 20 });

describe('npm run eval', () => {
  it('prints one line per question in the shared format, logs kept off stdout', async () => {
    const file = join(dataDir, 'two.jsonl');
    await writeFile(
      file,
      [
        JSON.stringify({ id: 'a', question: 'Hvor længe kan jeg holde orlov?' }),
        JSON.stringify({ id: 'b', question: 'Hvem vandt Tour de France i 2023?' }),
      ].join('\n'),
    );
    const { stdout } = await evalCmd(file);
    const lines = stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(lines.map((l) => l.id)).toEqual(['a', 'b']);
    for (const l of lines) {
      expect(Object.keys(l).sort()).toEqual([
        'abstained',
        'answer',
        'citations',
        'id',
        'ms',
        'offerBekymring',
        'piiWarning',
        'retrieved',
        'route',
      ]);
      expect((l.retrieved as unknown[]).length).toBeGreaterThanOrEqual(10);
    }
    expect(lines[0]!.abstained).toBe(false);
    expect(lines[1]!.abstained).toBe(true);
    expect(lines[1]!.citations).toEqual([]);
  });

  it('meets the dev-set thresholds with the scorer', async () => {
    const { stdout } = await evalCmd(DEV);
    const results = join(dataDir, 'dev-results.jsonl');
    await writeFile(results, stdout);
    const summary = await scoreDevResults(results);
    expect(summary.recall5).toBeGreaterThanOrEqual(0.95);
    expect(summary.citation).toBeGreaterThanOrEqual(0.9);
    expect(summary.abstain).toBe(1);
    expect(summary.falseAbstain).toBe(0);
  }, 120_000);
});

describe('synthetic bench corpus', () => {
  it('writes N distinct copies of every text document', async () => {
    const out = await mkdtemp(join(tmpdir(), 'hjertebot-synth-'));
    try {
      const n = await writeSyntheticCorpus('knowledge', out, 3);
      expect(n).toBe(12);
      const files = (await readdir(out)).filter((f) => f.startsWith('haandbog'));
      expect(files).toHaveLength(3);
      const [a, b] = await Promise.all(files.slice(0, 2).map((f) => readFile(join(out, f), 'utf8')));
      expect(a).not.toBe(b);
      expect(a!.length).toBeGreaterThan(20_000);
    } finally {
      await rm(out, { recursive: true, force: true });
    }
  });
});
