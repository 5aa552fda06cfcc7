import type { Concept } from '../knowledge/query.js';
import { answerTypeBoost, quoteUnits, unitScore } from '../knowledge/sentence-evidence.js';
import type { Chunk } from '../types.js';

// Picks the sentence(s) of a passage that answer the question, to quote verbatim.

const MAX_QUOTE_CHARS = 480;
const MAX_UNITS = 3;
const SECOND_UNIT_RATIO = 0.5;
const MAX_LIST_ITEMS = 6;

interface Unit {
  text: string;
  bullet: boolean;
  score: number;
}

/** The best sentence, close runners-up, and the items of a list whose intro was chosen. */
export function selectQuote(chunk: Chunk, concepts: Concept[], question = ''): string {
  const units: Unit[] = quoteUnits(chunk).map((u) => ({ ...u, score: unitScore(u.text, concepts) * answerTypeBoost(question, u.text) }));
  if (units.length === 0) return chunk.text;
  const best = units.reduce((a, b) => (b.score > a.score ? b : a), units[0]!);
  if (best.score === 0) return units[0]!.text;
  const chosen = new Set<Unit>([best]);
  const rest = units.filter((u) => u !== best && u.score >= best.score * SECOND_UNIT_RATIO).sort((a, b) => b.score - a.score);
  let length = best.text.length;
  for (const u of rest) {
    if (chosen.size >= MAX_UNITS || length + u.text.length > MAX_QUOTE_CHARS) break;
    chosen.add(u);
    length += u.text.length;
  }
  // A chosen list intro ("Det drejer sig om:") brings its items.
  units.forEach((u, i) => {
    if (!chosen.has(u) || !/:$/.test(u.text)) return;
    for (let j = i + 1, n = 0; j < units.length && units[j]!.bullet && n < MAX_LIST_ITEMS; j++, n++) chosen.add(units[j]!);
  });
  const picked = units.filter((u) => chosen.has(u));
  let text = '';
  picked.forEach((u, i) => {
    const prev = picked[i - 1];
    text += i === 0 ? u.text : u.bullet || prev?.bullet ? `\n${u.text}` : ` ${u.text}`;
  });
  return text;
}
