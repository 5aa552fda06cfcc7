import { EventEmitter } from 'node:events';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { describe, expect, it } from 'vitest';
import { AckGate } from '../../../src/adapters/slack/ack-gate.js';

const pendingRequest = (gate: AckGate) => {
  const res = new EventEmitter();
  let nextCalled = false;
  gate.track({} as IncomingMessage, res as unknown as ServerResponse, () => (nextCalled = true));
  expect(nextCalled).toBe(true);
  return { ack: () => res.emit('finish'), drop: () => res.emit('close') };
};

const settled = async (p: Promise<unknown>, ms = 30) =>
  Promise.race([p.then(() => true), new Promise<boolean>((r) => setTimeout(() => r(false), ms))]);

describe('AckGate', () => {
  it('lets slow work start at once when no ack is pending', async () => {
    expect(await settled(new AckGate().afterAcks())).toBe(true);
  });

  it('holds slow work while another request still waits for its ack', async () => {
    const gate = new AckGate(5_000);
    const request = pendingRequest(gate);
    const work = gate.afterAcks();
    expect(await settled(work)).toBe(false);
    request.ack();
    expect(await settled(work)).toBe(true);
  });

  it('counts a closed connection as answered, and a response only once', async () => {
    const gate = new AckGate(5_000);
    const a = pendingRequest(gate);
    const b = pendingRequest(gate);
    a.ack();
    a.drop();
    const work = gate.afterAcks();
    expect(await settled(work)).toBe(false);
    b.drop();
    expect(await settled(work)).toBe(true);
  });

  it('never holds work past its deadline', async () => {
    const gate = new AckGate(20);
    pendingRequest(gate);
    expect(await settled(gate.afterAcks(), 500)).toBe(true);
  });

  it('releases waiting work in arrival order', async () => {
    const gate = new AckGate(5_000);
    const request = pendingRequest(gate);
    const order: number[] = [];
    const all = [1, 2, 3].map((n) => gate.afterAcks().then(() => order.push(n)));
    request.ack();
    await Promise.all(all);
    expect(order).toEqual([1, 2, 3]);
  });
});
