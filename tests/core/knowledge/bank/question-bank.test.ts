import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadQuestionBank } from '../../../../src/core/knowledge/ingest/question-bank.js';
import { loadKnowledge } from '../../../../src/core/knowledge/knowledge-base.js';
import type { Chunk } from '../../../../src/core/types.js';
import { seedDir } from '../../../support/seed.js';
import { silentLogger } from '../../answers/knowledge-fixture.js';

const chunk = (id: string, text: string): Chunk => ({ id, doc: 'haandbog', title: 'Håndbog', section: 'S', text });
const chunks = [
  chunk('haandbog#1', 'Du kan holde orlov i op til seks måneder. Tal med din konsulent.'),
  chunk('haandbog#2', 'Tal med din konsulent. Som frivillig støtte skal du ikke tage noter om samtalerne.'),
];
let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'hjertebot-bank-'));
  await mkdir(join(dir, 'questions'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const line = (o: object) => JSON.stringify(o);

describe('loadQuestionBank', () => {
  it('resolves each quote to the passages that hold it, across case, spacing and line-break hyphens', async () => {
    await writeFile(
      join(dir, 'questions', 'a.jsonl'),
      [
        line({ q: 'hvor længe kan jeg holde orlov?', lang: 'da', quote: 'holde orlov i op til seks   måneder' }),
        line({ q: 'may I take notes?', lang: 'en', quote: 'skal du ikke tage no-ter om samtalerne' }),
        line({ q: 'hvem taler jeg med om det?', lang: 'da', quote: 'Tal med din konsulent.' }),
      ].join('\n'),
    );
    const bank = await loadQuestionBank(dir, chunks);
    expect(bank.problems).toEqual([]);
    expect(bank.questions.map((q) => q.passages)).toEqual([[0], [1], [0, 1]]);
  });

  it('reports a stale quote and an invalid entry by file and line, and loads the rest', async () => {
    await writeFile(
      join(dir, 'questions', 'b.jsonl'),
      [
        line({ q: 'hvor længe kan jeg holde orlov?', lang: 'da', quote: 'holde orlov i op til seks måneder' }),
        line({ q: 'hvor mange kilometer får jeg dækket?', lang: 'da', quote: 'højst 50 km på én vagt, og skemaet' }),
        line({ q: 'x', lang: 'fr', quote: 'kort' }),
        'not json',
      ].join('\n'),
    );
    const bank = await loadQuestionBank(dir, chunks);
    expect(bank.questions).toHaveLength(1);
    expect(bank.problems.map((p) => p.file)).toEqual([
      'questions/b.jsonl:2',
      'questions/b.jsonl:3',
      'questions/b.jsonl:4',
    ]);
    expect(bank.problems[0]!.error).toMatch(/quote not found/);
    expect(bank.problems[1]!.error).toMatch(/invalid entry/);
  });

  it('has no bank at all when the folder is missing', async () => {
    await rm(join(dir, 'questions'), { recursive: true });
    expect(await loadQuestionBank(dir, chunks)).toEqual({ questions: [], problems: [], files: [] });
  });
});

describe('the bank in knowledge/questions', () => {
  it('loads without problems, ≥ 40 % English, ≥ 15 questions for every passage with content', async () => {
    const kb = await loadKnowledge({
      knowledgeDir: 'knowledge',
      dataDir: dir,
      seedDir: seedDir(),
      logger: silentLogger,
    });
    const bank = await loadQuestionBank('knowledge', kb.chunks);
    expect(bank.problems).toEqual([]);
    expect(bank.questions.filter((q) => q.lang === 'en').length / bank.questions.length).toBeGreaterThanOrEqual(0.4);
    const perPassage = kb.chunks.map(() => 0);
    for (const q of bank.questions) for (const p of q.passages) perPassage[p]! += 1;
    // A passage of a few words (the toolkit's colour key, "Rød: Da jeg startede / Grøn: …") has nothing to ask.
    const short = kb.chunks.map((c) => c.text.length < MIN_ANSWERABLE_CHARS);
    const thin = kb.chunks
      .filter((_c, i) => !short[i] && perPassage[i]! < 15)
      .map((c) => `${c.id}: ${perPassage[kb.chunks.indexOf(c)]}`);
    expect(thin).toEqual([]);
    expect(short.filter(Boolean).length).toBeLessThanOrEqual(2);
  }, 60_000);
});

const MIN_ANSWERABLE_CHARS = 60;
