import type { Contact, Lang, VolunteerRef } from '../types.js';

// Contracts between the workflow core and the adapters that render forms and deliver messages.
// Adapters build forms whose fields carry the names in *Field below, call the workflow, and show
// field errors inline (Slack: response_action "errors"; Teams: the card again with the messages).

export type AfbudField = 'date' | 'shift' | 'group' | 'partner';
export interface AfbudRequest {
  volunteer: VolunteerRef;
  /** ISO date YYYY-MM-DD (a date picker's value). */
  date: string;
  /** Which shift, as the volunteer names it (e.g. "formiddag", "14-17"). */
  shift: string;
  /** Hospital group id from the directory. */
  groupId: string;
  /** Optional shift partner's user id on the same platform, to be told too. */
  partnerUserId?: string;
}

export type OrlovField = 'region' | 'start' | 'end' | 'months';
export interface OrlovRequest {
  volunteer: VolunteerRef;
  regionId: string;
  /** ISO date YYYY-MM-DD. */
  startDate: string;
  /** Either endDate or months. */
  endDate?: string;
  months?: number;
}

export type BekymringKind = 'afvaergepligt' | 'underretningspligt' | 'graenseoverskridende' | 'sparring';
export type BekymringField = 'acute' | 'kind' | 'region' | 'text';
export interface BekymringRequest {
  volunteer: VolunteerRef;
  /** Answer to the first question: is someone in acute danger right now? */
  acuteDanger: boolean;
  kind: BekymringKind;
  regionId: string;
  /** Optional free text; screened for personal data and stripped before delivery. */
  freeText?: string;
}

export type CaseKind = 'afbud' | 'orlov' | 'bekymring';
export type CaseAction = 'acknowledge' | 'call_me';

/** One message to a human (tovholder, consultant, partner, fallback). Text is Danish: staff read Danish. */
export interface Delivery {
  caseId: string;
  kind: CaseKind | 'deadline_alert' | 'partner_notice' | 'case_answered';
  to: Contact;
  urgent: boolean;
  title: string;
  lines: string[];
  /** Buttons to show; empty for notices that need no answer. */
  actions: CaseAction[];
  /** The volunteer the case is about, so the adapter can mention them. */
  volunteer: VolunteerRef;
}

export interface DeliveryReceipt {
  /** Platform reference to the posted message (e.g. "channel:ts"), for later updates. */
  ref?: string;
}

/** What a platform adapter gives the workflow core so it can reach people. */
export interface PlatformPorts {
  /** Posts a delivery to its recipient; rejects when it could not be delivered. */
  deliver(delivery: Delivery): Promise<DeliveryReceipt>;
  /** Tells a volunteer something later (acknowledgement, "call me"); rejects on failure. */
  notifyVolunteer(volunteer: VolunteerRef, text: string): Promise<void>;
  /** Tells a partner on the same platform about an afbud; rejects on failure. */
  notifyUser?(userId: string, text: string): Promise<void>;
}

export type FieldErrors<F extends string = string> = Partial<Record<F, string>>;

export type WorkflowResult<F extends string = string> =
  | { ok: false; lang: Lang; errors: FieldErrors<F> }
  | {
      ok: true;
      lang: Lang;
      caseId: string;
      /** Whether the main recipient got it. */
      delivered: boolean;
      /** What to show the volunteer, in their language: confirmation, or failure with the phone number. */
      messageToVolunteer: string;
      /** For /bekymring with acute danger: the 112 line, shown before anything else. */
      emergencyNotice?: string;
    };

export interface ActorRef {
  platform: VolunteerRef['platform'];
  userId: string;
  /**
   * Local development only (Teams in anonymous mode, where staff messages come to the one local
   * user): the actor answers as the case's current recipient, as in the terminal.
   */
  standsInForRecipient?: boolean;
}

export type CaseActionResult =
  | {
      ok: true;
      status: 'acknowledged' | 'call_requested' | 'already_acknowledged';
      /** The case's metadata and status, for a platform that cannot keep the original message. */
      updatedLines: string[];
      updatedTitle: string;
      /** Only the status (who answered, when, whether the volunteer was told), to add below the original message. */
      statusLines: string[];
    }
  /** unknown_case: no such case (or a malformed id); not_recipient: the presser was not sent the case. Nothing changed. */
  | { ok: false; reason: 'unknown_case' | 'not_recipient'; message: string };
