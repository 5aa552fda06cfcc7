import { describe, expect, it } from 'vitest';
import { selectQuote } from '../../../src/core/answers/extractive.js';
import type { Concept } from '../../../src/core/knowledge/query/query.js';
import { unitScore } from '../../../src/core/knowledge/rank/sentence-evidence.js';
import type { Chunk } from '../../../src/core/types.js';

// Concepts as the query analyser builds them: own word at 1, glossary synonym below 1.
const concept = (source: string, forms: [string, number][], idf = 3): Concept => ({
  source,
  forms: new Map(forms),
  idf,
  weight: 1,
});

const chunk = (text: string): Chunk => ({ id: 'doc#1', doc: 'doc', title: 'Doc', section: 'Vagter', text });

describe('selectQuote', () => {
  const text = [
    'Giv gerne besked direkte til din makker, hvis du melder afbud.',
    'Vagtskemaet laves lokalt i gruppen.',
    'Hvis der kun er én frivillig til rådighed, aflyses vagten.',
  ].join(' ');

  it('quotes a second sentence that holds the part of the question the best one lacks', () => {
    const concepts = [
      concept('buddy', [['mak', 0.85]]),
      concept('cancelled', [['afbud', 0.85]]),
      concept('alone', [['aflys', 0.85]], 4),
    ];
    const q = selectQuote(chunk(text), concepts, 'my buddy cancelled, can I go alone?');
    expect(q.text).toContain('din makker');
    expect(q.text).toContain('aflyses vagten');
    expect(q.text).not.toContain('Vagtskemaet');
  });

  it('quotes one sentence when no other sentence adds anything', () => {
    const concepts = [concept('buddy', [['mak', 0.85]]), concept('cancelled', [['afbud', 0.85]])];
    const q = selectQuote(chunk(text), concepts, 'my buddy cancelled');
    expect(q.text).toBe('Giv gerne besked direkte til din makker, hvis du melder afbud.');
  });

  it("prefers the sentence with the question's own word over one with two synonyms", () => {
    const t = 'Samtalerne med personalet er fortrolige. Undlad at fortælle om din egen sygdom.';
    const concepts = [
      concept('snakke', [['samtal', 0.85]]),
      concept('sygeplejerskerne', [
        ['sygeplejersk', 1],
        ['personal', 0.85],
      ]),
      concept('sygdom', [['sygdom', 1]], 4.5),
    ];
    const [synonyms, own] = t.split('. ');
    expect(unitScore(own!, concepts)).toBeGreaterThan(unitScore(synonyms!, concepts));
  });
});
