import type { CaseRecord } from './case-book.js';
import type { CaseKind, Delivery, PlatformPorts } from './contracts.js';
import { tryDeliver, type DeliveryOutcome } from './deliver.js';
import type { WorkflowDeps } from './deps.js';

/**
 * Delivers a case to its recipient and, once delivered, keeps it open in memory (ids and metadata
 * only) so the recipient's buttons can answer it.
 */
export async function deliverCase(
  delivery: Delivery & { kind: CaseKind },
  summary: string[],
  ports: PlatformPorts,
  deps: WorkflowDeps,
  deadline?: { ms: number; onMissed: (c: CaseRecord) => void },
): Promise<DeliveryOutcome> {
  const outcome = await tryDeliver(ports, delivery, deps.clock, deps.deliveryTimeoutMs);
  if (outcome.ok) {
    const { caseId: id, kind, volunteer, to: routedTo, urgent, title } = delivery;
    deps.cases.open({ id, kind, volunteer, ports, routedTo, urgent, title, summary }, deadline);
  }
  return outcome;
}
