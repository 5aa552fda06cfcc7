import { describe, expect, it } from 'vitest';
import { DispatchQueue } from '../../../src/adapters/slack/dispatch-queue.js';

const deferred = () => {
  let resolve!: () => void;
  const promise = new Promise<void>((r) => (resolve = r));
  return { promise, resolve };
};

describe('DispatchQueue', () => {
  it('runs at most maxRunning tasks at once and starts the rest in arrival order as slots free up', async () => {
    const queue = new DispatchQueue(2, 100);
    const gates = [deferred(), deferred(), deferred(), deferred()];
    const started: number[] = [];
    const runs = gates.map((g, i) =>
      queue.run(async () => {
        started.push(i);
        await g.promise;
      }),
    );
    await Promise.resolve();
    expect(started).toEqual([0, 1]);
    expect(queue.size).toEqual({ running: 2, waiting: 2 });
    gates[1]!.resolve();
    await runs[1];
    await Promise.resolve();
    expect(started).toEqual([0, 1, 2]);
    for (const g of gates) g.resolve();
    await Promise.all(runs);
    expect(started).toEqual([0, 1, 2, 3]);
    expect(queue.size).toEqual({ running: 0, waiting: 0 });
  });

  it('frees the slot of a task that fails', async () => {
    const queue = new DispatchQueue(1, 100);
    await expect(queue.run(async () => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
    let ran = false;
    await queue.run(async () => void (ran = true));
    expect(ran).toBe(true);
  });

  it('says when it is full, so new events can be refused', async () => {
    const queue = new DispatchQueue(1, 2);
    const block = deferred();
    const runs = [0, 1, 2].map(() => queue.run(() => block.promise));
    expect(queue.full).toBe(true);
    block.resolve();
    await Promise.all(runs);
    expect(queue.full).toBe(false);
  });
});
