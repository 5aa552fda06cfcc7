import { describe, expect, it } from 'vitest';
import type { Concept } from '../../../src/core/knowledge/query/query.js';
import { answerTypeBoost, asksForAnswerType } from '../../../src/core/knowledge/rank/sentence-evidence.js';

// The kinds of answer a question asks for, beyond numbers, dates and people.

describe('permission questions ("må jeg …?", "is it ok to …?")', () => {
  const q = 'er det ok at jeg kommer en time før min vagt';

  it('are answered by the sentence that says what you may or must not do', () => {
    expect(answerTypeBoost(q, 'Det betyder, at du ikke må møde op uden for den planlagte tid.')).toBeGreaterThan(1);
    expect(answerTypeBoost('can I hug a patient', '• Undlad fysisk kontakt som håndtryk eller kram')).toBeGreaterThan(
      1,
    );
    expect(
      answerTypeBoost('må jeg sige nej', 'Du har altid mulighed for at takke nej til en samtale.'),
    ).toBeGreaterThan(1);
  });

  it('see "må" next to a Danish letter (JavaScript\'s \\b does not)', () => {
    expect(answerTypeBoost('må jeg give mit nummer', 'Du må ikke dele personoplysninger.')).toBeGreaterThan(1);
  });

  it('do not take "må" meaning "have to" for a rule', () => {
    expect(
      answerTypeBoost(q, 'Giv gerne besked direkte til din makker, hvis du må melde afbud tæt på vagtens start.'),
    ).toBe(1);
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

describe('person questions ("hvem …?", "who …?")', () => {
  it('are answered by a name or a role, not by any two words', () => {
    const q = 'hvem skal jeg så kontakte?';
    expect(
      answerTypeBoost(q, '• Du skal ikke vurdere situationen alene – kontakt altid din tovholder eller konsulent'),
    ).toBeGreaterThan(1);
    expect(answerTypeBoost(q, 'Ring til Mia Jandrup.')).toBeGreaterThan(1);
    expect(
      answerTypeBoost('who do i tell', 'Tovholderen melder aflysningen til afdelingens kontaktperson.'),
    ).toBeGreaterThan(1);
    expect(answerTypeBoost('who do i tell', 'Giv gerne besked direkte til din makker.')).toBeGreaterThan(1);
    // Under the i flag \p{Lu} matched any letter, so every sentence looked like a name.
    expect(
      answerTypeBoost(q, 'Som frivillig støtte kan du komme i kontakt med mennesker i alvorlige livskriser.'),
    ).toBe(1);
  });
});

describe('"what if …?" questions', () => {
  it('are answered by what to do', () => {
    expect(asksForAnswerType('what if a parent tells me their child is not doing well')).toBe(true);
    expect(
      answerTypeBoost(
        'what if a parent tells me their child is not doing well',
        '• Tal med din konsulent – du kan altid kontakte din konsulent.',
      ),
    ).toBeGreaterThan(1);
    expect(
      answerTypeBoost(
        'hvad hvis en forælder fortæller noget bekymrende',
        'Alle voksne i Danmark har underretningspligt.',
      ),
    ).toBe(1);
  });
});

describe('a role the question itself names', () => {
  it('is its subject, not the person who answers it', () => {
    const otherVolunteers: Concept = {
      source: 'the other volunteers',
      forms: new Map([['mak', 0.85]]),
      idf: 3,
      weight: 1,
    };
    const q = 'who are the other volunteers in the group';
    expect(answerTypeBoost(q, 'Giv gerne besked direkte til din makker.', [otherVolunteers])).toBe(1);
    expect(answerTypeBoost(q, 'Tovholderen er kontaktperson for din makker.', [otherVolunteers])).toBeGreaterThan(1);
  });
});
