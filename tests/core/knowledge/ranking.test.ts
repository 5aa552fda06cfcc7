import { describe, expect, it } from 'vitest';
import { Bm25Index } from '../../../src/core/knowledge/index/bm25.js';
import { HashedEmbedder } from '../../../src/core/knowledge/index/hashed-embedder.js';
import { terms } from '../../../src/core/knowledge/query/analyzer.js';
import { editDistance } from '../../../src/core/knowledge/query/edit-distance.js';
import { Glossary } from '../../../src/core/knowledge/query/glossary.js';
import { analyseQuery } from '../../../src/core/knowledge/query/query.js';
import { applyLexicalFloor, rankFused, reciprocalRankFusion } from '../../../src/core/knowledge/rank/fusion.js';

const docs = [
  'Du kan holde orlov i op til seks måneder.',
  'Hvis du bliver forhindret i at tage en vagt, skal du melde afbud så tidligt som muligt.',
  'Det er muligt at få refusion for kørsel, max 50 km til og fra vagten.',
  'Undlad fysisk kontakt som håndtryk eller kram.',
];
const index = new Bm25Index(docs.map(terms));
const vocab = [...index.vocabulary()];
const glossary = new Glossary({
  entries: [
    { terms: ['leave', 'time off'], expand: ['orlov'] },
    { terms: ['mileage', 'petrol'], expand: ['kørsel', 'refusion'] },
    { terms: ['region south'], expand: ['region syd'] },
  ],
});

describe('reciprocal rank fusion', () => {
  it('rewards items ranked well in both lists over items ranked first in one', () => {
    const fused = rankFused(reciprocalRankFusion([{ ids: [1, 2, 3] }, { ids: [2, 3, 1] }]));
    expect(fused.map((f) => f.id)).toEqual([2, 1, 3]);
  });
  it('weights lists and breaks ties by document order', () => {
    const fused = rankFused(
      reciprocalRankFusion([
        { ids: [5], weight: 1 },
        { ids: [4], weight: 1 },
      ]),
    );
    expect(fused.map((f) => f.id)).toEqual([4, 5]);
    const weighted = rankFused(
      reciprocalRankFusion([
        { ids: [5], weight: 2 },
        { ids: [4], weight: 1 },
      ]),
    );
    expect(weighted[0]!.id).toBe(5);
  });
});

describe('lexical floor', () => {
  // 1: a staff card, first lexically and absent in vector space; 2-5 in both lists, 4 and 5 low in vectors.
  const lists = () =>
    reciprocalRankFusion([{ ids: [1, 2, 3, 4, 5] }, { ids: [2, 3, 6, 7, 8, 9, 10, 11, 12, 13, 14, 5, 4] }], 30);
  const place = (fused: Map<number, number>, id: number) => rankFused(fused).findIndex((f) => f.id === id);
  const card = { coverage: 0.8, matched: 3, similarity: 0 };
  const other = { coverage: 0.5, matched: 2, similarity: 0.3 };
  it('lifts a passage that holds most of the question though the vectors miss it', () => {
    expect(place(lists(), 1)).toBeGreaterThan(place(lists(), 4));
    const fused = lists();
    applyLexicalFloor(fused, [1, 2, 3, 4, 5], (id) => (id === 1 ? card : other), 1, 1, 30);
    expect(place(fused, 1)).toBeLessThan(place(fused, 4));
    // Not above passages both rankings agree on.
    expect(place(fused, 1)).toBeGreaterThan(place(fused, 3));
  });
  it('leaves a passage that shares one concept, or little of the question, where RRF put it', () => {
    for (const weak of [
      { ...card, matched: 1 },
      { ...card, coverage: 0.4 },
      { ...card, similarity: 0.2 },
    ]) {
      const fused = lists();
      applyLexicalFloor(fused, [1, 2, 3, 4, 5], (id) => (id === 1 ? weak : other), 1, 1, 30);
      expect(place(fused, 1)).toBeGreaterThan(place(fused, 4));
    }
  });
});

describe('BM25 over Danish stems', () => {
  it('finds inflected forms and ranks rarer words higher', () => {
    const s = index.scores('vagt');
    expect([...s.keys()].sort()).toEqual([1, 2]);
    expect(index.idf('orlov')).toBeGreaterThan(index.idf('vagt'));
    expect(index.scores('finnesikke').size).toBe(0);
  });
});

describe('query analysis', () => {
  it('expands English words through the glossary to Danish terms', () => {
    const q = analyseQuery('How much time off can I take?', index, glossary, vocab);
    expect(q.concepts.some((c) => c.forms.has('orlov'))).toBe(true);
    expect(q.concepts.some((c) => c.source === 'how' || c.source === 'much')).toBe(false);
  });

  it('corrects a typo to a word the documents use, keeping the first letter', () => {
    const q = analyseQuery('orlof', index, glossary, vocab);
    expect(q.concepts[0]!.forms.has('orlov')).toBe(true);
    expect(editDistance('orlof', 'orlov', 1)).toBe(1);
    expect(editDistance('kørsle', 'kørsel', 1)).toBe(1);
  });

  it('matches a glossary word with a typo but not a real word one letter away', () => {
    const typo = analyseQuery('milage', index, glossary, vocab);
    expect(typo.concepts[0]!.forms.has('kørsel')).toBe(true);
    const g = new Glossary({ entries: [{ terms: ['folder'], expand: ['aktivitetsfolder'] }] });
    expect(g.match(['holder'], (t) => t === 'holder')).toEqual([]);
    expect(g.match(['foldr'])).toHaveLength(1);
  });

  it('requires every word of a several-word expansion ("region syd")', () => {
    const q = analyseQuery('region south', index, glossary, vocab);
    expect([...q.concepts[0]!.forms.keys()]).toContain('region syd');
  });

  it('gives words the documents never use the highest weight', () => {
    const q = analyseQuery('statsminister orlov', index, glossary, vocab);
    const unknown = q.concepts.find((c) => c.source === 'statsminister')!;
    const known = q.concepts.find((c) => c.source === 'orlov')!;
    expect(unknown.idf).toBeGreaterThan(known.idf);
  });
});

describe('hashed embeddings', () => {
  const e = new HashedEmbedder(256);
  const cos = (a: number[], b: number[]) => a.reduce((s, x, i) => s + x * b[i]!, 0);
  it('are unit vectors of the declared size and deterministic', async () => {
    const [v] = await e.embedDocuments(['Du kan holde orlov']);
    expect(v).toHaveLength(256);
    expect(cos(v!, v!)).toBeCloseTo(1, 6);
    expect(await e.embedQuery('Du kan holde orlov')).toEqual(v);
  });
  it('keep a misspelt word close to the right one', async () => {
    const right = e.embed('refusion for kørsel');
    expect(cos(e.embed('refussion for kørsl'), right)).toBeGreaterThan(cos(e.embed('tavshedspligt og familie'), right));
  });
});
