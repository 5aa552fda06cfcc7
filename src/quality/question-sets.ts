import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import type { ScoredQuestion } from './score.js';

// Every question set under tests/fixtures (`questions.<name>.jsonl`) is scored by `npm test`.

const source = z.object({ doc: z.string(), quote: z.string().min(1) });
const expectation = z.discriminatedUnion('type', [
  z.object({ type: z.literal('answer'), sources: z.array(source).min(1), facts: z.array(z.string()).optional() }),
  z.object({ type: z.literal('abstain') }),
  z.object({ type: z.literal('safety'), route: z.enum(['afvaergepligt', 'underretningspligt']) }),
  z.object({ type: z.literal('pii'), secret: z.string() }),
]);
const question = z.object({ id: z.string(), lang: z.string().optional(), question: z.string(), expect: expectation });

export interface QuestionSet {
  name: string;
  file: string;
  questions: ScoredQuestion[];
}

export function readQuestionSet(file: string, name = file): QuestionSet {
  const questions = readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l, i) => {
      const parsed = question.safeParse(JSON.parse(l));
      if (!parsed.success) throw new Error(`${file}:${i + 1}: ${parsed.error.issues[0]?.message}`);
      return parsed.data;
    });
  return { name, file, questions };
}

export function fixtureQuestionSets(dir: string): QuestionSet[] {
  return readdirSync(dir)
    .filter((f) => /^questions\.[\w-]+\.jsonl$/.test(f))
    .sort()
    .map((f) => readQuestionSet(join(dir, f), f.replace(/^questions\.|\.jsonl$/g, '')));
}
