import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadKnowledge } from '../../src/core/knowledge/knowledge-base.js';
import { createLogger } from '../../src/logger.js';

// The real knowledge folder is indexed once per test run (passages, analysed question bank, the
// passage classifier) and handed to every test and every bot process as INDEX_SEED_DIR, as a
// deployment image would ship it: each test still gets a fresh DATA_DIR of its own.

export default async function setup(): Promise<() => Promise<void>> {
  const root = await mkdtemp(join(tmpdir(), 'hjertebot-test-seed-'));
  await loadKnowledge({ knowledgeDir: 'knowledge', dataDir: root, logger: createLogger('silent') });
  process.env.INDEX_SEED_DIR = join(root, 'index');
  return () => rm(root, { recursive: true, force: true });
}
