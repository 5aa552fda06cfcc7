import { execFile } from 'node:child_process';
import { promisify } from 'node:util';

const run = promisify(execFile);

/**
 * Runs a bench script in a fresh Node process (through tsx; a compiled `.js` from dist/ with plain
 * node, as production runs) and returns the JSON of its last stdout line.
 */
export async function runBenchScript<T>(script: string, args: string[] = []): Promise<T> {
  const loader = script.endsWith('.js') ? [] : ['--import', 'tsx'];
  const { stdout } = await run(process.execPath, [...loader, script, ...args], { maxBuffer: 1 << 20 });
  return JSON.parse(stdout.trim().split('\n').at(-1)!) as T;
}
