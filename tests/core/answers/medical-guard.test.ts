import { describe, expect, it } from 'vitest';
import { isMedicalAdviceQuestion } from '../../../src/core/answers/medical-guard.js';

// A symptom told in the story is what happened; the asking clause decides whether the volunteer
// asks for medical advice.

describe('isMedicalAdviceQuestion', () => {
  it('answers a confidentiality question whose story mentions a heart attack', () => {
    expect(
      isMedicalAdviceQuestion(
        'a patient talked a lot about his heart attack and being afraid of dying, may I tell my husband about it?',
      ),
    ).toBe(false);
  });
  it('still turns a symptom question to the doctor when the asking clause names the symptom', () => {
    expect(isMedicalAdviceQuestion('my dad had a heart attack last year, what are the symptoms to look out for?')).toBe(
      true,
    );
    expect(isMedicalAdviceQuestion('what are the symptoms of a heart attack?')).toBe(true);
  });
  it('reads the whole story when the question names nothing ("hvad gør jeg?")', () => {
    expect(isMedicalAdviceQuestion('min patient har fået brystsmerter og sveder meget, hvad gør jeg nu?')).toBe(true);
  });
  it('knows Danish medicine compounds', () => {
    expect(
      isMedicalAdviceQuestion(
        'min mand har fået ny blodtryksmedicin og er blevet svimmel, skal han holde op med at tage den?',
      ),
    ).toBe(true);
    expect(isMedicalAdviceQuestion('må patienten tage sine hjertepiller før samtalen?')).toBe(true);
  });
});
