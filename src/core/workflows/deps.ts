import type { Logger } from '../../logger.js';
import type { Clock } from '../ports.js';
import type { PersonalDataScreen } from '../screening/personal-data.js';
import type { Chunk, Directory } from '../types.js';
import type { Cases } from './cases.js';
import type { SecondChannel } from './second-channel.js';

/** What every workflow is given by createCore. */
export interface WorkflowDeps {
  directory: Directory;
  clock: Clock;
  logger: Logger;
  cases: Cases;
  /** Document chunks, for quoting the handbook's own words (the six-month clause). */
  chunks: readonly Chunk[];
  screenPersonalData: (text: string) => PersonalDataScreen;
  /** BEKYMRING_ACK_MINUTES: the first ladder deadline for every kind; unset: the ladder's defaults. */
  bekymringAckMinutes?: number;
  /** E-mail for urgent ladder steps, when SMTP_URL is set. */
  secondChannel?: SecondChannel;
  /** How long a delivery may take before the volunteer is told it failed. */
  deliveryTimeoutMs?: number;
}
