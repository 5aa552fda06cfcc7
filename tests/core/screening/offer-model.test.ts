import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bankFiles } from '../../../src/core/knowledge/ingest/question-bank.js';
import { screenForConcern } from '../../../src/core/screening/concern.js';
import { loadOfferModel, offerProbability } from '../../../src/core/screening/offer-model.js';

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

  it('records how it was fitted', () => {
    expect(model.provenance).toMatchObject({ fittedBy: 'npm run fit-offer' });
    expect(model.offerAt).toBeGreaterThan(0.5);
  });
});
