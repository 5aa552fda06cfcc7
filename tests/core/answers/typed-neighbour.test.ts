import { describe, expect, it } from 'vitest';
import { composeExtractive, selectQuote } from '../../../src/core/answers/extractive.js';
import { termsWithParts } from '../../../src/core/knowledge/query/analyzer.js';
import type { Concept } from '../../../src/core/knowledge/query/query.js';
import type { SearchHit } from '../../../src/core/knowledge/rank/hybrid-retriever.js';
import { answerTypeBoost } from '../../../src/core/knowledge/rank/sentence-evidence.js';
import type { Chunk } from '../../../src/core/types.js';

// "Hvad skal jeg gøre …?" asks for an instruction; the section that describes the problem often
// gives it in its next chunk.

const concepts = (...words: string[]): Concept[] =>
  words.map((w) => ({ source: w, forms: new Map([[termsWithParts(w)[0]!, 1]]), idf: 3, weight: 1 }));
const chunk = (n: number, section: string, text: string): Chunk => ({
  id: `haandbog#${n}`,
  doc: 'haandbog',
  title: 'Håndbog',
  section,
  text,
});
const hit = (c: Chunk, score: number): SearchHit => ({
  chunk: c,
  score,
  coverage: 0.9,
  matched: 2,
  lexical: score,
  similarity: 0.3,
  bankSimilarity: 0,
  bankCoverage: 0,
  classProbability: 0,
});

const SECTION = 'Grænseoverskridende adfærd';
const EXAMPLES = chunk(17, SECTION, 'Det kan fx være nedsættende kommentarer eller seksuelle hentydninger.');
const INSTRUCTION = chunk(
  18,
  SECTION,
  'Hvis du oplever hentydninger, er det vigtigt, at du siger til. Vi tager alle henvendelser alvorligt.',
);
const OTHER_SECTION = chunk(19, 'Hygiejne', 'Sprit hænder før og efter hver samtale, også ved seksuelle hentydninger.');

describe('instructions as an answer type', () => {
  it('counts "er det vigtigt, at du …" and present-tense list items as instructions', () => {
    const q = 'hvad skal jeg gøre hvis nogen kommer med hentydninger';
    expect(answerTypeBoost(q, 'Hvis du oplever det, er det vigtigt, at du siger til.')).toBeGreaterThan(1);
    expect(answerTypeBoost(q, '• Reagerer, hvis noget ikke føles rigtigt.')).toBeGreaterThan(1);
    expect(answerTypeBoost(q, 'Det kan fx være nedsættende kommentarer.')).toBe(1);
  });
});

describe('the next chunk of the same section', () => {
  const question = 'hvad skal jeg gøre ved seksuelle hentydninger';
  const compose = (section: Chunk[]) =>
    composeExtractive({
      lang: 'da',
      question,
      top: hit(EXAMPLES, 1),
      hits: [hit(EXAMPLES, 1)],
      concepts: concepts('seksuelle', 'hentydninger'),
      titleOf: (c) => c.title,
      section,
    });

  it('is quoted and cited when it holds the instruction the top chunk lacks', () => {
    const a = compose([EXAMPLES, INSTRUCTION]);
    expect(a.cited).toEqual([EXAMPLES, INSTRUCTION]);
    expect(a.text).toContain('er det vigtigt, at du siger til');
  });

  it('is not taken from another section, nor when the section has no instruction', () => {
    expect(compose([EXAMPLES, OTHER_SECTION]).cited).toEqual([EXAMPLES]);
    expect(compose([EXAMPLES]).cited).toEqual([EXAMPLES]);
  });
});

describe('why and what-happens questions', () => {
  const CLOTHES = chunk(
    43,
    'Tøj og navneskilt',
    'Når du er på vagt, skal du bære det udleverede tøj og dit navneskilt. Det gør det tydeligt, hvem du er, og skaber tryghed for alle. Tøjet vaskes af dig selv.',
  );

  it('quote the reason that follows the rule, though it shares no word with the question', () => {
    const why = selectQuote(CLOTHES, concepts('tøj', 'vagt'), 'hvorfor skal jeg have tøjet på på vagt');
    expect(why.text).toContain('skaber tryghed');
    const what = selectQuote(CLOTHES, concepts('tøj', 'vagt'), 'hvad skal jeg have på på vagt');
    expect(what.text).not.toContain('skaber tryghed');
  });

  it('count the consequence as the answer to "hvad sker der, hvis …"', () => {
    const q = 'hvad sker der hvis jeg ikke kommer til møderne';
    expect(
      answerTypeBoost(q, 'Hvis du gentagne gange ikke deltager, vil du blive inviteret til en dialog.'),
    ).toBeGreaterThan(1);
    expect(answerTypeBoost(q, 'Møderne holdes flere gange om året.')).toBe(1);
  });
});

describe('a sentence that points back ("Det betyder, at …")', () => {
  const DUTY = chunk(
    50,
    'Underretningspligt',
    'Derfor er vi forpligtet til at forholde os til underretningspligt. Alle voksne i Danmark har underretningspligt. Det betyder, at man har pligt til at reagere, hvis et barn ikke trives. Hvis du bliver bekymret, kan du tale med din konsulent.',
  );

  it('answers "hvad går X ud på?" with the sentence it points to', () => {
    const q = selectQuote(DUTY, concepts('underretningspligt'), 'underretningspligt, hvad gaar den ud paa');
    expect(q.text).toContain('pligt til at reagere');
    expect(q.text).toContain('Alle voksne i Danmark har underretningspligt. Det betyder');
  });

  it('is not quoted for a question that does not ask what something means', () => {
    expect(
      selectQuote(DUTY, concepts('underretningspligt', 'konsulent'), 'hvem taler jeg med om underretningspligt').text,
    ).not.toContain('pligt til at reagere');
  });
});

describe('the neighbour of the top passage', () => {
  const question = 'hvad skal jeg gøre ved seksuelle hentydninger';
  const NEXT_SECTION = chunk(18, 'Hvad kan du gøre?', 'Hvis du oplever hentydninger, er det vigtigt, at du siger til.');
  const near = (similarity: number, coverage: number): SearchHit => ({
    ...hit(NEXT_SECTION, 0.9),
    similarity,
    coverage,
  });
  const compose = (h: SearchHit) =>
    composeExtractive({
      lang: 'da',
      question,
      top: hit(EXAMPLES, 1),
      hits: [hit(EXAMPLES, 1), h],
      concepts: concepts('seksuelle', 'hentydninger'),
      titleOf: (c) => c.title,
      section: [EXAMPLES],
    });

  it("from the next section is quoted when it holds the question's concepts, however far in vector space", () => {
    expect(compose(near(0.05, 0.5)).cited).toEqual([EXAMPLES, NEXT_SECTION]);
  });

  it('is not quoted when it holds too little of the question', () => {
    expect(compose(near(0.9, 0.2)).cited).toEqual([EXAMPLES]);
  });
});
