/**
 * Ids seen recently (Slack event ids, submitted view ids), so a retried delivery of the same
 * event is not answered or delivered twice. In memory, bounded, ids only.
 */
export class RecentIds {
  private readonly seen = new Map<string, number>();

  constructor(
    private readonly ttlMs = 60 * 60 * 1000,
    private readonly max = 10_000,
    private readonly now: () => number = Date.now,
  ) {}

  /** True the first time an id is offered within the TTL; false for repeats. */
  firstTime(id: string): boolean {
    this.prune();
    if (this.seen.has(id)) return false;
    this.seen.set(id, this.now());
    return true;
  }

  /** Lets an id through again (a submission that came back with validation errors). */
  forget(id: string): void {
    this.seen.delete(id);
  }

  private prune(): void {
    const cutoff = this.now() - this.ttlMs;
    // Map iteration is insertion order, so the oldest entries come first.
    for (const [id, at] of this.seen) {
      if (at > cutoff && this.seen.size < this.max) break;
      this.seen.delete(id);
    }
  }
}
