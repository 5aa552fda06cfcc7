import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { stem } from '../knowledge/query/analyzer.js';
import { conceptsOf } from './nearest-concepts.js';
import { screeningForm } from './normalize.js';
import { loadRouteFile, loadRuleFile, RULES_DIR } from './rules.js';

// A nearest-example signal for the offer tier. Pattern lists only know the phrasings someone
// thought of; a message told in new words can still sit close to the reports the rules exist for
// and far from their calm look-alikes. The bank is the reviewed data itself: every entry's
// examples (reports) and near-misses (calm). A message whose nearest reports are close enough,
// and closer than its nearest calm ones by a margin, gets the offer (never a route). The two
// thresholds are fitted by cross-validation (src/cli/tune-nearest.ts) and kept in
// config/screening/nearest-tuning.json with their provenance.

export type Vector = Map<string, number>;
// Concepts weigh more than any one word: they carry what the report is about.
const CONCEPT_WEIGHT = 3;
export interface LabelledText {
  text: string;
  report: boolean;
}

/** Stemmed words, word pairs and 3–5 character grams of the screening form. */
export function features(text: string): Map<string, number> {
  const folded = screeningForm(text);
  const tokens = folded
    .split(/[^a-z0-9']+/)
    .filter(Boolean)
    .map(stem);
  const f = new Map<string, number>();
  const add = (k: string, w: number) => f.set(k, (f.get(k) ?? 0) + w);
  const concepts = conceptsOf(folded);
  for (const c of concepts) add(`k:${c}`, CONCEPT_WEIGHT);
  // Pairs of concepts: "a child" with "a need" is a different message from either alone.
  for (let i = 0; i < concepts.length; i++)
    for (let j = i + 1; j < concepts.length; j++) add(`kk:${concepts[i]}+${concepts[j]}`, CONCEPT_WEIGHT);
  tokens.forEach((t, i) => {
    add(`w:${t}`, 1);
    if (i + 1 < tokens.length) add(`p:${t} ${tokens[i + 1]}`, 0.7);
    const w = `<${t}>`;
    const grams: string[] = [];
    for (let n = 3; n <= 5; n++) for (let j = 0; j + n <= w.length; j++) grams.push(w.slice(j, j + n));
    for (const g of grams) add(`c:${g}`, 0.5 / Math.sqrt(grams.length));
  });
  return f;
}

/**
 * The bank as two prototypes: the mean of the reports and the mean of the calm messages (each
 * message a unit vector). A message is "close to reports and far from calm" when its similarity
 * to the first is high enough and exceeds its similarity to the second by a margin. Measured
 * against a k-nearest-neighbour vote on the same bank, the prototypes generalise better from so
 * few examples (see the provenance in nearest-tuning.json).
 */
export class NearestBank {
  private readonly reports: Vector;
  private readonly calm: Vector;

  constructor(items: readonly LabelledText[]) {
    this.reports = centroid(items.filter((i) => i.report).map((i) => unit(features(i.text))));
    this.calm = centroid(items.filter((i) => !i.report).map((i) => unit(features(i.text))));
  }

  similarity(text: string): { report: number; calm: number } {
    const v = unit(features(text));
    return { report: dot(v, this.reports), calm: dot(v, this.calm) };
  }
}

function unit(v: Vector): Vector {
  let norm = 0;
  for (const x of v.values()) norm += x * x;
  norm = Math.sqrt(norm) || 1;
  return new Map([...v].map(([k, x]) => [k, x / norm]));
}

function centroid(vectors: readonly Vector[]): Vector {
  const c: Vector = new Map();
  for (const v of vectors) for (const [k, x] of v) c.set(k, (c.get(k) ?? 0) + x);
  return unit(c);
}

function dot(a: Vector, b: Vector): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let s = 0;
  for (const [k, x] of small) s += x * (large.get(k) ?? 0);
  return s;
}

export interface NearestThresholds {
  /** The reports' prototype must be at least this similar … */
  minReport: number;
  /** … and this much more similar than the calm prototype. */
  minMargin: number;
}

export const offersByNearest = (sim: { report: number; calm: number }, t: NearestThresholds): boolean =>
  sim.report >= t.minReport && sim.report - sim.calm >= t.minMargin;

const BankFile = z.object({ $comment: z.string().optional(), calm: z.array(z.string().min(3)).min(1) });
export const BANK_FILE = 'nearest-bank.json';

/** The labelled bank: every data entry's examples (reports) and near-misses (calm), and the calm questions of nearest-bank.json. */
export function ruleBank(offerFiles: readonly string[], routeFiles: readonly string[]): LabelledText[] {
  const entries = [...offerFiles.flatMap((f) => loadRuleFile(f)), ...routeFiles.flatMap((f) => loadRouteFile(f))];
  const calm = BankFile.parse(JSON.parse(readFileSync(new URL(BANK_FILE, RULES_DIR), 'utf8'))).calm;
  return [
    ...entries.flatMap((e) => [
      ...e.examples.map((text) => ({ text, report: true })),
      ...e.nearMisses.map((text) => ({ text, report: false })),
    ]),
    ...calm.map((text) => ({ text, report: false })),
  ];
}

const Tuning = z.object({
  minReport: z.number().min(0).max(1),
  minMargin: z.number().min(-1).max(1),
  provenance: z.record(z.string(), z.unknown()),
});
export type NearestTuning = z.infer<typeof Tuning>;
export const TUNING_FILE = 'nearest-tuning.json';

export function loadTuning(): NearestTuning {
  return Tuning.parse(JSON.parse(readFileSync(new URL(TUNING_FILE, RULES_DIR), 'utf8')));
}
