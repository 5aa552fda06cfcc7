/** Calls into the core that have not finished, so shutdown can wait for them (bounded). */
export class WorkInFlight {
  private readonly pending = new Set<Promise<unknown>>();

  readonly track = <T>(work: Promise<T>): Promise<T> => {
    const settled = work.then(
      () => undefined,
      () => undefined,
    );
    this.pending.add(settled);
    void settled.then(() => this.pending.delete(settled));
    return work;
  };

  get size(): number {
    return this.pending.size;
  }

  /** True when nothing is left in flight, false when `timeoutMs` passed first. */
  async idle(timeoutMs: number): Promise<boolean> {
    const deadline = Date.now() + timeoutMs;
    while (this.pending.size > 0) {
      const left = deadline - Date.now();
      if (left <= 0) return false;
      let timer: NodeJS.Timeout | undefined;
      const timeout = new Promise<void>((r) => {
        timer = setTimeout(r, left);
      });
      await Promise.race([Promise.allSettled([...this.pending]), timeout]);
      clearTimeout(timer);
    }
    return true;
  }
}
