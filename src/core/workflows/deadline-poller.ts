import { errorMetadata } from '../../logger.js';
import type { StoredCase } from './case-store.js';
import type { WorkflowDeps } from './deps.js';
import { escalate } from './escalate.js';

/** How often due deadlines are looked for: "a few seconds" late at most (issue 11). */
export const POLL_MS = 2_000;
/**
 * A claimed step not completed in this time (its process died) is claimed again by anyone. Longer
 * than a step can take: chat deliveries time out at 15 s, then the volunteer's line (15 s) while
 * the e-mail (connect 10 s + socket 15 s) runs alongside.
 */
export const LEASE_MS = 60_000;
/** Deadlines taken per poll; the next poll follows at once while there are more. */
const BATCH = 20;
/** Expired cases are deleted about once an hour. */
const PURGE_EVERY_MS = 60 * 60_000;

export interface DeadlinePoller {
  /** Resolves when the steps in flight are done; no new poll starts after stop(). */
  stop(): Promise<void>;
  /** One poll now (tests, start-up). */
  pollNow(): Promise<number>;
}

/**
 * Deadlines are rows, not timers: every POLL_MS this claims the due ones (atomically, so with
 * several processes on one database each step is taken by one) and runs the ladder step. The
 * first poll runs at start, so what came due while the bot was down is acted on at once.
 * A step whose process dies mid-way is claimed again after LEASE_MS: a deadline is never lost,
 * and is repeated only when the process died between sending and recording it.
 */
export function startDeadlinePoller(
  deps: WorkflowDeps,
  opts: { pollMs?: number; track?: <T>(p: Promise<T>) => Promise<T> } = {},
): DeadlinePoller {
  const pollMs = opts.pollMs ?? POLL_MS;
  const track = opts.track ?? (<T>(p: Promise<T>) => p);
  const { cases, clock, logger } = deps;
  let stopped = false;
  let cancel: (() => void) | undefined;
  let running: Promise<number> | undefined;
  let lastPurge = 0;

  async function step(c: StoredCase): Promise<void> {
    const ports = cases.portsFor(c);
    if (!ports) return; // claimed only for platforms we have ports for; a lease lapses otherwise
    logger.info({ event: 'deadline_step', caseId: c.id, level: c.level + 1 }, 'deadline step');
    const done = await escalate(c, ports, deps);
    await cases.store.completeStep(c.id, c.level, {
      level: c.level + 1,
      dueAt: done.nextDueAt,
      recipients: done.recipients,
    });
    // Only now is the step durable: a process that dies before this line has it taken again.
    logger.info({ event: 'deadline_step_recorded', caseId: c.id, level: c.level + 1 }, 'deadline step recorded');
  }

  async function poll(): Promise<number> {
    const now = clock.now().getTime();
    let taken = 0;
    for (let round = 0; round < 50 && !stopped; round++) {
      const due = await cases.store.claimDue(
        clock.now().getTime(),
        clock.now().getTime() + LEASE_MS,
        cases.claimable(),
        BATCH,
      );
      taken += due.length;
      await Promise.all(
        due.map((c) =>
          step(c).catch((e: unknown) =>
            logger.error(
              { event: 'deadline_step_failed', caseId: c.id, err: errorMetadata(e) },
              'deadline step failed',
            ),
          ),
        ),
      );
      if (due.length < BATCH) break;
    }
    if (now - lastPurge >= PURGE_EVERY_MS) {
      lastPurge = now;
      const purged = await cases.store.purgeExpired(now);
      if (purged > 0) logger.info({ event: 'cases_purged', count: purged }, 'expired cases deleted');
    }
    return taken;
  }

  const pollNow = (): Promise<number> => {
    running ??= track(poll())
      .catch((e: unknown) => {
        logger.warn({ event: 'deadline_poll_failed', err: errorMetadata(e) }, 'deadline poll failed');
        return 0;
      })
      .finally(() => {
        running = undefined;
      });
    return running;
  };

  const schedule = (ms: number) => {
    if (stopped) return;
    cancel = clock.setTimer(ms, () => void pollNow().then(() => schedule(pollMs)));
  };
  schedule(0);

  return {
    pollNow,
    async stop() {
      stopped = true;
      cancel?.();
      await running;
    },
  };
}
