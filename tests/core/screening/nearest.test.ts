import { describe, expect, it } from 'vitest';
import { NEAREST_ENTRY, OFFER_RULE_FILES, screenForConcern } from '../../../src/core/screening/concern.js';
import { loadTuning, NearestBank, ruleBank } from '../../../src/core/screening/nearest.js';
import { fitOn, nestedCrossValidation } from '../../../src/core/screening/nearest-fit.js';
import { ROUTE_RULE_FILES, screenForSafety } from '../../../src/core/screening/safety.js';

describe('nearest-example signal (offer tier)', () => {
  const bank = ruleBank(OFFER_RULE_FILES, ROUTE_RULE_FILES);

  it('uses the committed thresholds, which the fitting code reproduces from the data', () => {
    const tuning = loadTuning();
    expect(fitOn(bank)).toEqual({ minReport: tuning.minReport, minMargin: tuning.minMargin });
    expect(nestedCrossValidation(bank, 5)).toEqual(tuning.provenance.crossValidation);
  });

  it('offers /bekymring for a report no phrase knows, and never routes it', () => {
    const message = 'han sagde han har fået nok af det hele og har givet sin hund væk';
    expect(screenForSafety(message).route).toBeNull();
    expect(screenForConcern(message)).toEqual({ offer: true, reasons: ['nearest'], entries: [NEAREST_ENTRY] });
  });

  it.each([
    'Må jeg tage mine egne børn med til sommerfesten for frivillige?',
    'Can I get reimbursed for parking at the hospital?',
    'Hvor lang tid tager introduktionen for nye frivillige?',
    'What do I say if a relative asks about visiting hours?',
  ])('leaves an ordinary question alone: %s', (q) => {
    expect(screenForConcern(q).offer).toBe(false);
  });

  it('is nearer the reports than the calm side for a message close to an example', () => {
    const sim = new NearestBank(bank).similarity('hun fortalte at kæresten skubbede hende ind i døren');
    expect(sim.report).toBeGreaterThan(sim.calm);
  });
});
