import { describe, expect, it } from 'vitest';
import { BACKGROUND_WEIGHT, questionFocus } from '../../../src/core/knowledge/question-focus.js';
import { colloquialToWritten } from '../../../src/core/knowledge/colloquial.js';
import { words } from '../../../src/core/knowledge/analyzer.js';

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
    const q = 'jeg har været frivillig i mange år og min mand er blevet syg og jeg har meget travlt med børnene for tiden';
    expect(new Set(questionFocus(q).weights)).toEqual(new Set([1]));
  });
});

describe('colloquialToWritten', () => {
  it('reads chat spellings as the written word and leaves other words alone', () => {
    expect(['ha', 'gi', 'ka', 'ik', 'u', 'pls', 'orlov'].map(colloquialToWritten)).toEqual(['have', 'give', 'kan', 'ikke', 'you', 'please', 'orlov']);
  });
});
