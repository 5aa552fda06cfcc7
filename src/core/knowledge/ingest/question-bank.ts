import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import type { Chunk } from '../../types.js';
import type { Problem } from '../index/index-store.js';

// The question bank: questions volunteers are expected to ask, each pointing at the passage that
// answers it by a short verbatim quote (robust to re-chunking). Data the organisation extends:
// knowledge/questions/*.jsonl, one {"q","lang","quote"} a line. An entry whose quote no longer
// occurs in any document is reported by file and line; the rest still load. Questions the documents
// don't answer are entries {"q","lang","notCovered":true}: a message nearer to them than to any
// answered question is evidence for abstaining.

export const QUESTIONS_DIR = 'questions';

const Question = z.string().trim().min(3).max(400);
const Lang = z.enum(['da', 'en']);
const AnsweredSchema = z.strictObject({
  q: Question,
  lang: Lang,
  quote: z.string().trim().min(12).max(400),
  /** Optional document id, when the same quote could occur in several documents. */
  doc: z.string().optional(),
});
/** A question volunteers ask that the documents don't answer: evidence for pointing to the consultant. */
const NotCoveredSchema = z.strictObject({
  q: Question,
  lang: Lang,
  notCovered: z.literal(true),
  /** What kind of question it is (medical, hospital, organisation …), for whoever reviews the file. */
  kind: z.string().max(40).optional(),
});
const EntrySchema = z.union([AnsweredSchema, NotCoveredSchema]);
export type BankEntry = z.infer<typeof EntrySchema>;

export interface BankQuestion {
  q: string;
  lang: 'da' | 'en';
  /** Indexes into the chunk list of every passage that holds the quote (overlaps give two); none when not covered. */
  passages: number[];
  /** The documents don't answer it (knowledge/questions/not-covered*.jsonl). */
  notCovered?: boolean;
}

export interface LoadedBank {
  questions: BankQuestion[];
  problems: Problem[];
  /** Bank files read, for the index's content hash. */
  files: string[];
}

/** Case, whitespace and hyphens ignored, as in the scorer: PDF text breaks lines and words. */
export const foldForQuote = (s: string) =>
  s
    .normalize('NFC')
    .toLowerCase()
    .replace(/[\s\-\u00ad]+/g, '');

export async function bankFiles(knowledgeDir: string): Promise<string[]> {
  const dir = join(knowledgeDir, QUESTIONS_DIR);
  const names = await readdir(dir).catch(() => [] as string[]);
  return names
    .filter((n) => n.endsWith('.jsonl'))
    .sort()
    .map((n) => join(QUESTIONS_DIR, n));
}

/** Parses and resolves every bank file; problems are named by file and line. */
export async function loadQuestionBank(knowledgeDir: string, chunks: Chunk[]): Promise<LoadedBank> {
  const files = await bankFiles(knowledgeDir);
  const folded = chunks.map((c) => foldForQuote(c.text));
  // An entry names its document: only that document's passages are searched (a large corpus has thousands).
  const byDoc = new Map<string, number[]>();
  chunks.forEach((c, id) => {
    const ids = byDoc.get(c.doc);
    if (ids) ids.push(id);
    else byDoc.set(c.doc, [id]);
  });
  const all = chunks.map((_, id) => id);
  const cache = new Map<string, number[]>();
  const questions: BankQuestion[] = [];
  const problems: Problem[] = [];
  for (const file of files) {
    const lines = (await readFile(join(knowledgeDir, file), 'utf8')).split('\n');
    lines.forEach((line, i) => {
      if (!line.trim()) return;
      const where = `${file}:${i + 1}`;
      let entry: BankEntry;
      try {
        const parsed = EntrySchema.safeParse(JSON.parse(line));
        if (!parsed.success)
          throw new Error(parsed.error.issues.map((x) => `${x.path.join('.')}: ${x.message}`).join('; '));
        entry = parsed.data;
      } catch (e) {
        problems.push({
          file: where,
          error: `invalid entry: ${e instanceof Error ? e.message : 'not JSON'}`.slice(0, 200),
        });
        return;
      }
      if ('notCovered' in entry) {
        questions.push({ q: entry.q, lang: entry.lang, passages: [], notCovered: true });
        return;
      }
      const key = `${entry.doc ?? ''}|${foldForQuote(entry.quote)}`;
      let passages = cache.get(key);
      if (!passages) {
        const needle = foldForQuote(entry.quote);
        passages = (entry.doc ? (byDoc.get(entry.doc) ?? []) : all).filter((id) => folded[id]!.includes(needle));
        cache.set(key, passages);
      }
      if (passages.length === 0) {
        problems.push({ file: where, error: 'quote not found in any document (was the document edited?)' });
        return;
      }
      questions.push({ q: entry.q, lang: entry.lang, passages });
    });
  }
  return { questions, problems, files };
}
