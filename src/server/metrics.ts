import { Writable } from 'node:stream';
import { type Logger, pino } from 'pino';
import { createLogger } from '../logger.js';

// Optional GET /metrics (METRICS=1) in Prometheus text format: counts and latencies only, read off
// the metadata log events the bot writes anyway (`ask`, `workflow`, `ack_deadline_passed` …), so
// no code path has to know about metrics and no content can reach them.

const LATENCY_BUCKETS_S = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5];

type Labels = Record<string, string>;

export class Metrics {
  private readonly counters = new Map<string, { help: string; values: Map<string, number> }>();
  private readonly buckets = new Array<number>(LATENCY_BUCKETS_S.length).fill(0);
  private latencyCount = 0;
  private latencySum = 0;

  constructor() {
    this.define('hjertebot_questions_total', 'Questions answered, by outcome');
    this.define('hjertebot_routes_total', 'Questions routed to a human (safety screening), by route');
    this.define('hjertebot_deliveries_total', 'Workflow deliveries (afbud, orlov, bekymring), by type and result');
    this.define('hjertebot_escalations_total', 'Acknowledgement deadlines passed (fallback contact alerted), by type');
    this.define('hjertebot_errors_total', 'Log lines at level error or fatal');
  }

  /** One log line's fields; only event names, levels, booleans and enums are read. */
  observe(line: Record<string, unknown>): void {
    if (typeof line.level === 'number' && line.level >= 50) this.inc('hjertebot_errors_total', {});
    switch (line.event) {
      case 'ask':
        this.inc('hjertebot_questions_total', { outcome: line.abstained === true ? 'abstained' : 'answered' });
        if (typeof line.route === 'string') this.inc('hjertebot_routes_total', { route: enumLabel(line.route) });
        if (typeof line.ms === 'number') this.latency(line.ms / 1000);
        break;
      case 'workflow':
        this.inc('hjertebot_deliveries_total', {
          type: enumLabel(line.type),
          result: line.delivered === true ? 'delivered' : 'failed',
        });
        break;
      case 'ack_deadline_passed':
        this.inc('hjertebot_escalations_total', { type: enumLabel(line.type) });
        break;
    }
  }

  render(): string {
    const out: string[] = [];
    for (const [name, { help, values }] of this.counters) {
      out.push(`# HELP ${name} ${help}`, `# TYPE ${name} counter`);
      if (values.size === 0) out.push(`${name} 0`);
      for (const [labels, v] of values) out.push(`${name}${labels} ${v}`);
    }
    const name = 'hjertebot_answer_seconds';
    out.push(`# HELP ${name} Time to answer a question in the core`, `# TYPE ${name} histogram`);
    let cumulative = 0;
    LATENCY_BUCKETS_S.forEach((le, i) => {
      cumulative += this.buckets[i]!;
      out.push(`${name}_bucket{le="${le}"} ${cumulative}`);
    });
    out.push(
      `${name}_bucket{le="+Inf"} ${this.latencyCount}`,
      `${name}_sum ${round(this.latencySum)}`,
      `${name}_count ${this.latencyCount}`,
    );
    return `${out.join('\n')}\n`;
  }

  private define(name: string, help: string): void {
    this.counters.set(name, { help, values: new Map() });
  }

  private inc(name: string, labels: Labels): void {
    const values = this.counters.get(name)!.values;
    const key = Object.keys(labels).length
      ? `{${Object.entries(labels)
          .map(([k, v]) => `${k}="${v}"`)
          .join(',')}}`
      : '';
    values.set(key, (values.get(key) ?? 0) + 1);
  }

  private latency(seconds: number): void {
    this.latencyCount += 1;
    this.latencySum += seconds;
    const i = LATENCY_BUCKETS_S.findIndex((le) => seconds <= le);
    if (i >= 0) this.buckets[i]! += 1;
  }
}

/** Label values are the bot's own enum words; anything else is folded to "other". */
const enumLabel = (v: unknown): string => (typeof v === 'string' && /^[a-z_]{1,32}$/.test(v) ? v : 'other');
const round = (n: number): number => Math.round(n * 1e6) / 1e6;

/**
 * The app logger, with every info-or-higher line also counted: stderr keeps `level`, the metrics
 * see info even when the log is quieter.
 */
export function loggerWithMetrics(level: string, metrics: Metrics): Logger {
  const tap = new Writable({
    write(chunk: Buffer, _encoding, done) {
      try {
        metrics.observe(JSON.parse(chunk.toString('utf8')) as Record<string, unknown>);
      } catch {
        // not a JSON line: nothing to count
      }
      done();
    },
  });
  const levels = pino.levels.values;
  const lowest = (levels[level] ?? levels.info!) < levels.info! ? level : 'info';
  const streams = pino.multistream([
    ...(level === 'silent' ? [] : [{ level: level as pino.Level, stream: pino.destination(2) }]),
    { level: 'info' as const, stream: tap },
  ]);
  return createLogger(lowest, streams);
}
