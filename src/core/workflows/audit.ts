import type { Logger } from '../../logger.js';
import type { CaseAction, CaseKind } from './contracts.js';

// One metadata-only line per workflow event: what, when, routed to whom (contact id), delivered
// or acknowledged. Never a date the volunteer typed, a free text, a name or a user id.

export interface WorkflowAudit {
  type: CaseKind;
  caseId: string;
  routedTo: string;
  delivered: boolean;
  urgent: boolean;
  acute?: boolean;
  /** Bekymring kind; it says which duty, not what happened. */
  category?: string;
  /** The duty the bot's screen found in the free text (the reason kinds, never the words). */
  screenedRoute?: string;
  screenedSignals?: string[];
  partnerNotified?: boolean;
  fallbackAlerted?: boolean;
}

export function auditWorkflow(logger: Logger, at: Date, entry: WorkflowAudit): void {
  logger.info({ event: 'workflow', at: at.toISOString(), ...entry }, 'workflow');
}

export function auditCaseAction(
  logger: Logger,
  at: Date,
  entry: { type: CaseKind; caseId: string; action: CaseAction; by: string; status: string; volunteerNotified: boolean },
): void {
  logger.info({ event: 'case_action', at: at.toISOString(), ...entry }, 'case action');
}

export function auditDeadline(
  logger: Logger,
  at: Date,
  entry: {
    type: CaseKind;
    caseId: string;
    level: number;
    routedTo: string;
    delivered: boolean;
    reminded: number;
    emailed: number;
    volunteerNotified: boolean;
  },
): void {
  logger.warn({ event: 'ack_deadline_passed', at: at.toISOString(), ...entry }, 'acknowledgement deadline passed');
}
