import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseEnv } from 'node:util';

/**
 * The environment with a `.env` file in the working folder underneath it: a variable set in the
 * real environment wins over the file. Only settings belong there (tokens, ports, paths); the
 * file is git-ignored, and `.env.example` lists every variable.
 */
export function withEnvFile(env: NodeJS.ProcessEnv, dir = process.cwd()): Record<string, string | undefined> {
  const file = join(dir, '.env');
  if (!existsSync(file)) return { ...env };
  return { ...parseEnv(readFileSync(file, 'utf8')), ...env };
}
