import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bankFiles } from '../../../src/core/knowledge/ingest/question-bank.js';
import { OFFER_MODEL_ENTRY, screenForConcern } from '../../../src/core/screening/concern.js';
import { loadOfferModel, offerProbability } from '../../../src/core/screening/offer-model.js';
import { screenForSafety } from '../../../src/core/screening/safety.js';

// The offer model (npm run fit-offer): the committed file is a fitted one, reaching reports and
// sparing ordinary volunteer questions, and it only ever adds the offer, never a route.

const model = loadOfferModel();
const examples = JSON.parse(readFileSync('config/screening/nearest-examples.json', 'utf8')) as {
  reports: string[];
  calm: string[];
};

describe('offer model', () => {
  it('offers on most written reports and on few ordinary questions', async () => {
    const share = (texts: string[]) =>
      texts.filter((t) => offerProbability(t, model) >= model.offerAt).length / texts.length;
    expect(share(examples.reports)).toBeGreaterThanOrEqual(0.6);
    const ordinary = (await bankFiles('knowledge')).flatMap((f) =>
      readFileSync(join('knowledge', f), 'utf8')
        .split('\n')
        .filter((l) => l.trim())
        .map((l) => (JSON.parse(l) as { q: string }).q),
    );
    expect(share(ordinary)).toBeLessThanOrEqual(0.03);
  });

  it('is the second net: a report no phrase catches gets the offer from the model', () => {
    const caught = examples.reports.filter((t) => screenForConcern(t).entries.includes('offer-model'));
    expect(caught.length).toBeGreaterThan(0);
  });

  it('offers /bekymring for a report no phrase knows, and never routes it', () => {
    const message = 'han sagde han har fået nok af det hele og har givet sin hund væk';
    expect(screenForSafety(message).route).toBeNull();
    expect(screenForConcern(message)).toEqual({ offer: true, reasons: ['model'], entries: [OFFER_MODEL_ENTRY] });
  });

  it.each([
    'Må jeg tage mine egne børn med til sommerfesten for frivillige?',
    'Can I get reimbursed for parking at the hospital?',
    'Hvor lang tid tager introduktionen for nye frivillige?',
    'What do I say if a relative asks about visiting hours?',
  ])('leaves an ordinary question alone: %s', (q) => {
    expect(screenForConcern(q).offer).toBe(false);
  });

  // Standardised sparse features once gave these 0.83–1.0: a rare or absent feature weighed most.
  it.each(['xyzzy', 'Copenhagen Christmas', 'Er det obligatorisk?', 'will it snow on Christmas?'])(
    'gives a short message with nothing it knows a low score: %s',
    (q) => {
      expect(offerProbability(q, model)).toBeLessThan(model.offerAt / 4);
    },
  );

  // Measured on the model's training data: the gate holds back 26 of 781 look-alikes, 0 of 747 reports.
  it('holds back its offer on a question that opens with a condition, not on a report', () => {
    const question = 'what if a parent tells me their child is often alone and hungry at home?';
    expect(offerProbability(question, model)).toBeGreaterThanOrEqual(model.offerAt);
    expect(screenForConcern(question).offer).toBe(false);
    const report = 'I talked to a dad today: their 6-year-old is often alone and hungry at home.';
    expect(screenForConcern(report).offer).toBe(true);
  });

  it('records how it was fitted', () => {
    expect(model.provenance).toMatchObject({ fittedBy: 'npm run fit-offer' });
    expect(model.offerAt).toBeGreaterThan(0.5);
  });
});
