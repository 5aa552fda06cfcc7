import { describe, expect, it } from 'vitest';
import { answerQuestion, cleanQuestion, searchForAnswer } from '../../../src/core/answers/answer-question.js';
import { decide } from '../../../src/core/answers/decision.js';
import { ANSWER_TEXTS } from '../../../src/core/answers/texts.js';
import { detectLanguage } from '../../../src/core/language.js';
import { silentLogger as logger, useRealKnowledge } from './knowledge-fixture.js';

// The middle band (decision.ts): answerable, but not sure of the passage: a hedged answer with a citation.

describe('answerQuestion, tentative answers', () => {
  const knowledge = useRealKnowledge();
  const ask = (q: string) => answerQuestion(q, { knowledge: knowledge(), logger });
  /** Asserts the question really lands in the band, so the tests below test the band. */
  const inBand = async (q: string) => {
    const { hits, asked } = await searchForAnswer(cleanQuestion(q), detectLanguage(q), {
      knowledge: knowledge(),
      logger,
    });
    expect(decide(hits, asked).kind).toBe('hedge');
  };
  /** A band question: hedged lead, a cited quote, the tovholder/consultant at the end. */
  const hedged = async (q: string, lang: 'da' | 'en') => {
    await inBand(q);
    const r = await ask(q);
    expect(r.abstained).toBe(false);
    expect(r.lang).toBe(lang);
    expect(r.text.startsWith(ANSWER_TEXTS[lang].tentativeLead)).toBe(true);
    expect(r.text.endsWith(ANSWER_TEXTS[lang].tentativeClose)).toBe(true);
    expect(r.citations.length).toBeGreaterThan(0);
    return r;
  };

  it('answers a clearly covered question without the hedge, in both languages', async () => {
    const da = await ask('Hvor længe kan jeg holde orlov?');
    expect(da.abstained).toBe(false);
    expect(da.text).not.toContain(ANSWER_TEXTS.da.tentativeLead);
    expect(da.text).not.toContain(ANSWER_TEXTS.da.tentativeClose);
    const en = await ask('May I take notes during my conversations with patients?');
    expect(en.abstained).toBe(false);
    expect(en.text).not.toContain(ANSWER_TEXTS.en.tentativeLead);
  });

  it('gives a band question in Danish the hedged lead, the cited quote and the consultant', async () => {
    const r = await hedged('må jeg ringe fra mit arbejde?', 'da');
    expect(r.text).toContain('Fra "Håndbog for frivillige støtter"');
    expect(r.citations[0]).toMatchObject({
      doc: 'haandbog-frivillig-stoette',
      section: 'Til dig, der har samtaler over telefon',
    });
  });

  it('gives a band question in English the English hedge and a citation', async () => {
    const r = await hedged('can I call patients from my office?', 'en');
    expect(r.text).toContain('tovholder');
    expect(r.text).toContain('quoted from the Danish original');
  });

  it('still abstains on off-topic questions, in both languages', async () => {
    for (const [q, lang] of [
      ['hvem vandt Tour de France', 'da'],
      ['kan du booke et møde med min chef', 'da'],
      ['who won the tour de france this year?', 'en'],
      ['how do I reset my iphone password', 'en'],
    ] as const) {
      const r = await ask(q);
      expect(r.abstained, q).toBe(true);
      expect(r.text, q).toBe(ANSWER_TEXTS[lang].abstain);
      expect(r.citations, q).toEqual([]);
    }
  });

  it('refuses a medical question even when its passage would be in the band', async () => {
    // This ICD question shares three concepts with a passage at vector similarity 0.37.
    const en = await ask('Should a patient with an ICD avoid using a mobile phone?');
    expect(en.abstained).toBe(true);
    expect(en.text).toBe(ANSWER_TEXTS.en.medical);
    const da = await ask('Hvor meget hjertemagnyl skal min mand tage om dagen?');
    expect(da.abstained).toBe(true);
    expect(da.text).toBe(ANSWER_TEXTS.da.medical);
  });
});
