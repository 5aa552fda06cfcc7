import { describe, expect, it } from 'vitest';
import { OFFER_RULES, screenForConcern } from '../../../src/core/screening/concern.js';
import { compilePhrase, loadRouteFile, loadRuleFile } from '../../../src/core/screening/rules.js';
import { explainSafety, ROUTE_RULE_FILES, screenForSafety } from '../../../src/core/screening/safety.js';

// Tests derived from the reviewed data in config/screening/*.json: every example sets off its own
// entry (not just any entry), and every near-miss stays calm on both screens.

const cases = OFFER_RULES.flatMap((rule) => rule.examples.map((example) => ({ id: rule.id, example })));
const calm = OFFER_RULES.flatMap((rule) => rule.nearMisses.map((nearMiss) => ({ id: rule.id, nearMiss })));

describe('screening rules as data: offer tier', () => {
  it('has entries in every file, each with examples and near-misses', () => {
    expect(new Set(OFFER_RULES.map((r) => r.reason))).toEqual(
      new Set(['concern-words', 'worried', 'child-home', 'harm-happened']),
    );
  });

  it.each(cases)('$id fires on its example: $example', ({ id, example }) => {
    const screen = screenForConcern(example);
    expect(screen.offer).toBe(true);
    expect(screen.entries).toContain(id);
  });

  it.each(calm)('$id leaves its near-miss calm: $nearMiss', ({ nearMiss }) => {
    expect(screenForConcern(nearMiss)).toEqual({ offer: false, reasons: [], entries: [] });
    expect(screenForSafety(nearMiss).route).toBeNull();
  });
});

describe('the phrase grammar', () => {
  it('folds Danish letters and reads optional words, alternatives, endings and slots', () => {
    expect(compilePhrase('tage sit [eget] liv', 't')).toBe('tage sit(?: (?:eget))? liv');
    expect(compilePhrase('slår (ham|børnene)', 't')).toBe('slaar (?:ham|boernene)');
    expect(compilePhrase('selvmord*', 't')).toBe(String.raw`selvmord\w*`);
    expect(compilePhrase('bekymret for {pron3}', 't')).toContain('(?:han|hun|');
  });

  it('refuses an unknown slot, naming the entry', () => {
    expect(() => compilePhrase('bekymret for {persn}', 'worried.json → x')).toThrow(
      /worried.json → x: unknown slot \{persn\}/,
    );
  });

  it('refuses a rule file that is not valid, naming the field', () => {
    expect(() => loadRuleFile('../directory.json')).toThrow(/config\/screening\/..\/directory.json: (reason|entries)/);
  });
});

describe('screening rules as data: route tier', () => {
  const routeRules = ROUTE_RULE_FILES.flatMap((f) => loadRouteFile(f));
  const examples = routeRules.flatMap((rule) =>
    rule.examples.map((example) => ({ id: rule.id, signal: rule.signal, example })),
  );
  const nearMisses = routeRules.flatMap((rule) => rule.nearMisses.map((nearMiss) => ({ id: rule.id, nearMiss })));

  it.each(examples)('$id routes its example because of its own entry: $example', ({ id, signal, example }) => {
    const { screen, rules } = explainSafety(example);
    expect(screen.route).not.toBeNull();
    expect(screen.signals).toContain(signal);
    expect(rules).toContain(id);
  });

  it.each(nearMisses)('$id does not route its near-miss: $nearMiss', ({ nearMiss }) => {
    expect(screenForSafety(nearMiss).route).toBeNull();
  });
});
