import { words } from '../knowledge/query/analyzer.js';
import { questionFocus } from '../knowledge/query/question-focus.js';

// The bot never gives medical advice. Questions about medicine, dosage, diagnosis, symptoms or
// devices are turned to the patient's doctor or nurse; questions about the volunteer's own role
// that merely mention illness ("jeg er syg, hvad med min vagt?") are answered normally.

/** Always medical, whatever else the question says. */
const STRONG = [
  /^(medicin|medicinen|medication|medications|medicine|medicines|dosis|doser|dosering|dose|doses|dosage|piller|pills|tablet|tabletter|tablets|mg)$/,
  /^(blodfortyndende|blodfortynder|blood-thinner|blood-thinners|anticoagulant|warfarin|marevan|eliquis|xarelto|hjertemagnyl|aspirin|nitro|nitroglycerin|betablokker|betablokkere|betablokkeren|beta-blocker|beta-blockers|statin|statiner|statins|insulin|vanddrivende|diuretika|diuretics|ace-hæmmer|ace-hæmmere|clopidogrel|ibuprofen|paracetamol|panodil|ipren|morfin|morphine|antibiotika|antibiotics)$/,
  /^(bivirkning|bivirkninger|side-effect|side-effects|diagnose|diagnosen|diagnosticere|diagnosis|prognose|prognosis)$/,
  /^(pacemaker|pacemakeren|icd|icd'en|defibrillator|stent)$/,
  // Danish compounds name the medicine by what it treats: "blodtryksmedicin", "hjertepillerne".
  /^\p{L}{3,}(medicin|medicinen|piller|pillerne|tabletter|tabletterne)$/u,
];
/** Medical only when the question is not about the volunteer's own role. */
const WEAK = [
  /^(symptom|symptomer|symptoms|smerter|pain|brystsmerter|hjerteanfald|blodtryk|puls|pulse|ekg|operation|surgery|behandling|behandlingen|treatment)$/,
];
const PHRASES = [
  /side effects?/,
  /blood pressure/,
  /heart attack/,
  /chest pain/,
  /blood thinn/,
  /\bbeta.?block/,
  /\bblood clots?\b/,
  /\bblodprop/,
  /kolesterol|cholesterol/,
  /transplant/,
];

/** Words that make a question about the volunteer's role rather than a patient's health. */
const ROLE =
  /^(vagt|vagten|vagter|shift|shifts|afbud|orlov|leave|frivillig|frivillige|volunteer|samtale|samtalen|samtaler|conversation|tovholder|konsulent|consultant|møde|meeting|hjemme|home|komme|come|tage|melde|cancel|råd|rådgive|rådgivning|advice|advise)$/;

export function isMedicalAdviceQuestion(question: string): boolean {
  const ws = words(question);
  if (ws.some((w) => STRONG.some((r) => r.test(w)))) {
    // "Må jeg tale med patienten om hans medicin?" is still medical: the answer is the nurse.
    return true;
  }
  // In a message that tells and then asks, a symptom in the story ("he talked about his heart
  // attack …, may I tell my husband?") is what happened; only the asking clauses can make the
  // question medical ("… what are the symptoms to look for?").
  const asked = askingWords(question) ?? ws;
  const askedText = asked.join(' ');
  const weak = asked.some((w) => WEAK.some((r) => r.test(w))) || PHRASES.some((r) => r.test(askedText));
  if (!weak) return false;
  return !ws.some((w) => ROLE.test(w));
}

/**
 * The words of the clauses that ask, when the message also tells a story and its question names
 * something; undefined otherwise ("min patient har brystsmerter, hvad gør jeg?" asks about the story).
 */
function askingWords(question: string): string[] | undefined {
  const f = questionFocus(question);
  if (!f.clauses || !f.story || !f.askHasContent) return undefined;
  return f.tokens.filter((_, i) => !f.story![f.clauses![i]!]);
}
