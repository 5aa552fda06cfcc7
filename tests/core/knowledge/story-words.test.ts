import { describe, expect, it } from 'vitest';
import { Bm25Index } from '../../../src/core/knowledge/index/bm25.js';
import { terms } from '../../../src/core/knowledge/query/analyzer.js';
import { Glossary } from '../../../src/core/knowledge/query/glossary.js';
import { analyseQuery } from '../../../src/core/knowledge/query/query.js';
import { BACKGROUND_WEIGHT } from '../../../src/core/knowledge/query/question-focus.js';

// A word the documents don't know, told in the story, must not decide whether they cover the
// question; the same word in the asking clause still does.

const index = new Bm25Index(
  [
    'Hvis du bliver forhindret i at tage en vagt, fx på grund af sygdom, skal du melde afbud.',
    'Du kan holde orlov i op til seks måneder.',
    'Bliv hjemme, hvis du er syg.',
  ].map(terms),
);
const glossary = new Glossary({ entries: [] });
const weightOf = (q: string, source: string) =>
  analyseQuery(q, index, glossary, [...index.vocabulary()]).concepts.find((c) => c.source === source)?.weight;

describe('story words', () => {
  it('weighs an unknown word of a clause that only tells as background', () => {
    const q = 'min datter har fødselsdag på lørdag og jeg kan ikke tage vagten, hvad gør jeg?';
    expect(weightOf(q, 'fødselsdag')).toBe(BACKGROUND_WEIGHT);
    expect(weightOf(q, 'lørdag')).toBe(BACKGROUND_WEIGHT);
    expect(weightOf(q, 'vagten')).toBe(1);
  });

  it('keeps an unknown word of the asking clause at full weight', () => {
    const q = 'min datter har fødselsdag på lørdag, kan jeg få løn for vagten?';
    expect(weightOf(q, 'løn')).toBe(1);
    expect(weightOf(q, 'fødselsdag')).toBe(BACKGROUND_WEIGHT);
  });

  it('keeps it when the question names nothing and the story clause is what is asked about', () => {
    // "hvad gør jeg?" asks about the story; the dog is in the same clause as "syg".
    expect(weightOf('min hund er blevet meget syg i nat, hvad gør jeg nu?', 'hund')).toBe(1);
  });

  it('leaves a message that only asks alone', () => {
    expect(weightOf('kan jeg få løn for min vagt?', 'løn')).toBe(1);
  });
});
