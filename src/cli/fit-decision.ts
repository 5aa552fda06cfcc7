import { writeFileSync } from 'node:fs';
import { parseConfig } from '../config.js';
import { FEATURES } from '../core/answers/decision.js';
import { loadDirectory } from '../core/directory/load-directory.js';
import { loadKnowledge } from '../core/knowledge/knowledge-base.js';
import type { Logistic } from '../core/logistic.js';
import { allowanceFor } from '../core/screening/allowance.js';
import { createPersonalDataScreen } from '../core/screening/personal-data.js';
import { createLogger } from '../logger.js';
import { chooseThresholds, collectExamples, crossValidate, fitWeights, rates } from '../quality/fit-decision.js';
import { fixtureQuestionSets } from '../quality/question-sets.js';

// npm run fit-decision [-- --write]: fits the answer/hedge/abstain model on every question set in
// tests/fixtures, reports leave-one-set-out figures, and with --write saves the model.

const MODEL_FILE = 'src/core/answers/decision-model.ts';
const round = (v: number) => Math.round(v * 10000) / 10000;
const rounded = (l: Logistic): Logistic => ({
  mean: l.mean.map(round),
  scale: l.scale.map(round),
  weights: l.weights.map(round),
  bias: round(l.bias),
});

async function main(): Promise<void> {
  const config = parseConfig({ LOG_LEVEL: 'warn', ...process.env });
  const logger = createLogger(config.logLevel);
  const directory = await loadDirectory(config.directoryFile);
  const knowledge = await loadKnowledge({ knowledgeDir: config.knowledgeDir, dataDir: config.dataDir, logger });
  const screen = createPersonalDataScreen(allowanceFor(directory, knowledge.chunks));
  const sets = fixtureQuestionSets('tests/fixtures');
  const examples = await collectExamples(sets, { knowledge, logger }, (t) => screen(t).redacted);
  const preds = crossValidate(examples);
  const { hedgeAt, answerAt } = chooseThresholds(preds);
  const cv = rates(preds, hedgeAt, answerAt);
  const f = (v: number) => v.toFixed(3);
  console.log(
    `examples ${examples.length} (answerable ${examples.filter((e) => e.answerable).length}) from ${sets.length} sets`,
  );
  console.log(`thresholds: hedge ≥ ${hedgeAt}, answer ≥ ${answerAt}`);
  console.log(
    `leave-one-set-out: citation1 ${f(cv.citation1)}, false abstain ${f(cv.falseAbstain)}, abstain ${f(cv.abstain)}, plain-answer precision ${f(cv.answerPrecision)}`,
  );
  const w = fitWeights(examples);
  for (const m of ['lead', 'answerable'] as const)
    console.log(m, FEATURES.map((name, i) => `${name} ${w[m].weights[i]!.toFixed(2)}`).join(', '));
  if (!process.argv.includes('--write')) return;
  const date = new Date().toISOString().slice(0, 10);
  const body = `import type { DecisionModel } from './decision.js';

// Written by \`npm run fit-decision -- --write\` on ${date}: logistic regression over ${examples.length}
// labelled questions from ${sets.length} sets in tests/fixtures (top ${'5'} passages each). Leave-one-set-out:
// citation1 ${f(cv.citation1)}, false abstain ${f(cv.falseAbstain)}, abstain ${f(cv.abstain)}, plain-answer precision ${f(cv.answerPrecision)}.
// Thresholds: the lowest answerable-probability cut that keeps held-out unanswerable questions
// abstaining at 0.9, the issue's target (hedgeAt), and the lowest lead-probability cut at which plain answers lead with
// the right passage at 0.9 (answerAt). Do not edit by hand.
export const DECISION_MODEL: DecisionModel = ${JSON.stringify(
    { features: FEATURES, lead: rounded(w.lead), answerable: rounded(w.answerable), answerAt, hedgeAt },
    null,
    2,
  )};
`;
  writeFileSync(MODEL_FILE, body);
  console.log(`wrote ${MODEL_FILE}`);
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
