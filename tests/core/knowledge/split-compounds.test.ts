import { describe, expect, it } from 'vitest';
import { Bm25Index } from '../../../src/core/knowledge/index/bm25.js';
import { terms } from '../../../src/core/knowledge/query/analyzer.js';
import { joinSplitCompounds } from '../../../src/core/knowledge/query/query.js';

// "studenter medhjælper" is the documents' "studentermedhjælper"; "erfa møder" stays two words.

const index = new Bm25Index(
  [
    'Heba Abou Hamid, Studentermedhjælper',
    'Der afholdes ERFA-møder flere gange om året. På møderne drøftes erfa og erfamøder.',
  ].map(terms),
);

describe('joinSplitCompounds', () => {
  it('joins two words the documents write as one compound when a half is no document word', () => {
    const r = joinSplitCompounds(['hvem', 'er', 'studenter', 'medhjælper'], [0.5, 1, 1, 0.5], index);
    expect(r.tokens).toEqual(['hvem', 'er', 'studentermedhjælper']);
    expect(r.weights).toEqual([0.5, 1, 1]);
  });
  it('keeps words apart when the documents use both halves on their own, or the compound is unknown', () => {
    expect(joinSplitCompounds(['erfa', 'møder'], [1, 1], index).tokens).toEqual(['erfa', 'møder']);
    expect(joinSplitCompounds(['studenter', 'hjælp'], [1, 1], index).tokens).toEqual(['studenter', 'hjælp']);
  });
});
