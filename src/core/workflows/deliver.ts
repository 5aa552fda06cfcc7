import { errorMetadata } from '../../logger.js';
import type { Clock } from '../ports.js';
import type { Delivery, DeliveryReceipt, PlatformPorts } from './contracts.js';

const DEFAULT_TIMEOUT_MS = 15_000;

export type DeliveryOutcome =
  | { ok: true; receipt: DeliveryReceipt }
  | { ok: false; error: ReturnType<typeof errorMetadata> };

/** Delivers, turning a rejection or a hang into a failure the volunteer is told about. Never throws. */
export async function tryDeliver(
  ports: PlatformPorts,
  delivery: Delivery,
  clock: Clock,
  timeoutMs = DEFAULT_TIMEOUT_MS,
): Promise<DeliveryOutcome> {
  try {
    const receipt = await withTimeout(() => ports.deliver(delivery), clock, timeoutMs);
    return { ok: true, receipt: receipt ?? {} };
  } catch (e) {
    return { ok: false, error: errorMetadata(e) };
  }
}

/** Like tryDeliver for the notify* ports: true when the person was told. */
export async function tryNotify(
  send: () => Promise<void>,
  clock: Clock,
  timeoutMs = DEFAULT_TIMEOUT_MS,
): Promise<boolean> {
  try {
    await withTimeout(send, clock, timeoutMs);
    return true;
  } catch {
    return false;
  }
}

function withTimeout<T>(run: () => Promise<T>, clock: Clock, ms: number): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const cancel = clock.setTimer(ms, () => reject(new Error('delivery timed out')));
    Promise.resolve()
      .then(run)
      .then(
        (v) => {
          cancel();
          resolve(v);
        },
        (e: unknown) => {
          cancel();
          reject(e);
        },
      );
  });
}
