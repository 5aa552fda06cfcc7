import type { AskContext, BotReply, Directory, Lang, Platform } from './types.js';
import type { ReferenceStore } from './workflows/case-store.js';
import type {
  ActorRef,
  AfbudField,
  AfbudRequest,
  BekymringField,
  BekymringRequest,
  CaseAction,
  CaseActionResult,
  OrlovField,
  OrlovRequest,
  PlatformPorts,
  WorkflowResult,
} from './workflows/contracts.js';
import type { DateCheck, DateField } from './workflows/date-fields.js';

/**
 * Everything an adapter needs from the core. Built once at start by createCore() and passed to
 * the Slack, Teams and terminal adapters.
 */
export interface Core {
  /** Free chat: personal-data and safety screening first, then a cited answer or abstention. */
  ask(message: string, ctx?: AskContext): Promise<BotReply>;
  afbud(req: AfbudRequest, ports: PlatformPorts): Promise<WorkflowResult<AfbudField>>;
  orlov(req: OrlovRequest, ports: PlatformPorts): Promise<WorkflowResult<OrlovField>>;
  bekymring(req: BekymringRequest, ports: PlatformPorts): Promise<WorkflowResult<BekymringField>>;
  /** A staff member pressed a button on a delivery. Notifies the volunteer through the case's ports. */
  caseAction(caseId: string, action: CaseAction, actor: ActorRef): Promise<CaseActionResult>;
  /** 👍/👎 on an answer: metadata only. */
  recordFeedback(event: { platform: ActorRef['platform']; rating: 'up' | 'down'; answerId: string }): void;
  readonly directory: Directory;
  /** One typed date field, checked as the workflow will check it (dialogues refuse a bad date at its question). */
  checkDate(field: DateField, value: string, lang: Lang, start?: string): DateCheck;
  /** An adapter's way to reach people, for cases answered or escalated outside a request (after a restart too). */
  attachPorts(platform: Platform, ports: PlatformPorts): void;
  /** Ids of people to reach later (Teams conversation references), kept in the case store. */
  readonly references: ReferenceStore;
  /** Acts on due deadlines now; resolves to how many steps were taken (tests). */
  pollDeadlines(): Promise<number>;
  /** Resolves true when every call into the core has finished, false when `timeoutMs` passed first. */
  drain(timeoutMs: number): Promise<boolean>;
  /** Unanswered cases left in the store (ids and count), for the shutdown log. */
  openCases(): Promise<{ count: number; ids: string[] }>;
  /** Stops the deadline poller (after its step in flight) and closes the case store. */
  close(): Promise<void>;
}
