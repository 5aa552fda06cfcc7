import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { stem } from '../knowledge/query/analyzer.js';
import { conceptsOf } from './nearest-concepts.js';
import { screeningForm } from './normalize.js';
import { loadRouteFile, loadRuleFile, RULES_DIR } from './rules.js';

// What the offer model (offer-model.ts) reads: a message's features, and the labelled examples it
// is fitted on. Pattern lists only know the phrasings someone thought of; a message told in new
// words can still sit close to the reports the rules exist for and far from their calm look-alikes.
// The reviewed data is itself a labelled bank: every entry's examples (reports) and near-misses
// (calm), and the calm questions of nearest-bank.json.

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
