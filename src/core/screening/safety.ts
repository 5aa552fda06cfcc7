import type { DutyRoute } from '../types.js';
import { adultWithChild, CHILD_CONFINED, CHILD_SELF_CARE, youngChild } from './child-care-patterns.js';
import {
  ADULT_PARTNER,
  CHILD_ALONE,
  CHILD_CONCERN,
  CHILD_LEFT_ALONE,
  CHILD_LET_DOWN,
  CHILD_NEGLECT,
  CHILD_NEGLECT_WEAK,
  CHILD_VIOLENCE,
  CHILD_VIOLENCE_MORE,
  CHILD_WITNESS,
  CHILD_WORD,
  OWN_CHILD_PREFIX,
  PARENT_WORD,
} from './child-patterns.js';
import { SUICIDE_METHOD } from './intent-patterns.js';
import { MEDICAL_NOW, MEDICAL_SIGN } from './medical-patterns.js';
import { correctTypos, screeningForm, sentences } from './normalize.js';
import { has } from './regex.js';
import { loadRouteFile, type RouteRuleEntry } from './rules.js';

export const ROUTE_RULE_FILES = ['route-topic-words.json', 'route-intent.json', 'route-child-home.json'] as const;

import { isHypotheticalAt } from './gates.js';
import { setAsideSignals } from './not-literal.js';
import {
  ACUTE,
  ANCHOR,
  IMMEDIATE,
  PAST_ONLY,
  PILLS_SAVED,
  REPORT,
  SITUATION,
  SUICIDE_INDIRECT,
  SUICIDE_STRONG,
  VIOLENCE_STRONG,
  VIOLENCE_THREAT,
} from './safety-patterns.js';

export type SafetySignal = 'suicide' | 'violence' | 'child' | 'medical';

export interface SafetyScreen {
  /** The duty a real situation falls under; null for questions about the duties and everything else. */
  route: DutyRoute | null;
  /** Someone may be in danger right now: show 112 first. */
  acuteDanger: boolean;
  signals: SafetySignal[];
  /** Alarm words told as a joke or about a film or the news (not-literal.ts): not routed, offered /bekymring. */
  setAside?: boolean;
}

const NONE: SafetyScreen = { route: null, acuteDanger: false, signals: [] };
type Strength = 'strong' | 'weak';
interface Check {
  /** The table or data entry, so a test can say which rule routed a message. */
  id: string;
  signal: SafetySignal;
  pattern: RegExp;
  strength: Strength;
  /** Extra condition on the whole message. */
  requires?: (message: string) => boolean;
}

// Route rules kept as reviewed data (config/screening/route-*.json), placed in the list by id.
const ROUTE_RULES = new Map(ROUTE_RULE_FILES.flatMap((f) => loadRouteFile(f)).map((r) => [r.id, r]));
function fromData(id: string): Check {
  const rule = ROUTE_RULES.get(id);
  if (!rule) throw new Error(`config/screening: no route rule "${id}"`);
  const requires = rule.requires ? REQUIRES[rule.requires] : undefined;
  return { id, signal: rule.signal, pattern: rule.pattern, strength: rule.strength, ...(requires ? { requires } : {}) };
}
const REQUIRES: Record<NonNullable<RouteRuleEntry['requires']>, (message: string) => boolean> = {
  'other-child': (m) => hasOtherChild(m),
  'other-child-and-parent': (m) => hasOtherChild(m) && has(PARENT_WORD, m),
};

const CHECKS: Check[] = [
  { id: 'SUICIDE_STRONG', signal: 'suicide', pattern: SUICIDE_STRONG, strength: 'strong' },
  { id: 'SUICIDE_INDIRECT', signal: 'suicide', pattern: SUICIDE_INDIRECT, strength: 'strong' },
  { id: 'PILLS_SAVED', signal: 'suicide', pattern: PILLS_SAVED, strength: 'strong' },
  { id: 'SUICIDE_METHOD', signal: 'suicide', pattern: SUICIDE_METHOD, strength: 'strong' },
  fromData('take-all-the-pills'),
  fromData('suicide-topic-words'),
  { id: 'MEDICAL_NOW', signal: 'medical', pattern: MEDICAL_NOW, strength: 'strong' },
  // One sign ("ondt i brystet") is a heart patient's story; two, or one "lige nu", is happening.
  {
    id: 'MEDICAL_SIGN',
    signal: 'medical',
    pattern: MEDICAL_SIGN,
    strength: 'strong',
    requires: (m) => countDistinct(MEDICAL_SIGN, m) >= 2 || has(IMMEDIATE, m),
  },
  { id: 'VIOLENCE_STRONG', signal: 'violence', pattern: VIOLENCE_STRONG, strength: 'strong' },
  { id: 'VIOLENCE_THREAT', signal: 'violence', pattern: VIOLENCE_THREAT, strength: 'strong' },
  fromData('violence-topic-words'),
  {
    id: 'CHILD_VIOLENCE',
    signal: 'child',
    pattern: CHILD_VIOLENCE,
    strength: 'strong',
    requires: (m) => hasOtherChild(m),
  },
  {
    id: 'CHILD_VIOLENCE_MORE',
    signal: 'child',
    pattern: CHILD_VIOLENCE_MORE,
    strength: 'strong',
    requires: (m) => hasOtherChild(m),
  },
  {
    id: 'CHILD_LET_DOWN',
    signal: 'child',
    pattern: CHILD_LET_DOWN,
    strength: 'strong',
    requires: (m) => hasOtherChild(m),
  },
  {
    id: 'CHILD_WITNESS',
    signal: 'child',
    pattern: CHILD_WITNESS,
    strength: 'strong',
    requires: (m) => hasOtherChild(m),
  },
  { id: 'CHILD_ALONE', signal: 'child', pattern: CHILD_ALONE, strength: 'strong', requires: (m) => hasOtherChild(m) },
  {
    id: 'CHILD_NEGLECT',
    signal: 'child',
    pattern: CHILD_NEGLECT,
    strength: 'strong',
    requires: (m) => hasOtherChild(m),
  },
  {
    id: 'CHILD_CONFINED',
    signal: 'child',
    pattern: CHILD_CONFINED,
    strength: 'strong',
    requires: (m) => hasOtherChild(m),
  },
  {
    id: 'CHILD_SELF_CARE',
    signal: 'child',
    pattern: CHILD_SELF_CARE,
    strength: 'strong',
    requires: (m) => hasOtherChild(m) && youngChild(m),
  },
  fromData('child-home-lacks'),
  { id: 'CHILD_WORD', signal: 'child', pattern: CHILD_WORD, strength: 'strong', requires: (m) => adultWithChild(m) },
  fromData('parent-drunk-or-high'),
  { id: 'CHILD_CONCERN', signal: 'child', pattern: CHILD_CONCERN, strength: 'weak', requires: (m) => hasOtherChild(m) },
  {
    id: 'CHILD_NEGLECT_WEAK',
    signal: 'child',
    pattern: CHILD_NEGLECT_WEAK,
    strength: 'weak',
    requires: (m) => hasOtherChild(m),
  },
  {
    id: 'CHILD_LEFT_ALONE',
    signal: 'child',
    pattern: CHILD_LEFT_ALONE,
    strength: 'weak',
    requires: (m) => hasOtherChild(m),
  },
];

const QUESTION_START =
  /^(?:hvad|hvordan|hvorn[a]+r|hvem|hvilke?|hvor|hvorfor|maa|kan|skal|er|har|boer|gaelder|what|how|when|who|which|why|can|may|should|is|are|do|does|must)\b/;

/**
 * Safety screen for a free-chat message, before retrieval or any model. A description of a real
 * situation raises a duty route; a question about the duties or a hypothetical ("hvad gør jeg,
 * hvis …") does not, so it is answered from the handbook like any other question.
 */
export function screenForSafety(text: string): SafetyScreen {
  return explainSafety(text).screen;
}

/** The screen, and the ids of the rules (tables or data entries) that counted. */
export function explainSafety(text: string): { screen: SafetyScreen; rules: string[] } {
  const rules: string[] = [];
  const screen = screenExplained(text, rules);
  return { screen, rules };
}

function screenExplained(text: string, fired: string[]): SafetyScreen {
  const message = correctTypos(screeningForm(text));
  if (!message) return NONE;
  const anchored = has(ANCHOR, message);
  const signals = new Set<SafetySignal>();
  let childVictimOfViolence = false;

  // Conditions on the whole message, checked once rather than once per sentence.
  const checks = CHECKS.filter((c) => !c.requires || c.requires(message));
  let setAside = false;
  for (const sentence of sentences(message)) {
    const isQuestion = sentence.endsWith('?') || QUESTION_START.test(sentence);
    const aside = setAsideSignals(sentence);
    for (const check of checks) {
      check.pattern.lastIndex = 0;
      for (let m = check.pattern.exec(sentence); m; m = check.pattern.exec(sentence)) {
        if (!counts(sentence, m.index, check.strength, anchored, isQuestion)) continue;
        // A joke or a film is no report, but someone may still be worried: offer, don't route.
        if (aside.has(check.signal)) {
          setAside = true;
          fired.push(`${check.id}:set-aside`);
          break;
        }
        signals.add(check.signal);
        fired.push(check.id);
        if (
          check.signal === 'violence' &&
          (childIsVictim(sentence, m) || (has(CHILD_VIOLENCE, sentence) && !ADULT_OBJECT.test(m[0])))
        )
          childVictimOfViolence = true;
        break;
      }
      check.pattern.lastIndex = 0;
    }
  }
  if (signals.size === 0) return setAside ? { ...NONE, setAside } : NONE;

  // Violence in a sentence about a child with no adult partner named: the child is the one at risk.
  if (childVictimOfViolence && signals.has('violence') && !signals.has('suicide')) {
    signals.delete('violence');
    signals.add('child');
  }
  const lifeThreat = signals.has('suicide') || signals.has('violence') || signals.has('medical');
  const route: DutyRoute = lifeThreat ? 'afvaergepligt' : 'underretningspligt';
  const acuteDanger =
    signals.has('medical') ||
    (signals.has('suicide') && !has(PAST_ONLY, message)) ||
    (signals.has('violence') && (has(ACUTE, message) || has(IMMEDIATE, message))) ||
    (signals.has('child') && (has(IMMEDIATE, message) || has(ACUTE, message)));
  return { route, acuteDanger, signals: [...signals] };
}

function counts(sentence: string, at: number, strength: Strength, anchored: boolean, isQuestion: boolean): boolean {
  if (isHypotheticalAt(sentence, at, anchored)) return false;
  if (strength === 'strong') return true;
  // A bare topic word ("selvmord", "vold") needs a concrete report, not a question about the topic.
  return anchored || ((has(REPORT, sentence) || has(SITUATION, sentence)) && !isQuestion);
}

function countDistinct(pattern: RegExp, text: string): number {
  pattern.lastIndex = 0;
  const found = new Set([...text.matchAll(pattern)].map((m) => m[0]));
  pattern.lastIndex = 0;
  return found.size;
}

/** A child in the message who is not the volunteer's own ("min søn er alene hjemme i aften" is not a case). */
export function hasOtherChild(message: string): boolean {
  CHILD_WORD.lastIndex = 0;
  for (let m = CHILD_WORD.exec(message); m; m = CHILD_WORD.exec(message)) {
    if (!OWN_CHILD_PREFIX.test(message.slice(Math.max(0, m.index - 8), m.index))) {
      CHILD_WORD.lastIndex = 0;
      return true;
    }
  }
  CHILD_WORD.lastIndex = 0;
  return false;
}

const PASSIVE = /\b(?:bliver|blev|er blevet|var blevet|bli'r|is|was|were|gets|got|being|been)\b/;

/** "slår drengen", "hendes søn bliver slået": the child is the victim; "hans søn truede ham": not. */
function childIsVictim(sentence: string, match: RegExpExecArray): boolean {
  if (!has(CHILD_WORD, sentence)) return false;
  if (PLURAL_OBJECT.test(match[0])) return true;
  if (has(ADULT_PARTNER, sentence)) return false;
  const before = sentence.slice(0, match.index);
  const after = sentence.slice(match.index + match[0].length);
  if (PASSIVE.test(match[0])) {
    // "… their mum fight and she gets hit": the pronoun is the nearest noun of its gender.
    const pronoun = /\b(she|hun|he|han) $/.exec(before);
    const antecedent = pronoun
      ? nearestOfGender(before.slice(0, pronoun.index), /^(?:she|hun)$/.test(pronoun[1]!) ? FEMALE : MALE)
      : undefined;
    if (antecedent !== undefined) return has(CHILD_WORD, antecedent);
    return has(CHILD_WORD, before);
  }
  // "hendes søn har slået hende": the child is the one hitting.
  if (CHILD_SUBJECT.test(before)) return false;
  const pronoun = PRONOUN_OBJECT.exec(match[0]);
  if (pronoun) return pronounIsChild(before, /^(?:hende|her)$/.test(pronoun[0]) ? 'f' : 'm');
  return has(CHILD_WORD, after);
}
const CHILD_SUBJECT =
  /\b(?:soen|soennen|datter|datteren|dreng|drengen|pige|pigen|barnet|teenager|son|daughter|boy|girl|kid|child|teenager|\w*aarige?)\s+(?:(?:har|havde|has|had|ofte|tit|altid|often|always|also|sometimes|nogle gange)\s+)*$/;
// "slår dem" with children in the sentence: the children.
const PLURAL_OBJECT = /\b(?:dem|them)$/;
// "slår sin kone": an adult named as the one hit.
const ADULT_OBJECT =
  /\b(?:kone|konen|hustru|hustruen|mand|manden|kaereste|kaeresten|partner|samlever|mor|far|wife|husband|partner|girlfriend|boyfriend|mother)$/;
const PRONOUN_OBJECT = /\b(?:hende|ham|her|him)$/;
const FEMALE =
  /\b(?:mum|mom|mother|mor|moren|wife|kone|konen|hustru|hustruen|woman|kvinde|kvinden|girlfriend|girl|pige|pigen|daughter|datter|datteren|sister|soester|soesteren)\b/g;
const MALE =
  /\b(?:dad|father|far|faren|husband|mand|manden|boyfriend|man|boy|dreng|drengen|son|soen|soennen|brother|bror|broren)\b/g;

const CHILD_OF: Record<'f' | 'm', RegExp> = {
  f: /\b(?:pige|pigen|datter|datteren|girl|daughter|stepdaughter|barn|barnet|child|kid|baby|babyen|teenager|teen|\w*aarige?)\b/,
  m: /\b(?:dreng|drengen|soen|soennen|boy|son|stepson|barn|barnet|child|kid|baby|babyen|teenager|teen|\w*aarige?)\b/,
};

/**
 * "Slår hende": who is "hende"? The nearest noun of her gender before the verb, skipping the
 * subject right before it ("his dad hits him" is the boy). With none, a child of that gender
 * (or of no marked gender) in the sentence.
 */
function pronounIsChild(before: string, gender: 'f' | 'm'): boolean {
  const nouns = [...before.matchAll(gender === 'f' ? FEMALE : MALE)];
  const last = nouns.at(-1);
  const isSubject = last !== undefined && last.index + last[0].length >= before.trimEnd().length;
  const antecedent = isSubject ? nouns.at(-2) : last;
  if (antecedent) return has(CHILD_WORD, antecedent[0]);
  return CHILD_OF[gender].test(before);
}

/** The last noun of a gender in the text, if any. */
function nearestOfGender(text: string, gender: RegExp): string | undefined {
  let last: string | undefined;
  for (const m of text.matchAll(gender)) last = m[0];
  return last;
}
