import { describe, expect, it } from 'vitest';
import { screenForConcern } from '../../../src/core/screening/concern.js';
import { screeningForm } from '../../../src/core/screening/normalize.js';
import { loadNotLiteral, setAsideSignals } from '../../../src/core/screening/not-literal.js';
import { explainSafety } from '../../../src/core/screening/safety.js';
import { screenWholeText } from '../../../src/core/screening/screen-whole.js';

// Derived from config/screening/not-literal.json: each example's alarm words are set aside by its
// own entry (offered, not routed); each near miss, a real report told nearby, still routes.

const entries = loadNotLiteral();
const examples = entries.flatMap((e) => e.examples.map((example) => ({ id: e.id, example })));
const nearMisses = entries.flatMap((e) => e.nearMisses.map((nearMiss) => ({ id: e.id, nearMiss })));

describe('alarm words told as a joke or about a film', () => {
  it.each(examples)('$id sets aside its example: $example', ({ id, example }) => {
    const entry = entries.find((e) => e.id === id)!;
    expect(screeningForm(example)).toMatch(entry.pattern);
    const { screen, rules } = explainSafety(example);
    expect(screen.route).toBeNull();
    expect(screen.setAside).toBe(true);
    expect(rules.some((r) => r.endsWith(':set-aside'))).toBe(true);
  });

  it.each(nearMisses)('$id still routes its near miss: $nearMiss', ({ nearMiss }) => {
    expect(screenWholeText(nearMiss).route).not.toBeNull();
  });

  it('gives offer words in a joke or a film sentence no offer of their own', () => {
    const joke =
      'Min nabo jokede med at ringe efter politiet hvis jeg spillede musik igen, haha. Hvornår er næste ERFA-møde?';
    expect(screenForConcern(joke).entries).not.toContain('emergency-words');
    const plain = 'Min nabo ringede efter politiet i går. Hvornår er næste ERFA-møde?';
    expect(screenForConcern(plain).entries).toContain('emergency-words');
  });

  it('sets aside only words of dying in a fear of the operation; offer words there still count', () => {
    const fear = 'Han skal opereres i morgen og siger, at han nok ikke vil vågne op igen.';
    expect([...setAsideSignals(screeningForm(fear))]).toEqual(['suicide']);
    const worried = "I'm worried about his 8-year-old who is home alone while he is having a bypass.";
    expect(screenForConcern(worried).entries).toContain('worried-about-someone-en');
    expect(screenWholeText(worried).route).toBe('underretningspligt');
  });

  it('never sets aside an emergency happening now', () => {
    const message = 'haha nej, han er lige faldet om og trækker ikke vejret, ring 112';
    expect(setAsideSignals(screeningForm(message)).size).toBeGreaterThan(0);
    expect(screenWholeText(message).route).toBe('afvaergepligt');
  });
});
