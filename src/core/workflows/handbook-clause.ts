import type { Chunk, Lang } from '../types.js';

export interface HandbookClause {
  sentence: string;
  title: string;
  section: string;
}

/** The first sentence in the documents matching `pattern`, with where it stands; undefined when absent. */
export function findClause(chunks: readonly Chunk[], pattern: RegExp): HandbookClause | undefined {
  for (const chunk of chunks) {
    const sentence = chunk.text
      .split(/(?<=[.!?])\s+|\n+/)
      .map((s) => s.replace(/^[•\-–]\s*/, '').trim())
      .find((s) => pattern.test(s));
    if (sentence) return { sentence, title: chunk.title, section: chunk.section };
  }
  return undefined;
}

/** "Du kan holde orlov i op til seks måneder." (Håndbog for frivillige støtter · Orlov – …) */
export function quoteClause(clause: HandbookClause, lang: Lang): string {
  const where = [clause.title, clause.section].filter(Boolean).join(' · ');
  return lang === 'en' ? `"${clause.sentence}" (${where}, Danish original)` : `"${clause.sentence}" (${where})`;
}

export const LEAVE_CLAUSE = /orlov i op til/i;
export const TWO_ON_SHIFT_CLAUSE = /mindst to frivillige p[åa] vagt/i;
