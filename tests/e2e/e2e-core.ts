import type { Core } from '../../src/core/core.js';
import { parseDirectory } from '../../src/core/directory/load-directory.js';
import type { BotReply } from '../../src/core/types.js';
import { coreDouble } from '../adapters/teams/core-double.js';
import { e2eDirectory } from './e2e-directory.js';

/** The core behind the Playground, with every reply it gave kept for the assertions. TEMPORARY double until createCore lands. */
export async function makeE2eCore(): Promise<{ core: Core; answers: BotReply[]; cleanup(): Promise<void> }> {
  const real = coreDouble(parseDirectory(e2eDirectory));
  const answers: BotReply[] = [];
  const core = new Proxy(real, {
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
  return { core, answers, cleanup: async () => real.close() };
}
