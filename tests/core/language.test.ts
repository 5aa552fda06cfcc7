import { describe, expect, it } from 'vitest';
import { detectLanguage } from '../../src/core/language.js';

describe('detectLanguage', () => {
  it.each([
    'Må jeg tage noter under en samtale?',
    'hvor længe kan man have orlov',
    'jeg er syg, hvad med min vagt?',
    'orlov?',
    'kan jeg få penge for benzin',
    'hvordn ringr jeg med skjult nummer',
    'ERFA-møder?',
    'Hej',
    '',
  ])('reads %j as Danish', (q) => {
    expect(detectLanguage(q)).toBe('da');
  });

  it.each([
    'May I take notes during my conversations with patients?',
    'what about leave?',
    'im sick and cant do my shift tomorrow',
    'can i hug a patient',
    'Who is the volunteer consultant for Region South?',
    'mileage?',
    'how do I call without showing my number',
    'wat shoud i wear on the ward',
  ])('reads %j as English', (q) => {
    expect(detectLanguage(q)).toBe('en');
  });
});
