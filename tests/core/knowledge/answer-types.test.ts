import { describe, expect, it } from 'vitest';
import { answerTypeBoost, asksForAnswerType } from '../../../src/core/knowledge/sentence-evidence.js';

// The kinds of answer a question asks for, beyond numbers, dates and people.

describe('permission questions ("må jeg …?", "is it ok to …?")', () => {
  const q = 'er det ok at jeg kommer en time før min vagt';

  it('are answered by the sentence that says what you may or must not do', () => {
    expect(answerTypeBoost(q, 'Det betyder, at du ikke må møde op uden for den planlagte tid.')).toBeGreaterThan(1);
    expect(answerTypeBoost('can I hug a patient', '• Undlad fysisk kontakt som håndtryk eller kram')).toBeGreaterThan(1);
    expect(answerTypeBoost('må jeg sige nej', 'Du har altid mulighed for at takke nej til en samtale.')).toBeGreaterThan(1);
  });

  it('see "må" next to a Danish letter (JavaScript\'s \\b does not)', () => {
    expect(answerTypeBoost('må jeg give mit nummer', 'Du må ikke dele personoplysninger.')).toBeGreaterThan(1);
  });

  it('do not take "må" meaning "have to" for a rule', () => {
    expect(answerTypeBoost(q, 'Giv gerne besked direkte til din makker, hvis du må melde afbud tæt på vagtens start.')).toBe(1);
    expect(answerTypeBoost(q, 'Samtaler over telefon kræver særlig opmærksomhed.')).toBe(1);
  });
});

describe('definition questions ("hvad går X ud på?", "what does X mean?")', () => {
  it('are recognised, also typed without å', () => {
    expect(asksForAnswerType('underretningspligt, hvad går den ud på')).toBe(true);
    expect(asksForAnswerType('underretningspligt, hvad gaar den ud paa')).toBe(true);
    expect(asksForAnswerType('what does peer to peer mean')).toBe(true);
  });

  it('are answered by the sentence that says what something means', () => {
    const q = 'underretningspligt, hvad gaar den ud paa';
    expect(answerTypeBoost(q, 'Det betyder, at man har pligt til at reagere.')).toBeGreaterThan(1);
    expect(answerTypeBoost(q, 'Alle voksne i Danmark har underretningspligt.')).toBe(1);
  });
});
