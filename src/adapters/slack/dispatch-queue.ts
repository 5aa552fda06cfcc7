/**
 * Bounds the Slack events (questions) in progress. Each event Bolt processes holds its context,
 * listener closures and Web API calls until its answer is delivered; a burst of 3,000 questions
 * held all of them at once. Past `maxRunning`, an acked event waits here as its parsed body alone;
 * past `maxQueued`, new events are refused (503: Slack retries later).
 */
export class DispatchQueue {
  private running = 0;
  private readonly waiting: (() => void)[] = [];

  constructor(
    private readonly maxRunning = 8,
    private readonly maxQueued = 10_000,
  ) {}

  get full(): boolean {
    return this.waiting.length >= this.maxQueued;
  }

  /** Events running and waiting, for tests and metrics. */
  get size(): { running: number; waiting: number } {
    return { running: this.running, waiting: this.waiting.length };
  }

  async run(task: () => Promise<void>): Promise<void> {
    if (this.running < this.maxRunning) this.running += 1;
    // A finishing task hands its slot straight to the next in line.
    else await new Promise<void>((resolve) => this.waiting.push(resolve));
    try {
      await task();
    } finally {
      const next = this.waiting.shift();
      if (next) next();
      else this.running -= 1;
    }
  }
}
