import type { Core } from '../core/core.js';
import { errorMetadata, type Logger } from '../logger.js';

export interface Stoppable {
  /** Stop taking new work (stop listening; refuse requests on open connections). */
  stopAccepting(): void;
  /** True when the work already taken is done, false after `timeoutMs`. */
  drain(timeoutMs: number): Promise<boolean>;
  close(): Promise<void>;
}

export interface ShutdownOptions {
  core: Core;
  logger: Logger;
  /** The HTTP server (absent in the terminal chat). */
  server?: Stoppable;
  graceMs: number;
  exit?: (code: number) => void;
  signals?: readonly NodeJS.Signals[];
  proc?: Pick<NodeJS.Process, 'on' | 'off'>;
}

/**
 * SIGTERM/SIGINT: stop accepting, let acknowledged questions be answered and deliveries in flight
 * finish (at most graceMs), close the case store (every case is already written), log how many
 * cases are left open (ids and count), exit 0. A second signal exits at once with 1; so does
 * running out of time, so a supervisor knows work may have been cut short.
 */
export function installShutdown(o: ShutdownOptions): { shutdown(signal: string): Promise<void>; uninstall(): void } {
  const exit = o.exit ?? ((code: number) => process.exit(code));
  const proc = o.proc ?? process;
  const signals = o.signals ?? ['SIGTERM', 'SIGINT'];
  let stopping: Promise<void> | undefined;

  async function run(signal: string): Promise<void> {
    const started = Date.now();
    o.logger.info(
      { event: 'shutdown', signal, graceMs: o.graceMs },
      'shutting down: no new work, finishing work in flight',
    );
    o.server?.stopAccepting();
    const left = () => Math.max(0, o.graceMs - (Date.now() - started));
    // The server's work first (it calls into the core), then whatever the core still has (deadline steps).
    const serverIdle = o.server ? await o.server.drain(left()) : true;
    const coreIdle = await o.core.drain(left());
    const open = await o.core.openCases().catch(() => ({ count: -1, ids: [] as string[] }));
    await o.core
      .close()
      .catch((e: unknown) =>
        o.logger.warn({ event: 'shutdown_close_failed', err: errorMetadata(e) }, 'closing the case store failed'),
      );
    await o.server?.close().catch(() => undefined);
    const finished = serverIdle && coreIdle;
    o.logger.info(
      {
        event: 'shutdown_done',
        finished,
        ms: Date.now() - started,
        openCases: open.count,
        openCaseIds: open.ids.slice(0, 100),
      },
      finished ? 'stopped; open cases stay in the store' : 'stopped before all work was done',
    );
    exit(finished ? 0 : 1);
  }

  const onSignal = (signal: NodeJS.Signals) => {
    if (stopping) {
      o.logger.warn({ event: 'shutdown_forced', signal }, 'second signal: exiting now');
      exit(1);
      return;
    }
    stopping = run(signal).catch((e: unknown) => {
      o.logger.error({ event: 'shutdown_failed', err: errorMetadata(e) }, 'shutdown failed');
      exit(1);
    });
  };
  for (const s of signals) proc.on(s, onSignal);
  return {
    shutdown: (signal) => {
      onSignal(signal as NodeJS.Signals);
      return stopping ?? Promise.resolve();
    },
    uninstall: () => {
      for (const s of signals) proc.off(s, onSignal);
    },
  };
}
