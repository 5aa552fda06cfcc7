import type { SetOutcome } from './run-sets.js';
import { LOWER_IS_BETTER, METRICS, type Metric, type Summary } from './score.js';

// The committed quality baseline: per question set, every metric as last reviewed. `npm test`
// fails when a set drops below it; an intended trade-off is a reviewed change of this file
// (`npm run quality -- --write-baseline`, with the reason in the commit body).

export const BASELINE_FILE = 'tests/quality/baseline.json';
export type Baseline = Record<string, Summary>;

const round = (v: number) => Math.round(v * 1000) / 1000;

export function baselineOf(outcomes: SetOutcome[]): Baseline {
  const out: Baseline = {};
  for (const o of outcomes) {
    const s: Summary = { questions: o.summary.questions };
    for (const m of METRICS) if (o.summary[m] !== undefined) s[m] = round(o.summary[m]!);
    out[o.name] = s;
  }
  return out;
}

/** Metrics of `now` that are worse than `base` (beyond rounding). */
export function drops(now: Summary, base: Summary): string[] {
  const out: string[] = [];
  for (const m of METRICS) {
    const b = base[m];
    if (b === undefined) continue;
    const v = round(now[m] ?? (LOWER_IS_BETTER.has(m) ? 1 : 0));
    if (LOWER_IS_BETTER.has(m) ? v > b + 1e-9 : v < b - 1e-9) out.push(`${m} ${b} → ${v}`);
  }
  return out;
}

const COLUMNS: Metric[] = [
  'recall5',
  'citation1',
  'citation',
  'facts',
  'abstain',
  'falseAbstain',
  'safetyReach',
  'falseAlarm',
  'offerOnAnswerable',
];
const SHORT: Record<string, string> = {
  recall5: 'r@5',
  citation1: 'cit1',
  citation: 'cit',
  facts: 'facts',
  abstain: 'abst',
  falseAbstain: 'fAbst',
  safetyReach: 'reach',
  falseAlarm: 'fAlarm',
  offerOnAnswerable: 'offer',
};

export function formatTable(outcomes: SetOutcome[]): string {
  const cell = (v: number | undefined) => (v === undefined ? '    -' : v.toFixed(2).padStart(5));
  const lines = [`${'set'.padEnd(22)}   n ${COLUMNS.map((c) => SHORT[c]!.padStart(6)).join('')}`];
  for (const o of outcomes)
    lines.push(
      `${o.name.padEnd(22)} ${String(o.summary.questions).padStart(3)} ${COLUMNS.map((c) => ` ${cell(o.summary[c])}`).join('')}`,
    );
  return lines.join('\n');
}
