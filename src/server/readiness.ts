/** One part's answer to "can you serve?"; asked on each GET /readyz, so a failed check is retried there. */
export type ReadyCheck = () => boolean | Promise<boolean>;

/** A check that has not answered in this time counts as not ready: /readyz never hangs. */
const CHECK_TIMEOUT_MS = 2_000;

/**
 * GET /readyz: 200 only when every part (the index, each configured platform) says it can serve.
 * /healthz stays liveness: the process is up.
 */
export class Readiness {
  private readonly checks = new Map<string, ReadyCheck>();

  add(name: string, check: ReadyCheck): void {
    this.checks.set(name, check);
  }

  async report(): Promise<{ ready: boolean; parts: Record<string, boolean> }> {
    const entries = await Promise.all(
      [...this.checks].map(async ([name, check]) => [name, await settle(check)] as const),
    );
    const parts = Object.fromEntries(entries);
    return { ready: entries.length > 0 && entries.every(([, ok]) => ok), parts };
  }
}

async function settle(check: ReadyCheck): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<boolean>((resolve) => (timer = setTimeout(() => resolve(false), CHECK_TIMEOUT_MS)));
  try {
    return await Promise.race([Promise.resolve().then(check), timeout]);
  } catch {
    return false;
  } finally {
    clearTimeout(timer);
  }
}
