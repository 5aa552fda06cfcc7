import { describe, expect, it } from 'vitest';
import { Bm25Index } from '../../../src/core/knowledge/index/bm25.js';
import { terms } from '../../../src/core/knowledge/query/analyzer.js';
import { Glossary } from '../../../src/core/knowledge/query/glossary.js';
import { analyseQuery, isEnglishVerbOrAdverb } from '../../../src/core/knowledge/query/query.js';

// A word the documents never use weighs by what it likely is: a Danish word or an English thing
// is what the question is about; an English verb form or adverb is how it is told.

const index = new Bm25Index(
  ['Du kan holde orlov i op til seks måneder.', 'Meld afbud til vagten så tidligt som muligt.'].map(terms),
);
const glossary = new Glossary({ entries: [{ terms: ['leave'], expand: ['orlov'] }] });
const idfOf = (q: string, source: string) =>
  analyseQuery(q, index, glossary, [...index.vocabulary()]).concepts.find((c) => c.source === source)!.idf;

describe('unknown words', () => {
  it('weighs an English noun more than an English verb form, and a Danish word most', () => {
    const max = index.maxIdf();
    expect(idfOf('can you write a birthday speech about leave', 'birthday')).toBeCloseTo(max * 0.75);
    expect(idfOf('I keep thinking about my leave', 'thinking')).toBeCloseTo(max * 0.5);
    expect(idfOf('hvad med parkering ved orlov', 'parkering')).toBeCloseTo(max);
  });
  it('reads -ed and -ly words, and -ing words after an auxiliary, as verb forms or adverbs', () => {
    expect(['honestly', 'started'].every((w) => isEnglishVerbOrAdverb(w))).toBe(true);
    expect(isEnglishVerbOrAdverb('thinking', 'keep')).toBe(true);
    expect(isEnglishVerbOrAdverb('parking', 'free')).toBe(false);
    expect(['birthday', 'speech', 'bed'].some((w) => isEnglishVerbOrAdverb(w))).toBe(false);
    expect(idfOf('is there free parking on leave', 'parking')).toBeCloseTo(index.maxIdf() * 0.75);
  });
});

describe('generic English modifiers', () => {
  it('"anything special" names no topic the documents could lack', () => {
    const concepts = analyseQuery('do I have to wear anything special on leave', index, glossary, [
      ...index.vocabulary(),
    ]).concepts;
    expect(concepts.map((c) => c.source)).not.toContain('special');
  });
});
