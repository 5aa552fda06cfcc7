import type { AppConfig } from '../config.js';
import { ask } from '../core/ask.js';
import { loadDirectory } from '../core/directory/load-directory.js';
import { loadKnowledge } from '../core/knowledge/knowledge-base.js';
import { allowanceFor } from '../core/screening/allowance.js';
import { createPersonalDataScreen } from '../core/screening/personal-data.js';
import type { Logger } from '../logger.js';
import type { AskFn } from './run-sets.js';

/** The free-chat path alone (no workflows, no chat platform), as the quality runs need it. */
export async function freeChat(config: AppConfig, logger: Logger): Promise<AskFn> {
  const directory = await loadDirectory(config.directoryFile);
  const knowledge = await loadKnowledge({
    knowledgeDir: config.knowledgeDir,
    dataDir: config.dataDir,
    seedDir: config.indexSeedDir,
    logger,
  });
  const screenPersonalData = createPersonalDataScreen(allowanceFor(directory, knowledge.chunks));
  return (message) => ask(message, { knowledge, logger, screenPersonalData });
}
