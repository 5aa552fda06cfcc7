import { CHILD_WORD } from './child-patterns.js';
import { SLOTS } from './slots.js';

// Concepts for the nearest-example signal: a report told in new words still names a person, a
// harm, a fear, a child at home. Each concept is one feature, so "skubbede" and "shoved" count as
// the same thing where character grams alone see nothing in common. On screeningForm() text.

const w = (...words: string[]) => new RegExp(String.raw`\b(?:${words.join('|')})\b`);

export const CONCEPTS: Record<string, RegExp> = {
  person: new RegExp(String.raw`\b${SLOTS.person}\b`),
  child: new RegExp(CHILD_WORD.source),
  worry: w('bekymr\\w*', 'urolig\\w*', 'utryg\\w*', 'nervoes', 'worr\\w*', 'concern\\w*', 'uneasy', 'anxious', 'fornemmelse', 'feeling', 'sidder i mig'),
  fear: w('bange', 'raed\\w*', 'angst\\w*', 'skraemt', 'scared', 'afraid', 'frightened', 'terrified', 'tryg', 'safe'),
  harm: w('slaa\\w*', 'slog', 'skub\\w*', 'spark\\w*', 'tru\\w*', 'kvael\\w*', 'kvalt', 'tae\\w*', 'bank\\w*', 'skad\\w*', 'overfald\\w*', 'hit\\w*', 'push\\w*', 'shov\\w*', 'kick\\w*', 'threat\\w*', 'hurt\\w*', 'harm\\w*', 'beat\\w*', 'punch\\w*', 'slap\\w*', 'grab\\w*', 'chok\\w*', 'strangl\\w*', 'attack\\w*', 'assault\\w*', 'abus\\w*', 'vold\\w*', 'violen\\w*', 'maerker', 'bruis\\w*', 'smadre\\w*', 'smash\\w*'),
  weapon: new RegExp(String.raw`\b${SLOTS.weapon}\b`),
  death: w('doe', 'doer', 'doed\\w*', 'liv', 'livet', 'leve', 'ihjel', 'draeb\\w*', 'selvmord\\w*', 'die', 'dies', 'dying', 'dead', 'death', 'life', 'live', 'living', 'kill\\w*', 'suicid\\w*', 'farvel', 'goodbye', 'piller', 'pills', 'tabletter', 'tablets'),
  home: w('hjemme', 'derhjemme', 'hjem', 'home', 'house', 'huset', 'lejlighed\\w*', 'flat', 'aften\\w*', 'nat', 'natten', 'night'),
  need: w('sult\\w*', 'mad', 'spise', 'hungry', 'starving', 'food', 'eat\\w*', 'alene', 'alone', 'beskidt', 'dirty', 'passer sig selv', 'own'),
  intoxicated: w('fuld\\w*', 'beruset', 'drikker', 'drak', 'druk\\w*', 'stoffer', 'hash', 'drunk', 'drink\\w*', 'drugs', 'high', 'wasted'),
  told: w('sagde', 'fortalte', 'naevnte', 'siger', 'fortaeller', 'said', 'told', 'says', 'tells', 'mentioned', 'admitted', 'confided'),
  asks: w('hvad', 'hvordan', 'hvem', 'hvornaar', 'maa jeg', 'kan jeg', 'skal jeg', 'what', 'how', 'who', 'when', 'may i', 'can i', 'should i', 'do i'),
  hypothetical: w('hvis', 'if', 'naar', 'when'),
  role: w('vagt\\w*', 'kursus\\w*', 'kørsel\\w*', 'koersel\\w*', 'orlov', 'afbud', 'tovholder\\w*', 'frivillig\\w*', 'shift\\w*', 'mileage', 'leave', 'training', 'volunteer\\w*', 'consultant', 'refusion', 'handbook', 'haandbog\\w*'),
};

/** The concepts a folded message names. */
export function conceptsOf(folded: string): string[] {
  return Object.entries(CONCEPTS)
    .filter(([, pattern]) => pattern.test(folded))
    .map(([name]) => name);
}
