import { BANK } from '../../tuning.js';
import { HashedEmbedder } from './hashed-embedder.js';

/**
 * The bank is always embedded locally: a message is matched against anticipated questions on this
 * machine, whatever embedder the passages use, and a restart costs no API calls.
 */
export const bankEmbedder = new HashedEmbedder(BANK.dimensions);
