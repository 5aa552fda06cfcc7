import { describe, expect, it } from 'vitest';
import { words } from '../../../src/core/knowledge/query/analyzer.js';
import { colloquialToWritten } from '../../../src/core/knowledge/query/colloquial.js';
import { BACKGROUND_WEIGHT, questionFocus } from '../../../src/core/knowledge/query/question-focus.js';

const weightOf = (text: string, word: string) => {
  const f = questionFocus(text);
  return f.weights[f.tokens.indexOf(word)];
};

describe('questionFocus', () => {
  const story =
    'hej, jeg har været frivillig et stykke tid men nu er min mand blevet syg og jeg har travlt, så jeg tænker på om jeg kan holde orlov, hvordan gør jeg?';

  it('keeps every word of the message, in order', () => {
    expect(questionFocus(story).tokens).toEqual(words(story));
  });

  it('weighs the clause that asks fully and the story around it as background', () => {
    expect(weightOf(story, 'orlov')).toBe(1);
    expect(weightOf(story, 'mand')).toBe(BACKGROUND_WEIGHT);
    expect(weightOf(story, 'syg')).toBe(BACKGROUND_WEIGHT);
  });

  it('leaves a short question whole', () => {
    const q = 'min makker er syg, må jeg tage vagten alene?';
    expect(new Set(questionFocus(q).weights)).toEqual(new Set([1]));
  });

  it('leaves a long message whole when no clause asks', () => {
    const q =
      'jeg har været frivillig i mange år og min mand er blevet syg og jeg har meget travlt med børnene for tiden';
    expect(new Set(questionFocus(q).weights)).toEqual(new Set([1]));
  });
});

describe('colloquialToWritten', () => {
  it('reads chat spellings as the written word and leaves other words alone', () => {
    expect(['ha', 'gi', 'ka', 'ik', 'u', 'pls', 'orlov'].map(colloquialToWritten)).toEqual([
      'have',
      'give',
      'kan',
      'ikke',
      'you',
      'please',
      'orlov',
    ]);
  });
});

describe('questionFocus: a message that tells and asks', () => {
  const clauseOf = (text: string, word: string) => {
    const f = questionFocus(text);
    return f.clauses?.[f.tokens.indexOf(word)];
  };

  it('starts a new clause at "og jeg"/"and I", and marks which clauses tell the story', () => {
    const q = 'min datter har fødselsdag på lørdag og jeg kan ikke tage vagten, hvad gør jeg?';
    const f = questionFocus(q);
    expect(clauseOf(q, 'lørdag')).not.toBe(clauseOf(q, 'vagten'));
    expect(f.story?.[clauseOf(q, 'fødselsdag')!]).toBe(true);
    expect(f.story?.[clauseOf(q, 'hvad')!]).toBe(false);
    // "hvad gør jeg?" names nothing: the story is the question.
    expect(f.askHasContent).toBe(false);
  });

  it('keeps "skal jeg så …" one asking clause, the final question mark included', () => {
    const q = 'jeg er blevet forkølet og snotter, skal jeg så stadig komme på vagt i morgen?';
    const f = questionFocus(q);
    expect(clauseOf(q, 'skal')).toBe(clauseOf(q, 'vagt'));
    expect(f.story?.[clauseOf(q, 'vagt')!]).toBe(false);
    expect(f.story?.[clauseOf(q, 'snotter')!]).toBe(true);
    expect(f.askHasContent).toBe(true);
  });

  it('reads "jeg kan ikke …" as telling and "kan jeg …" as asking', () => {
    const f = questionFocus('jeg kan ikke komme på lørdag, kan jeg bytte vagten med nogen?');
    expect(f.story).toEqual([true, false]);
    expect(f.askHasContent).toBe(true);
  });

  it('takes a short question that points back ("er det et problem?") to ask about the story', () => {
    const q = 'jeg kan ikke komme til erfa mødet i næste uge pga arbejde, er det et problem?';
    const f = questionFocus(q);
    expect(f.askHasContent).toBe(false);
    // The story is the question: it is not background.
    expect(weightOf(q, 'erfa')).toBe(1);
  });

  it('gives no clauses to a message that only asks', () => {
    expect(questionFocus('hvor længe kan jeg holde orlov, og skal jeg sige det til nogen?').clauses).toBeUndefined();
  });
});
