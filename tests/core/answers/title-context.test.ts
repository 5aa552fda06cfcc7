import { describe, expect, it } from 'vitest';
import { selectQuote } from '../../../src/core/answers/extractive.js';
import { termsWithParts } from '../../../src/core/knowledge/query/analyzer.js';
import type { Concept } from '../../../src/core/knowledge/query/query.js';
import { sentenceEvidence } from '../../../src/core/knowledge/rank/sentence-evidence.js';
import type { Chunk } from '../../../src/core/types.js';

// A document's title is the context of its sentences: "what is the toolkit based on?" is answered
// in the toolkit by "Indholdet tager udgangspunkt i …", which never says "værktøjskasse".

const concept = (source: string, form: string, w = 0.85): Concept => ({
  source,
  forms: new Map([[termsWithParts(form)[0]!, w]]),
  idf: 3,
  weight: 1,
});
const concepts = [concept('toolkit', 'værktøjskasse'), concept('based on', 'udgangspunkt')];
const text =
  'Denne værktøjskasse kan anvendes af kommuner og foreninger. Indholdet tager udgangspunkt i erfaringer fra projektet Bro til hverdagslivet.';
const inDoc = (title: string): Chunk => ({ id: 'v#1', doc: 'v', title, section: 'Indledning', text });

describe('the document title as context', () => {
  it('makes the sentence with the rest of the question the answer', () => {
    expect(
      selectQuote(inDoc('Værktøjskasse: frivillig peer-støtte'), concepts, "what's the toolkit based on").best,
    ).toContain('udgangspunkt');
  });

  it('counts for nothing when the title does not name the concept', () => {
    expect(selectQuote(inDoc('Håndbog for frivillige'), concepts, "what's the toolkit based on").best).toContain(
      'Denne værktøjskasse',
    );
  });

  it("raises the passage's sentence evidence, at a share below the word itself", () => {
    const titled = sentenceEvidence(inDoc('Værktøjskasse'), concepts, 'x');
    const plain = sentenceEvidence(inDoc('Håndbog'), concepts, 'x');
    expect(titled).toBeGreaterThan(plain);
    expect(titled).toBeLessThan(1);
  });
});
