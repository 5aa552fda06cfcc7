import { isConditionalAt, isHypotheticalAt, opensWithCondition } from './gates.js';
import { screeningForm, sentences } from './normalize.js';
import { silencesOfferWords } from './not-literal.js';
import { loadOfferModel, offerProbability } from './offer-model.js';
import { has } from './regex.js';
import { type CompiledEntry, loadRuleFile, type OfferReason } from './rules.js';
import { hasOtherChild } from './safety.js';
import { ANCHOR } from './safety-patterns.js';

// The offer tier, a wider net than the duty screen. The duty screen routes a message only when it
// is sure, and no pattern list knows every way a worrying situation is told. This one routes
// nothing: the reply gets a short line above the answer ("it sounds like you may be worried about
// someone — 112 if anyone is in danger now; /bekymring reaches your consultant") and the button.
// Its phrases are data (config/screening/*.json), each entry with its examples and near-misses.

export const OFFER_RULE_FILES = [
  'concern-words.json',
  'worried.json',
  'child-home.json',
  'harm-happened.json',
] as const;
export const OFFER_RULES: readonly CompiledEntry[] = OFFER_RULE_FILES.flatMap((f) => loadRuleFile(f));

// Messages no phrase catches can still sit close to the reports the rules exist for: a classifier
// fitted on the rules' examples and near-misses and many more labelled messages (offer-model.ts).
// A prototype-similarity signal sat here before it; measured held out on the helper-written
// examples it flagged about 20 % of calm look-alikes, and the model alone did better at every cut.
const OFFER_MODEL = loadOfferModel();
export const OFFER_MODEL_ENTRY = 'offer-model';

export interface ConcernScreen {
  offer: boolean;
  reasons: (OfferReason | 'model')[];
  /** Ids of the rule entries that fired, for tests and tuning; never logged with the text. */
  entries: string[];
}

/** Which offer rules a message sets off, each through its gate; failing those, the offer model. */
export function screenForConcern(text: string, rules: readonly CompiledEntry[] = OFFER_RULES): ConcernScreen {
  const byRules = screenByRules(text, rules);
  if (byRules.offer || !text.trim()) return byRules;
  const message = screeningForm(text);
  if (opensWithCondition(message, has(ANCHOR, message))) return byRules;
  return offerProbability(text, OFFER_MODEL) >= OFFER_MODEL.offerAt
    ? { offer: true, reasons: ['model'], entries: [OFFER_MODEL_ENTRY] }
    : byRules;
}

function screenByRules(text: string, rules: readonly CompiledEntry[]): ConcernScreen {
  const message = screeningForm(text);
  const hits = new Set<CompiledEntry>();
  if (!message) return { offer: false, reasons: [], entries: [] };
  const anchored = has(ANCHOR, message);
  let otherChild: boolean | undefined;
  // Words told as a joke or about a film earn no offer by themselves (not-literal.ts); the duty
  // screen still offers when its stronger words are set aside that way.
  const parts = sentences(message).filter((sentence) => !silencesOfferWords(sentence));
  for (const rule of rules) {
    if (rule.gate === 'none') {
      if (has(rule.pattern, message)) hits.add(rule);
      continue;
    }
    if (rule.gate === 'other-child' && !(otherChild ??= hasOtherChild(message))) continue;
    if (parts.some((sentence) => firesIn(rule, sentence, anchored))) hits.add(rule);
  }
  const entries = [...hits];
  return {
    offer: entries.length > 0,
    reasons: [...new Set(entries.map((e) => e.reason))],
    entries: entries.map((e) => e.id),
  };
}

function firesIn(rule: CompiledEntry, sentence: string, anchored: boolean): boolean {
  rule.pattern.lastIndex = 0;
  try {
    for (let m = rule.pattern.exec(sentence); m; m = rule.pattern.exec(sentence)) {
      if (m[0].length === 0) rule.pattern.lastIndex++;
      else if (!(rule.gate === 'not-if' ? isConditionalAt : isHypotheticalAt)(sentence, m.index, anchored)) return true;
    }
    return false;
  } finally {
    rule.pattern.lastIndex = 0;
  }
}

/** Does the message speak of danger, harm or a child at risk, however it is phrased? */
export function mentionsConcern(text: string): boolean {
  return screenForConcern(text).offer;
}
