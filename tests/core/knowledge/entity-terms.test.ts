import { describe, expect, it } from 'vitest';
import { EMAIL_WORD, entityTerms, stem } from '../../../src/core/knowledge/query/analyzer.js';

describe('entityTerms', () => {
  it("indexes an address's name part with the Danish letters when it is written without them", () => {
    expect(entityTerms('kontakt: patientstoetter@hjerteforeningen.dk')).toEqual([
      stem(EMAIL_WORD),
      stem('patientstøtter'),
    ]);
  });
  it('leaves names without ae/oe/aa, and addresses with digits, to the address word alone', () => {
    expect(entityTerms('dbomholt@hjerteforeningen.dk')).toEqual([stem(EMAIL_WORD)]);
    expect(entityTerms('info2oe@x.dk')).toEqual([stem(EMAIL_WORD)]);
    expect(entityTerms('ingen adresse her')).toEqual([]);
  });
});
