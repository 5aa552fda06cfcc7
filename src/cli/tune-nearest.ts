import { writeFileSync } from 'node:fs';
import { OFFER_RULE_FILES } from '../core/screening/concern.js';
import { ruleBank, TUNING_FILE } from '../core/screening/nearest.js';
import { fitOn, MAX_CALM_FLAGGED, nestedCrossValidation } from '../core/screening/nearest-fit.js';
import { RULES_DIR } from '../core/screening/rules.js';
import { ROUTE_RULE_FILES } from '../core/screening/safety.js';

// Fits the nearest-example thresholds on the reviewed screening data and writes them, with the
// cross-validated precision and recall, to config/screening/nearest-tuning.json.
// Run: npx tsx src/cli/tune-nearest.ts   (--check: only print, write nothing)

const FOLDS = 5;
const bank = ruleBank(OFFER_RULE_FILES, ROUTE_RULE_FILES);
const cv = nestedCrossValidation(bank, FOLDS);
const fitted = fitOn(bank);
const tuning = {
  ...fitted,
  provenance: {
    fittedBy: 'src/cli/tune-nearest.ts',
    date: new Date().toISOString().slice(0, 10),
    bank: `examples (reports) and nearMisses (calm) of config/screening/{${[...OFFER_RULE_FILES, ...ROUTE_RULE_FILES].join(',')}}, calm questions of nearest-bank.json`,
    model:
      'prototypes: cosine to the mean report minus cosine to the mean calm message (stemmed words, word pairs, 3-5 character grams, concepts)',
    rule: `margin with the highest leave-one-out recall that flags at most ${MAX_CALM_FLAGGED * 100} % of the calm messages`,
    crossValidation: cv,
  },
};
console.log(JSON.stringify(tuning, null, 2));
if (!process.argv.includes('--check'))
  writeFileSync(new URL(TUNING_FILE, RULES_DIR), `${JSON.stringify(tuning, null, 2)}\n`);
