import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseEnv } from 'node:util';
import { PROJECT_ROOT } from './project-root.js';

/**
 * The environment with the project's `.env` file (next to package.json) underneath it: a variable set in the
 * real environment wins over the file. Only settings belong there (tokens, ports, paths); the
 * file is git-ignored, and `.env.example` lists every variable.
 */
export function withEnvFile(env: NodeJS.ProcessEnv, dir = PROJECT_ROOT): Record<string, string | undefined> {
  const file = join(dir, '.env');
  if (!existsSync(file)) return { ...env };
  return { ...parseEnv(readFileSync(file, 'utf8')), ...env };
}
