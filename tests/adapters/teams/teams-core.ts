import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Core } from '../../../src/core/core.js';
import { parseDirectory } from '../../../src/core/directory/load-directory.js';
import { coreDouble } from './core-double.js';
import { teamsTestDirectory, writeTeamsDirectory } from './teams-people.js';

/** The core the Teams tests run against, with its data in a fresh temp folder. */
export async function makeTeamsCore(): Promise<{ core: Core; dataDir: string; cleanup(): Promise<void> }> {
  const dataDir = await mkdtemp(join(tmpdir(), 'hjertebot-teams-data-'));
  await writeTeamsDirectory(dataDir);
  const core = coreDouble(parseDirectory(teamsTestDirectory));
  return {
    core,
    dataDir,
    async cleanup() {
      await core.close();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}
