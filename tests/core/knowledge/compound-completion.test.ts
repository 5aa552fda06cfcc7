import { describe, expect, it } from 'vitest';
import { Bm25Index } from '../../../src/core/knowledge/index/bm25.js';
import { HashedEmbedder } from '../../../src/core/knowledge/index/hashed-embedder.js';
import { VectorStore } from '../../../src/core/knowledge/index/vector-store.js';
import { terms } from '../../../src/core/knowledge/query/analyzer.js';
import { Glossary } from '../../../src/core/knowledge/query/glossary.js';
import { analyseQuery, compoundCompletions, withDanishLetters } from '../../../src/core/knowledge/query/query.js';
import { HybridRetriever } from '../../../src/core/knowledge/rank/hybrid-retriever.js';
import type { Chunk } from '../../../src/core/types.js';

// A question says in parts or half what the documents write as one compound.

const texts = [
  'Infomails indeholder vigtig information, og du modtager en mail 6-8 gange årligt.',
  'Din frivilligkonsulent hjælper dig som frivillig; en konsulent svarer hurtigt.',
  'Dine kontaktoplysninger deler du ikke.',
  'Vi holder fast i vagtplanen.',
  'Du må gerne kontakte personalet.',
  'Hospitalsvagter planlægges lokalt, og hospitalet har en kantine.',
];
const index = new Bm25Index(texts.map(terms));
const vocab = [...index.vocabulary()];

describe('compound completions', () => {
  it('finds document compounds that hold the word whole, before or after a known part', () => {
    expect(compoundCompletions('info', index, vocab)).toEqual(['infomail']);
    expect(compoundCompletions('konsulent', index, vocab)).toContain('frivilligkonsulent');
  });

  it('does not complete through a part the documents never use as a word', () => {
    // "oplysning" never occurs on its own here, so "kontaktoplysning" is not a "kontakt" compound.
    expect(compoundCompletions('kontakt', index, vocab)).toEqual([]);
  });

  it('does not complete words that are too short to be a compound part', () => {
    expect(compoundCompletions('vag', index, vocab)).toEqual([]);
  });

  it('adds completions to a Danish question as rank-only forms at a lower weight', () => {
    const [c] = analyseQuery('info', index, Glossary.empty(), vocab).concepts;
    expect(c!.forms.get('info')).toBe(1);
    expect(c!.forms.get('infomail')).toBeLessThan(1);
    expect(c!.rankOnly?.has('infomail')).toBe(true);
  });
});

describe('rank-only forms in the retriever', () => {
  const chunks: Chunk[] = texts.map((text, i) => ({ id: `d#${i + 1}`, doc: 'd', title: 'D', section: '', text }));
  const embedder = new HashedEmbedder();

  it('rank a passage that only holds the compound, but do not make it cover the question', async () => {
    const vectors = VectorStore.build(await embedder.embedDocuments(texts), embedder.dimensions);
    const retriever = new HybridRetriever(chunks, vectors, embedder, Glossary.empty());
    const { hits } = await retriever.search('info', { k: 6 });
    const mails = hits.find((h) => h.chunk.id === 'd#1')!;
    expect(mails.lexical).toBeGreaterThan(0);
    expect(mails.coverage).toBe(0);
    expect(mails.matched).toBe(0);
  });
});

describe('common words', () => {
  it('are not completed: their compounds are many and say little', () => {
    const many = new Bm25Index(['vagt', 'vagt', 'vagt', 'vagt', 'vagtplan plan', 'x'].map(terms));
    expect(compoundCompletions('vagt', many, [...many.vocabulary()])).toEqual([]);
    const few = new Bm25Index(['vagt', 'vagtplan plan', 'x', 'y', 'z', 'w'].map(terms));
    expect(compoundCompletions('vagt', few, [...few.vocabulary()])).toEqual(['vagtplan']);
  });
});

describe('words typed without æ/ø/å', () => {
  const idx = new Bm25Index(
    ['Alle frivillige deltager i møderne.', 'Afværgepligten går forud.', 'Håndbogen kan du vende tilbage til.'].map(
      terms,
    ),
  );

  it('are read with the Danish letters when the documents know the result', () => {
    expect(withDanishLetters('moeder', idx)).toBe('møder');
    expect(withDanishLetters('afvaergepligten', idx)).toBe('afværgepligten');
    expect(withDanishLetters('haandbogen', idx)).toBe('håndbogen');
    expect(withDanishLetters('naar', idx)).toBe('når');
  });

  it('are left alone when the result is no document word', () => {
    expect(withDanishLetters('does', idx)).toBe('does');
    expect(withDanishLetters('aaben', idx)).toBe('aaben');
  });

  it('reach the passage in a whole question', () => {
    const q = analyseQuery('skal jeg til erfa moeder', idx, Glossary.empty(), [...idx.vocabulary()]);
    expect(q.concepts.some((c) => c.forms.has('mød'))).toBe(true);
  });
});
