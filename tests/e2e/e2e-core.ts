import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Core } from '../../src/core/core.js';
import type { BotReply } from '../../src/core/types.js';
import { makeTeamsCore } from '../adapters/teams/teams-core.js';

/** The shipped directory, as a new deployment has it: no Teams ids for anyone. */
const shippedDirectory: unknown = JSON.parse(
  readFileSync(fileURLToPath(new URL('../../config/directory.json', import.meta.url)), 'utf8'),
);

/** The real core behind the Playground, with every reply it gave kept for the assertions. */
export async function makeE2eCore(): Promise<{ core: Core; answers: BotReply[]; cleanup(): Promise<void> }> {
  const made = await makeTeamsCore({ directory: shippedDirectory });
  const answers: BotReply[] = [];
  const core = new Proxy(made.core, {
    get(target, prop, receiver) {
      if (prop === 'ask') {
        return async (...args: Parameters<Core['ask']>) => {
          const reply = await target.ask(...args);
          answers.push(reply);
          return reply;
        };
      }
      return Reflect.get(target, prop, receiver) as unknown;
    },
  });
  return { core, answers, cleanup: made.cleanup };
}
