import type { Lang, Platform } from '../types.js';
import type { CaseAction, CaseKind } from './contracts.js';

// Where open cases live: metadata only (ids, kind, who it went to, fixed-vocabulary summary lines,
// timestamps, state, the next deadline). Never anything the volunteer wrote. Implementations:
// SQLite in DATA_DIR (embedded default) and PostgreSQL (DATABASE_URL), both in src/store/.

export type CaseState = 'delivered' | 'call_requested' | 'acknowledged' | 'escalated';

export interface StoredCase {
  /** Checked against CASE_ID before it is used or logged. */
  id: string;
  kind: CaseKind;
  /** The /bekymring kind (which duty), never what happened. */
  category?: string;
  urgent: boolean;
  acute: boolean;
  /** The platform the case was sent on; buttons from any other are refused. */
  platform: Platform;
  volunteerId: string;
  lang: Lang;
  /** Contact id the case was routed to. */
  routedTo: string;
  /** Contact ids that were sent the case or an alert about it: only they may answer it. */
  recipients: string[];
  title: string;
  /** Metadata lines built from fixed labels and the directory (type, region, period). */
  summary: string[];
  /** Contact id → platform message reference of what they were sent ("channel:ts", activity id). */
  staffRefs: Record<string, string>;
  state: CaseState;
  acknowledged: boolean;
  callRequested: boolean;
  answeredBy?: string;
  answeredAt?: number;
  /** Ladder steps already taken. */
  level: number;
  openedAt: number;
  /** Next ladder deadline (ms since epoch); absent when none is left. */
  dueAt?: number;
  /** When the row is deleted. */
  expiresAt: number;
}

/** Ids of people we may reach later (Teams conversation references), ids only. */
export interface StoredReference {
  userId: string;
  channelId: string;
  serviceUrl: string;
  conversationId: string;
  tenantId?: string;
  agentId: string;
}

export interface ReferenceStore {
  save(ref: StoredReference, at: number): Promise<void>;
  /** The most recently seen first, at most `limit`. */
  load(limit: number): Promise<StoredReference[]>;
}

export interface CaseStore {
  insert(c: StoredCase): Promise<void>;
  get(id: string): Promise<StoredCase | undefined>;
  /** Records an answer; `first` is false when this answer was already given (a second press). */
  answer(
    id: string,
    action: CaseAction,
    by: string,
    at: number,
    expiresAt: number,
  ): Promise<{ case: StoredCase; first: boolean } | undefined>;
  /**
   * Claims unanswered cases whose deadline has come, on the given platforms, leasing each until
   * `leaseUntil`: while leased no other process (or poll) claims it. Atomic across processes.
   */
  claimDue(now: number, leaseUntil: number, platforms: readonly Platform[], limit: number): Promise<StoredCase[]>;
  /** A claimed step is done: the new level, recipients and next deadline; clears the lease. */
  completeStep(
    id: string,
    fromLevel: number,
    next: { level: number; dueAt?: number; recipients: string[] },
  ): Promise<boolean>;
  addStaffRef(id: string, contactId: string, ref: string): Promise<void>;
  /** Deletes cases (and references) past their retention; returns how many cases. */
  purgeExpired(now: number): Promise<number>;
  /** Unanswered cases, for the shutdown log. */
  openCases(): Promise<{ count: number; ids: string[] }>;
  readonly references: ReferenceStore;
  /** Where the store is, without credentials ("sqlite", "postgres"). */
  readonly backend: string;
  close(): Promise<void>;
}

// No 0/O, 1/I/L: ids are read aloud on the phone.
export const CASE_ID_ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';
export const CASE_ID = /^[AOB]-[ABCDEFGHJKMNPQRSTUVWXYZ23456789]{6}$/;

/** A case id from a request, or undefined: nothing else is used or logged. */
export const validCaseId = (raw: unknown): string | undefined =>
  typeof raw === 'string' && CASE_ID.test(raw) ? raw : undefined;
