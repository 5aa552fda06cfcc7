import type { AskContext, BotReply, Directory } from './types.js';
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
  /** Cancels timers; for tests and shutdown. */
  close(): Promise<void>;
}
