import type { Logger } from '../../logger.js';
import type { PersonalDataScreen } from '../screening/personal-data.js';
import type { Clock } from '../ports.js';
import type { Chunk, Directory } from '../types.js';
import type { CaseBook } from './case-book.js';

/** What every workflow is given by createCore. */
export interface WorkflowDeps {
  directory: Directory;
  clock: Clock;
  logger: Logger;
  cases: CaseBook;
  /** Document chunks, for quoting the handbook's own words (the six-month clause). */
  chunks: readonly Chunk[];
  screenPersonalData: (text: string) => PersonalDataScreen;
  /** Minutes a consultant has to acknowledge a /bekymring before the fallback contact is alerted. */
  bekymringAckMinutes: number;
  /** How long a delivery may take before the volunteer is told it failed. */
  deliveryTimeoutMs?: number;
}
