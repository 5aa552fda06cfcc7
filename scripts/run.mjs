// npm start / serve / index: runs one entry point of the bot in this process (so signals reach it).
//   production (NODE_ENV=production, or no tsx installed): dist/<name>.js with plain node — `npm run build` first;
//   development: src/<name>.ts through tsx's loader, so a fresh clone needs no build.
// Usage: node scripts/run.mjs main --serve
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseEnv } from 'node:util';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const [name, ...args] = process.argv.slice(2);
if (!name) {
  process.stderr.write('usage: node scripts/run.mjs <entry, e.g. main> [args]\n');
  process.exit(2);
}

const built = join(root, 'dist', `${name}.js`);
const source = join(root, 'src', `${name}.ts`);
const production = nodeEnv() === 'production';
const tsxInstalled = hasTsx();

let target;
if (!production && tsxInstalled) {
  const { register } = await import('tsx/esm/api');
  register();
  target = source;
} else if (existsSync(built)) {
  target = built;
} else {
  process.stderr.write(
    production
      ? `${built} is missing: run \`npm run build\` first (NODE_ENV=production runs the compiled bot).\n`
      : `${built} is missing and tsx is not installed: run \`npm ci && npm run build\`.\n`,
  );
  process.exit(1);
}

// The entry point checks that it is the program being run; make it so.
process.argv = [process.argv[0], target, ...args];
await import(pathToFileURL(target).href);

/** NODE_ENV from the environment, else from the project's .env (the bot reads the same file). */
function nodeEnv() {
  if (process.env.NODE_ENV) return process.env.NODE_ENV;
  const file = join(root, '.env');
  return existsSync(file) ? parseEnv(readFileSync(file, 'utf8')).NODE_ENV : undefined;
}

function hasTsx() {
  try {
    createRequire(import.meta.url).resolve('tsx/esm/api');
    return true;
  } catch {
    return false;
  }
}
