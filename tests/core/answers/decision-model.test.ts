import { describe, expect, it } from 'vitest';
import { FEATURES } from '../../../src/core/answers/decision.js';
import { DECISION_MODEL } from '../../../src/core/answers/decision-model.js';

// The committed model names the features it was fitted on: a feature added, dropped or reordered in
// decision.ts without `npm run fit-decision -- --write` would silently weigh the wrong evidence.

describe('the committed decision model', () => {
  it('was fitted on the features decision.ts computes, in the same order', () => {
    expect(DECISION_MODEL.features).toEqual([...FEATURES]);
    for (const m of [DECISION_MODEL.lead, DECISION_MODEL.answerable]) {
      for (const v of [m.mean, m.scale, m.weights]) expect(v).toHaveLength(FEATURES.length);
    }
  });

  it('hedges below the plain-answer cut and abstains below the answerable cut, both inside 0..1', () => {
    expect(DECISION_MODEL.hedgeAt).toBeGreaterThan(0);
    expect(DECISION_MODEL.hedgeAt).toBeLessThan(1);
    expect(DECISION_MODEL.answerAt).toBeGreaterThan(0);
    expect(DECISION_MODEL.answerAt).toBeLessThan(1);
  });
});
