import type { NextFunction, Request, Response } from 'express';

/**
 * Holds slow work (views.open, answering, delivering) until no Slack request is still waiting for
 * its ack, then releases it one piece per event-loop turn, so acks of a burst never queue behind a
 * wave of slow work. Bounded: trigger_ids live 3 s and answers must not starve, so a piece waits at
 * most `maxWaitMs`.
 */
export class AckGate {
  private inFlight = 0;
  private readonly waiting: { resolve: () => void; deadline: number }[] = [];
  private pumping = false;

  constructor(private readonly maxWaitMs = 750) {}

  /** Express middleware in front of Bolt's receiver: counts requests until their response is sent. */
  readonly track = (_req: Request, res: Response, next: NextFunction): void => {
    this.inFlight += 1;
    let done = false;
    const release = () => {
      if (done) return;
      done = true;
      this.inFlight -= 1;
    };
    res.once('finish', release);
    res.once('close', release);
    next();
  };

  /** Resolves when it is this piece's turn: no ack pending, or it has waited maxWaitMs. */
  readonly afterAcks = (): Promise<void> =>
    new Promise<void>((resolve) => {
      this.waiting.push({ resolve, deadline: Date.now() + this.maxWaitMs });
      if (!this.pumping) {
        this.pumping = true;
        setImmediate(this.pump);
      }
    });

  private readonly pump = (): void => {
    const head = this.waiting[0];
    if (!head) {
      this.pumping = false;
      return;
    }
    if (this.inFlight === 0 || Date.now() >= head.deadline) {
      this.waiting.shift();
      head.resolve();
      setImmediate(this.pump);
    } else {
      setTimeout(this.pump, 1);
    }
  };
}
