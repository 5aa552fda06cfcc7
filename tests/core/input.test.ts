import { describe, expect, it } from 'vitest';
import { MAX_MESSAGE_CHARS, sanitizeMessage } from '../../src/core/input.js';
import { smallTalk } from '../../src/core/small-talk.js';

describe('sanitizeMessage', () => {
  it('passes an ordinary question through unchanged', () => {
    expect(sanitizeMessage('Må jeg tage noter?')).toEqual({ ok: true, text: 'Må jeg tage noter?', lang: 'da' });
  });

  it('detects English', () => {
    expect(sanitizeMessage('May I take notes during my conversations?')).toMatchObject({ ok: true, lang: 'en' });
  });

  it('removes control, zero-width and bidi characters and emoji, keeping the words', () => {
    const r = sanitizeMessage('\u202eMå\u200b jeg\u0007 tage\u0000 noter? 🙂👍🏽');
    expect(r).toEqual({ ok: true, text: 'Må jeg tage noter?', lang: 'da' });
  });

  it('keeps line breaks (sentences matter to the safety screen) but not runs of them', () => {
    expect(sanitizeMessage('Hej\r\n\r\n\r\nHvor længe kan jeg holde orlov?')).toMatchObject({
      text: 'Hej\nHvor længe kan jeg holde orlov?',
    });
  });

  it('decomposed æøå become the composed letters', () => {
    expect(sanitizeMessage('Ma\u030a jeg?')).toMatchObject({ text: 'Må jeg?' });
  });

  it.each([
    ['', 'empty', 'Din besked er tom'],
    ['   \n\t  ', 'empty', 'Din besked er tom'],
    ['\u200b\u200b', 'empty', 'Din besked er tom'],
    ['🙂', 'only_symbols', 'emojis eller tegn alene'],
    ['?!…', 'only_symbols', 'emojis eller tegn alene'],
    ['\u0000\u0001\u0002PNG\u0003\u0004\u0005\u0006\u0007\u0008', 'binary', 'binære data'],
    ['\ufffd\ufffd\ufffd\ufffdJFIF\ufffd\ufffd\ufffd\ufffd', 'binary', 'binære data'],
  ])('%j → %s with a clear reply', (input, problem, reply) => {
    const r = sanitizeMessage(input);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.problem).toBe(problem);
    expect(r.reply).toContain(reply);
  });

  it.each([null, undefined, 42, {}, ['a']])('non-text %j → a clear reply', (input) => {
    expect(sanitizeMessage(input)).toMatchObject({ ok: false, problem: 'not_text' });
  });

  it('50 kB → too long, in the writer’s language, with the whole text kept for screening', () => {
    const r = sanitizeMessage(`How long can I take leave? ${'really '.repeat(7500)}`);
    expect(r).toMatchObject({ ok: false, problem: 'too_long', lang: 'en' });
    if (r.ok) return;
    expect(r.reply).toContain('Your message is too long for me');
    expect(r.text!.length).toBeGreaterThan(MAX_MESSAGE_CHARS);
    expect(r.text!.endsWith('really')).toBe(true);
  });

  it('exactly the maximum is fine', () => {
    expect(sanitizeMessage('a'.repeat(MAX_MESSAGE_CHARS)).ok).toBe(true);
  });
});

describe('smallTalk', () => {
  it.each([
    ['Hej', 'greeting'],
    ['hej!', 'greeting'],
    ['Godmorgen', 'greeting'],
    ['Hello there', 'greeting'],
    ['Mange tak!', 'thanks'],
    ['thank you so much', 'thanks'],
    ['/hjælp', 'help'],
    ['Hvad kan du?', 'help'],
    ['what can you do?', 'help'],
  ])('%s → %s', (text, kind) => {
    expect(smallTalk(text)).toBe(kind);
  });
  it.each([
    'Hej, må jeg tage noter?',
    'tak for i dag, men hvor længe kan jeg holde orlov?',
    'Hjælp, en patient vil tage sit liv',
  ])('not small talk: %s', (text) => {
    expect(smallTalk(text)).toBeUndefined();
  });
});
