import { describe, expect, it } from 'vitest';
import { percentile, round } from '../../src/cli/bench-stats.js';

describe('bench percentile (nearest rank)', () => {
  const hundred = Array.from({ length: 100 }, (_, i) => i + 1);

  it('takes the smallest value with at least p of the samples at or below it', () => {
    expect(percentile(hundred, 0.5)).toBe(50);
    expect(percentile(hundred, 0.95)).toBe(95);
    expect(percentile(hundred, 0.99)).toBe(99);
    expect(percentile([1, 2, 3], 0.5)).toBe(2);
  });

  it('stays inside the samples at the edges and on empty input', () => {
    expect(percentile(hundred, 1)).toBe(100);
    expect(percentile(hundred, 0)).toBe(1);
    expect(percentile([], 0.95)).toBe(0);
  });

  it('rounds milliseconds to two decimals', () => {
    expect(round(12.3456)).toBe(12.35);
  });
});
