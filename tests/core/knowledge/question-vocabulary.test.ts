import { describe, expect, it } from 'vitest';
import { Bm25Index } from '../../../src/core/knowledge/index/bm25.js';
import { entityTerms, stem, terms } from '../../../src/core/knowledge/query/analyzer.js';
import { Glossary } from '../../../src/core/knowledge/query/glossary.js';
import { analyseQuery } from '../../../src/core/knowledge/query/query.js';
import { isStopWord } from '../../../src/core/knowledge/query/stop-words.js';
import { lexicalTerms } from '../../../src/core/knowledge/rank/hybrid-retriever.js';
import type { Chunk } from '../../../src/core/types.js';

// How a question's words are read: glossary words are not each other's typos, English plurals
// match their singular, contractions typed without an apostrophe are function words, and an
// e-mail address in a passage answers a question about an e-mail address.

const glossary = new Glossary({
  entries: [
    { terms: ['contract', 'agreement'], expand: ['kontrakt'] },
    { terms: ['contact', 'reach out'], expand: ['kontakt'] },
    { terms: ['tell others'], expand: ['tavshedspligt'] },
    // Makes "other" a glossary word, so only the plural rule (not typo matching) can join it to "others".
    { terms: ['other staff'], expand: ['ansatte'] },
    { terms: ['email address', 'e-mail'], expand: ['mailadresse'] },
  ],
});
const expansionsOf = (question: string) => glossary.match(question.split(' ')).flatMap((m) => m.expand);

describe('glossary matching', () => {
  it('does not read a word the glossary knows as a typo of another entry ("contact" is not "contract")', () => {
    expect(expansionsOf('who do i contact')).toEqual(['kontakt']);
    // A real typo still matches.
    expect(expansionsOf('sign the contrakt')).toEqual(['kontrakt']);
  });

  it('does not read a function word as a typo of a term ("wrote" is not "write")', () => {
    const g = new Glossary({ entries: [{ terms: ['write'], expand: ['skrive ned'] }] });
    expect(g.match(['who', 'wrote', 'the', 'policy'])).toEqual([]);
    expect(g.match(['can', 'i', 'writte', 'it'])).toHaveLength(1);
  });

  it('matches the singular of an English plural key', () => {
    expect(expansionsOf('can i tell other volunteers')).toEqual(['tavshedspligt']);
  });
});

describe('stop words', () => {
  it('treat contractions typed without an apostrophe as function words', () => {
    for (const w of ['whats', 'hows', 'theres']) expect(isStopWord(w)).toBe(true);
  });
});

describe('e-mail addresses', () => {
  const chunk = (text: string): Chunk => ({ id: 'p#1', doc: 'p', title: 'P', section: 'Kontakt', text });
  const withAddress = chunk('For yderligere information, kontakt: patientstoetter@hjerteforeningen.dk');
  const without = chunk('Kontakt din tovholder, hvis du er i tvivl om noget.');

  it('index a passage that gives one with the word for an e-mail address', () => {
    expect(entityTerms(withAddress.text)).toContain(stem('mailadresse'));
    expect(entityTerms(without.text)).toEqual([]);
    expect(lexicalTerms(withAddress)).toContain(stem('mailadresse'));
  });

  it('let "which email address …" find the passage with the address', () => {
    const index = new Bm25Index([lexicalTerms(withAddress), lexicalTerms(without)]);
    const q = analyseQuery('which email address can I write to', index, glossary, [...index.vocabulary()]);
    const forms = q.concepts.flatMap((c) => [...c.forms.keys()]);
    expect(forms).toContain(stem('mailadresse'));
    expect(index.scores(stem('mailadresse')).has(0)).toBe(true);
    expect(index.scores(stem('mailadresse')).has(1)).toBe(false);
    expect(terms('mailadresse')).toEqual([stem('mailadresse')]);
  });
});

describe('the plural rule', () => {
  it('is English only: Danish "møde" is not "mødes" (to meet)', () => {
    const g = new Glossary({
      entries: [
        { terms: ['mødes'], expand: ['frivilligmøder'] },
        { terms: ['møde'], expand: ['møder'] },
      ],
    });
    expect(g.match(['booke', 'et', 'møde']).flatMap((m) => m.expand)).toEqual(['møder']);
  });
});
