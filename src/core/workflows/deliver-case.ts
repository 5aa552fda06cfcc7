import type { OpenCase } from './cases.js';
import type { CaseKind, Delivery, PlatformPorts } from './contracts.js';
import { type DeliveryOutcome, tryDeliver } from './deliver.js';
import type { WorkflowDeps } from './deps.js';

/**
 * Delivers a case to its recipient and, once delivered, stores it (ids and metadata only) so the
 * recipient's buttons can answer it and its deadline outlives a restart.
 */
export async function deliverCase(
  delivery: Delivery & { kind: CaseKind },
  stored: Pick<OpenCase, 'summary'> & Partial<Pick<OpenCase, 'category' | 'acute' | 'firstDueMs'>>,
  ports: PlatformPorts,
  deps: WorkflowDeps,
): Promise<DeliveryOutcome> {
  const outcome = await tryDeliver(ports, delivery, deps.clock, deps.deliveryTimeoutMs);
  if (outcome.ok) {
    const { caseId: id, kind, volunteer, to: routedTo, urgent, title } = delivery;
    await deps.cases.open(
      { id, kind, volunteer, routedTo, urgent, title, acute: false, ...stored, staffRef: outcome.receipt.ref },
      ports,
    );
  }
  return outcome;
}
