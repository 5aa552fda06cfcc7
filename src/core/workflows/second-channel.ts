import type { Contact } from '../types.js';

/** A second way to reach staff for urgent ladder steps (e-mail). Metadata only; rejects on failure. */
export interface SecondChannel {
  notify(to: Contact, message: { subject: string; lines: string[] }): Promise<void>;
}
