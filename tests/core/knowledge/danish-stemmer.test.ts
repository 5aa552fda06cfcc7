import { describe, expect, it } from 'vitest';
import { stemDanish } from '../../../src/core/knowledge/query/danish-stemmer.js';

describe('stemDanish (Snowball Danish)', () => {
  it.each([
    ['adspurgt', 'adspurg'],
    ['frivillige', 'frivil'],
    ['frivillig', 'frivil'],
    ['vagter', 'vagt'],
    ['vagten', 'vagt'],
    ['hospitalerne', 'hospital'],
    ['samtaler', 'samtal'],
    ['samtalen', 'samtal'],
    ['opgaver', 'opgav'],
    ['lykkeligst', 'lyk'],
    ['løst', 'løst'],
    ['kærligheden', 'kær'],
  ])('stems %s to %s', (word, expected) => {
    expect(stemDanish(word)).toBe(expected);
  });

  it('brings inflections of one word together', () => {
    expect(stemDanish('registreres')).toBe(stemDanish('registrere'));
    expect(stemDanish('tavshedspligten')).toBe(stemDanish('tavshedspligt'));
  });

  it('leaves words shorter than three letters alone and lower-cases', () => {
    expect(stemDanish('på')).toBe('på');
    expect(stemDanish('Orlov')).toBe('orlov');
  });
});
