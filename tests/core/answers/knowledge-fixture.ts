import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import { type KnowledgeBase, loadKnowledge } from '../../../src/core/knowledge/knowledge-base.js';
import { createLogger } from '../../../src/logger.js';
import { seedDir } from '../../support/seed.js';

/** The real knowledge folder, indexed into a fresh temporary data folder. */
export async function realKnowledge(): Promise<{ knowledge: KnowledgeBase; cleanup: () => Promise<void> }> {
  const dataDir = await mkdtemp(join(tmpdir(), 'hjertebot-answers-'));
  const knowledge = await loadKnowledge({
    knowledgeDir: 'knowledge',
    dataDir,
    seedDir: seedDir(),
    logger: createLogger('silent'),
  });
  return { knowledge, cleanup: () => rm(dataDir, { recursive: true, force: true }) };
}

export const silentLogger = createLogger('silent');

/** The real knowledge base for one describe block: indexed before its tests, removed after. */
export function useRealKnowledge(): () => KnowledgeBase {
  let knowledge: KnowledgeBase | undefined;
  let cleanup = async () => {};
  beforeAll(async () => {
    ({ knowledge, cleanup } = await realKnowledge());
  });
  afterAll(() => cleanup());
  return () => {
    if (!knowledge) throw new Error('real knowledge not loaded yet');
    return knowledge;
  };
}
