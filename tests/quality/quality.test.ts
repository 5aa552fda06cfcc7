import { readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseConfig } from '../../src/config.js';
import { createLogger } from '../../src/logger.js';
import { BASELINE_FILE, type Baseline, drops } from '../../src/quality/baseline.js';
import { freeChat } from '../../src/quality/free-chat.js';
import { fixtureQuestionSets } from '../../src/quality/question-sets.js';
import { type AskFn, runQuestionSet } from '../../src/quality/run-sets.js';
import { seedEnv } from '../support/seed.js';

// Answer quality is a test: every question set in tests/fixtures against the committed baseline.
// A drop fails; an intended trade-off is a reviewed baseline change (npm run quality -- --write-baseline).

const sets = fixtureQuestionSets('tests/fixtures');
const baseline = JSON.parse(readFileSync(BASELINE_FILE, 'utf8')) as Baseline;
let dataDir: string;
let ask: AskFn;

beforeAll(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'hjertebot-quality-'));
  const config = parseConfig({ DATA_DIR: dataDir, LOG_LEVEL: 'silent', ...seedEnv() });
  ask = await freeChat(config, createLogger('silent'));
});
afterAll(async () => {
  await rm(dataDir, { recursive: true, force: true });
});

describe('answer quality against the committed baseline', () => {
  it('has a baseline for every question set, and a set for every baseline', () => {
    expect(sets.length).toBeGreaterThanOrEqual(20);
    expect(Object.keys(baseline).sort()).toEqual(sets.map((s) => s.name).sort());
  });

  for (const set of sets) {
    it(`${set.name} (${set.questions.length} questions) does not drop below its baseline`, async () => {
      const outcome = await runQuestionSet(set, ask);
      const base = baseline[set.name];
      expect(base, `no baseline for ${set.name}`).toBeDefined();
      expect(drops(outcome.summary, base!), outcome.failures.join('\n')).toEqual([]);
    });
  }
});
