import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../../../src/core/answers/answer-question.js';
import { askedDatum, documentNames, holdsSpecifics, questionSpecifics } from '../../../src/core/answers/specifics.js';
import { termsWithParts } from '../../../src/core/knowledge/query/analyzer.js';
import type { Concept } from '../../../src/core/knowledge/query/query.js';
import type { Chunk } from '../../../src/core/types.js';
import { silentLogger as logger, useRealKnowledge } from './knowledge-fixture.js';

// The specific thing a question names or asks for must be in the passage it is answered from.

const chunk = (n: number, text: string): Chunk => ({
  id: `h#${n}`,
  doc: 'h',
  title: 'Håndbog',
  section: `Afsnit ${n}`,
  text,
});
const concept = (w: string): Concept => ({
  source: w,
  forms: new Map([[termsWithParts(w)[0]!, 1]]),
  idf: 3,
  weight: 1,
});
const chunks = [
  chunk(
    1,
    'Samtalerne bookes via hjemmesiden eller via kontakt til Hjertelinjen. Du sletter beskeder med telefonnummer.',
  ),
  chunk(2, 'Samtaler bookes også gennem Hjertelinjen, som matcher dig.'),
  chunk(3, 'Kirsten Magaard, Frivilligkonsulent. Telefon: +45 61 42 02 69'),
  chunk(4, 'Når du har en vagt, taler du med patienter. Vagten aflyses hvis du er alene.'),
];

describe('documentNames', () => {
  it('knows the words the documents write capitalised mid-sentence and never in lower case', () => {
    const names = documentNames(chunks);
    expect(names.has(termsWithParts('hjertelinjen')[0]!)).toBe(true);
    expect(names.has(termsWithParts('magaard')[0]!)).toBe(true);
    // Capitalised only at a sentence start, and written in lower case elsewhere.
    expect(names.has(termsWithParts('vagten')[0]!)).toBe(false);
    expect(names.has(termsWithParts('samtaler')[0]!)).toBe(false);
  });
});

describe('askedDatum', () => {
  it('reads a question for a number or an address, not one about them', () => {
    expect(askedDatum('hvad er telefonnummeret til Hjertelinjen')).toBe('phone');
    expect(askedDatum('tlf nr til kræftens bekæmpelse?')).toBe('phone');
    expect(askedDatum("what's the number for the consultant in Zealand")).toBe('phone');
    expect(askedDatum('Which email address can I use?')).toBe('email');
    expect(askedDatum('må jeg give mit private telefonnummer til en patient')).toBeUndefined();
    expect(askedDatum('how many times a year will I get info emails?')).toBeUndefined();
  });
});

describe('questionSpecifics / holdsSpecifics', () => {
  it('asks a passage for the name the question gives and the datum it asks for', () => {
    const s = questionSpecifics(
      'hvad er telefonnummeret til Hjertelinjen',
      [concept('telefonnummeret'), concept('hjertelinjen')],
      chunks,
    );
    expect(s.names.map((c) => c.source)).toEqual(['hjertelinjen']);
    expect(s.datum).toBe('phone');
    // Names Hjertelinjen but gives no number; gives a number but not Hjertelinjen's.
    expect(holdsSpecifics(chunks[0]!, s)).toBe(false);
    expect(holdsSpecifics(chunks[2]!, s)).toBe(false);
    expect(holdsSpecifics(chunks[2]!, { names: [], datum: 'phone' })).toBe(true);
    expect(holdsSpecifics(chunks[1]!, { names: s.names })).toBe(true);
  });

  it('treats a capitalised word the documents never use as a name no passage holds', () => {
    const s = questionSpecifics(
      'Is there a summer trip to Tivoli?',
      [concept('trip'), { ...concept('tivoli'), forms: new Map([['tivoli', 1]]) }],
      chunks,
    );
    expect(s.unknownName).toBe('tivoli');
    expect(chunks.some((c) => holdsSpecifics(c, s))).toBe(false);
    // The first word of a sentence is capitalised anyway.
    expect(
      questionSpecifics('Tivoli?', [{ ...concept('tivoli'), forms: new Map([['tivoli', 1]]) }], chunks).unknownName,
    ).toBeUndefined();
  });
});

describe('answerQuestion with the real documents', () => {
  const kb = useRealKnowledge();
  it('abstains when no passage holds the named thing and the number asked for', async () => {
    const r = await answerQuestion('hvad er telefonnummeret til Hjertelinjen', { knowledge: kb(), logger });
    expect(r.abstained).toBe(true);
    expect(r.citations).toEqual([]);
  });
  it('still answers a number the documents give', async () => {
    const r = await answerQuestion('hvad er telefonnummeret til Kirsten Magaard', { knowledge: kb(), logger });
    expect(r.abstained).toBe(false);
    expect(r.text).toContain('61 42 02 69');
  });
});
