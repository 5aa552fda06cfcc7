import { describe, expect, it } from 'vitest';
import { benchSlackLoad } from '../../src/cli/bench-slack-load.js';

// The load section of `npm run bench`, small: every signed question is acked and answered once.

describe('bench: Slack under load', () => {
  it('delivers one answer per question sent, and reports ack times and peak RSS', async () => {
    const r = await benchSlackLoad({
      questionsFile: 'tests/fixtures/questions.paraphrase.jsonl',
      total: 150,
      warmUp: 20,
    });
    expect(r.sent).toBe(150);
    expect(r.delivered).toBe(150);
    expect(r.ackP99Ms).toBeGreaterThan(0);
    expect(r.ackP50Ms).toBeLessThanOrEqual(r.ackP99Ms);
    expect(r.peakRssMb).toBeGreaterThanOrEqual(r.rssStartMb);
  }, 120_000);
});
