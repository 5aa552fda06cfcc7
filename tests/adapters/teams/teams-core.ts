import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseConfig } from '../../../src/config.js';
import type { Core } from '../../../src/core/core.js';
import { createCore } from '../../../src/core/create-core.js';
import { createLogger, type Logger } from '../../../src/logger.js';
import { seedEnv } from '../../support/seed.js';
import { writeTeamsDirectory } from './teams-people.js';

const KNOWLEDGE_DIR = resolve(import.meta.dirname, '../../../knowledge');

/**
 * The real core (createCore: the knowledge base from knowledge/, indexed into a fresh temp data
 * folder, and the workflows) over a directory written in `directory` shape.
 */
export async function makeTeamsCore(
  opts: { logger?: Logger; directory?: unknown } = {},
): Promise<{ core: Core; dataDir: string; cleanup(): Promise<void> }> {
  const dataDir = await mkdtemp(join(tmpdir(), 'hjertebot-teams-data-'));
  const directoryFile = await writeTeamsDirectory(dataDir, opts.directory);
  const config = parseConfig({
    NODE_ENV: 'test',
    KNOWLEDGE_DIR,
    DATA_DIR: join(dataDir, 'index'),
    ...seedEnv(),
    DIRECTORY_FILE: directoryFile,
  });
  const core = await createCore({ config, logger: opts.logger ?? createLogger('silent') });
  return {
    core,
    dataDir,
    async cleanup() {
      await core.close();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}
