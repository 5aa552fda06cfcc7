import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bankFiles } from '../../../../src/core/knowledge/ingest/question-bank.js';
import { fixtureQuestionSets } from '../../../../src/quality/question-sets.js';
import { nearCopy, prepare } from './near-copy.js';

// The bank is judged on questions it has not seen: no evaluation question may be copied into it,
// exactly or nearly (a changed word or two, punctuation, case, æøå typed as ae/oe/aa).

const evaluation = fixtureQuestionSets('tests/fixtures').flatMap((s) =>
  s.questions.map((q) => ({ id: `${s.name}/${q.id}`, q: prepare(q.question), text: q.question })),
);

describe('question bank', () => {
  it('holds no exact or near copy of any evaluation question', async () => {
    const bank = (await bankFiles('knowledge')).flatMap((f) =>
      readFileSync(join('knowledge', f), 'utf8')
        .split('\n')
        .filter((l) => l.trim())
        .map((l) => (JSON.parse(l) as { q: string }).q),
    );
    expect(bank.length).toBeGreaterThan(2000);
    expect(evaluation.length).toBeGreaterThan(500);
    const copies = bank.flatMap((q) => {
      const p = prepare(q);
      return evaluation.filter((e) => nearCopy(p, e.q)).map((e) => `${q}  ~  ${e.id}: ${e.text}`);
    });
    expect(copies).toEqual([]);
  });

  it('would catch a copy, a reworded copy and one typed without æøå', () => {
    const q = 'Hvor længe kan jeg holde orlov, hvis min mand bliver syg?';
    expect(nearCopy(q, q)).toBe(true);
    expect(nearCopy('hvor laenge kan jeg holde orlov hvis min mand bliver syg', q)).toBe(true);
    expect(nearCopy('Hvor længe kan man holde orlov, hvis min mand bliver syg?', q)).toBe(true);
    expect(nearCopy('Hvor længe kan jeg holde orlov?', q)).toBe(false);
    expect(nearCopy('Må jeg tage noter under samtalen?', q)).toBe(false);
  });
});
