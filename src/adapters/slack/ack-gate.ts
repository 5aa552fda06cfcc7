import type { IncomingMessage, ServerResponse } from 'node:http';

/**
 * Holds slow work (views.open, answering, delivering) until no Slack request is still waiting for
 * its ack, then releases it one piece per event-loop turn, so acks of a burst never queue behind a
 * wave of slow work. Bounded: trigger_ids live 3 s and answers must not starve, so a piece waits at
 * most `maxWaitMs`. Event-driven: the last ack of a burst, or the head's deadline, wakes it.
 */
export class AckGate {
  private inFlight = 0;
  private readonly waiting: { resolve: () => void; deadline: number }[] = [];
  private scheduled = false;
  private deadlineTimer: NodeJS.Timeout | undefined;

  constructor(private readonly maxWaitMs = 750) {}

  /** In front of a handler: counts the request until its response is sent. */
  readonly track = (_req: IncomingMessage, res: ServerResponse, next: () => void): void => {
    this.count(res);
    next();
  };

  /** Counts a request (the receiver calls this once its signature holds) until its response is sent. */
  readonly count = (res: ServerResponse): void => {
    this.inFlight += 1;
    let done = false;
    const release = () => {
      if (done) return;
      done = true;
      this.inFlight -= 1;
      if (this.inFlight === 0) this.schedule();
    };
    res.once('finish', release);
    res.once('close', release);
  };

  /** Requests counted whose response is not yet sent. */
  get pending(): number {
    return this.inFlight;
  }

  /** Resolves when it is this piece's turn: no ack pending, or it has waited maxWaitMs. */
  readonly afterAcks = (): Promise<void> =>
    new Promise<void>((resolve) => {
      this.waiting.push({ resolve, deadline: Date.now() + this.maxWaitMs });
      this.schedule();
    });

  private schedule(): void {
    if (this.scheduled || this.waiting.length === 0) return;
    this.scheduled = true;
    setImmediate(this.pump);
  }

  private readonly pump = (): void => {
    this.scheduled = false;
    clearTimeout(this.deadlineTimer);
    const head = this.waiting[0];
    if (!head) return;
    const overdue = Date.now() >= head.deadline;
    if (this.inFlight === 0 || overdue) {
      this.waiting.shift();
      head.resolve();
      this.schedule();
    } else {
      // Acks pending: the last one reschedules us; the deadline is the backstop.
      this.deadlineTimer = setTimeout(this.pump, head.deadline - Date.now());
      this.deadlineTimer.unref?.();
    }
  };
}
