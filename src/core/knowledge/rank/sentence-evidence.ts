import type { Chunk } from '../../types.js';
import { splitSentences } from '../ingest/chunker.js';
import { entityTerms, termsWithParts } from '../query/analyzer.js';
import { type Concept, formIn } from '../query/query.js';

// Answers live in sentences: a passage whose single best sentence holds the question's concepts
// (and, for "hvor mange/hvornår/hvem", a number, date or name) beats one that spreads them out.

export interface QuoteUnit {
  text: string;
  bullet: boolean;
}

const unitCache = new WeakMap<Chunk, QuoteUnit[]>();
const termCache = new Map<string, Set<string>>();
const TERM_CACHE_MAX = 50_000;

/** Sentences of the passage's paragraphs, and list items as units of their own. */
export function quoteUnits(chunk: Chunk): QuoteUnit[] {
  const cached = unitCache.get(chunk);
  if (cached) return cached;
  const out: QuoteUnit[] = [];
  for (const line of chunk.text.split('\n')) {
    if (line.startsWith('• ')) out.push({ text: line, bullet: true });
    else for (const s of splitSentences(line)) out.push({ text: s, bullet: false });
  }
  unitCache.set(chunk, out);
  return out;
}

/** Index terms of a sentence; memoised because the same document sentences are scored again and again. */
function sentenceTerms(text: string): Set<string> {
  let ts = termCache.get(text);
  if (!ts) {
    if (termCache.size >= TERM_CACHE_MAX) termCache.clear();
    ts = new Set([...termsWithParts(text), ...entityTerms(text)]);
    termCache.set(text, ts);
  }
  return ts;
}

/**
 * In a sentence, the question's own word is stronger evidence than a synonym: "min egen sygdom"
 * is about the sentence that says "egen sygdom", not one that merely says "samtalerne".
 */
const SYNONYM_DISCOUNT = 0.8;

/** Per concept, the idf-weighted mass one sentence contains of it. */
export function unitConceptScores(text: string, concepts: Concept[]): number[] {
  const ts = sentenceTerms(text);
  return concepts.map((c) => {
    let best = 0;
    for (const [f, w] of c.forms) {
      const v = w < 1 ? w * SYNONYM_DISCOUNT : w;
      if (v > best && formIn(f, (t) => ts.has(t))) best = v;
    }
    return best * c.idf * c.weight;
  });
}

/** idf-weighted concept mass one sentence contains. */
export const unitScore = (text: string, concepts: Concept[]): number =>
  unitConceptScores(text, concepts).reduce((a, b) => a + b, 0);

/**
 * A sentence that opens by pointing back ("Det betyder, at …", "Dette …", "Derfor …") is about what
 * the sentence before it names: "Alle voksne har underretningspligt. Det betyder, at man har pligt
 * til at reagere …" defines underretningspligt without repeating the word.
 */
const ANAPHOR = /^(det (betyder|vil sige|indebærer|gælder)|dette|disse|derfor|this means|that means)(?!\p{L})/iu;
export const isAnaphoric = (text: string): boolean => ANAPHOR.test(text);
/** Share of the sentence before that such a sentence inherits. */
const ANAPHOR_SHARE = 0.8;

/**
 * A document's title is the context of each of its sentences: in "Værktøjskasse: frivillig
 * peer-støtte", "Indholdet tager udgangspunkt i …" is about the toolkit. A concept the title names
 * counts in every sentence of the document, at this share of its weight.
 */
export const TITLE_SHARE = 0.5;

/** Per concept, what the title of the sentence's document gives it (see TITLE_SHARE). */
export const titleConceptScores = (title: string, concepts: Concept[]): number[] =>
  unitConceptScores(title, concepts).map((v) => v * TITLE_SHARE);

/**
 * Concept score of each of a passage's quote units, with what its document title names, a
 * pointing-back sentence inheriting from the one before.
 */
export function unitScores(units: QuoteUnit[], concepts: Concept[], title = ''): number[] {
  const fromTitle = title ? titleConceptScores(title, concepts) : [];
  const out: number[] = [];
  units.forEach((u, i) => {
    const own = unitConceptScores(u.text, concepts).reduce((a, v, k) => a + Math.max(v, fromTitle[k] ?? 0), 0);
    const prev = units[i - 1];
    out.push(
      prev && !u.bullet && !prev.bullet && isAnaphoric(u.text) ? Math.max(own, ANAPHOR_SHARE * out[i - 1]!) : own,
    );
  });
  return out;
}

/** A person's name: two capitalised words. Without the i flag, under which \p{Lu} matches any letter. */
const PERSON_NAME = /\p{Lu}\p{Ll}+ \p{Lu}\p{Ll}+/u;
const PERSON_ROLE =
  /\b(tovholder\w*|makker\w*|kontaktperson\w*|\w*konsulent\w*|koordinator\w*|personalet|sygeplejersk\w*|projektleder\w*)\b/iu;

/** Whether a word is one the question itself asks about (one of its concepts' forms). */
type Asked = (word: string) => boolean;

/**
 * A role the question itself names is its subject, not the answer: "who are the other volunteers"
 * (glossary: makker) is not answered by a sentence about telling your makker.
 */
function namesPerson(text: string, asked: Asked): boolean {
  if (PERSON_NAME.test(text)) return true;
  return [...text.matchAll(new RegExp(PERSON_ROLE.source, 'giu'))].some((m) => !asked(m[0]));
}

const ANSWER_TYPES: { question: RegExp; sentence: { test(text: string, asked: Asked): boolean } }[] = [
  {
    question: /\b(hvor (ofte|tit)|how often|how frequently)\b/i,
    sentence: /\d|\b(gange|hver|hvert|hver\w*|årlig\w*|månedlig\w*|ugentlig\w*|om (året|måneden|ugen|dagen))\b/i,
  },
  {
    question:
      /\b(hvor (mange|meget|længe|lang tid|langt|stor)|how (many|much|long|far)|maks\w*|max\w*|højst|mindst|limit|minimum)\b/i,
    sentence: /\d|\b(to|tre|fire|fem|seks|syv|otte|ni|ti|tolv|tyve|hundrede|halvt|mindst|højst|max|maks|op til)\b/i,
  },
  {
    question: /\b(hvornår|when|what time|which month|what month)\b/i,
    sentence:
      /\d{4}|\b(januar|februar|marts|april|maj|juni|juli|august|september|oktober|november|december|forår|sommer|efterår|vinter|hvert år|årlig\w*)\b/i,
  },
  {
    // "Hvad gør jeg …?" is answered by an instruction: an imperative or "skal du / kan du".
    // "What if a parent tells me …?" asks what to do then, as well as what happens.
    question:
      /\b(hvad (gør|skal|kan) jeg( \w+)? gøre|hvad gør jeg|hvad skal jeg|hvad hvis|what (should|do|can) i do|what to do|what if|how should i (react|respond|handle))\b/i,
    // Also the handbook's softer instructions: "er det vigtigt, at du siger til", and list items
    // in the present tense ("Reagerer, hvis …", "Kontakter …") that tell what volunteers do.
    sentence:
      /^(• )?(tal|kontakt|kontakter|del|sig|ring|meld|giv|brug|husk|undlad|bliv|spørg|skriv|ræk|reager|reagerer)\b|\b(skal du|du skal|vigtigt,? at du|du bør|du kan altid)\b/iu,
  },
  {
    // "Hvorfor …?" is answered by the reason, which often follows the rule ("Det gør det tydeligt …").
    question: /\b(hvorfor|why|how come|what for|what's the point|formålet med)\b/i,
    sentence:
      /\b(fordi|derfor|for at|så (at )?(vi|du|de|der)|det (gør|viser|sikrer|giver)|sikrer|er med til at|formålet|da det|because)\b/i,
  },
  {
    // "Hvad sker der, hvis …?" is answered by the consequence: what will or then happens.
    question:
      /\b(hvad sker der|hvad så hvis|hvad bliver konsekvensen|what happens|what will happen|what would happen|consequences?)\b/i,
    sentence: /\bvil\b[^.]*\bblive\b|\bvil (du|vi|man|der|samarbejdet)\b|\bbliver\b|\bkonsekvens\w*|\bafsluttes\b/i,
  },
  {
    // "Må jeg …?" / "Is it ok to …?" is answered by the rule: what you may, must or must not do
    // ("må" alone also means "have to": "hvis du må melde afbud").
    question:
      /(?<!\p{L})(må (jeg|man|vi)|er det (ok|okay|o\.k\.|i orden|tilladt|fint|forbudt)|gør det noget|can i|may i|am i allowed|are we allowed|is it (ok|okay|alright|allowed|fine)|allowed to)(?!\p{L})/iu,
    // Lookarounds, not \b: JavaScript's \b does not count å as a letter, so /\bmå\b/ never matches.
    sentence:
      /(?<!\p{L})(ikke må|må ikke|må gerne|gerne må|må du|må man|skal altid|skal ikke|ikke skal|undlad|forventet|forventes|tilladt|forbudt|mulighed for|velkommen|ikke (din|en) opgave)(?!\p{L})|^(• )?(undlad|husk)\b/iu,
  },
  {
    // "Hvad går X ud på?" / "What does X mean?" is answered by the sentence that says what X means.
    question:
      /^\s*(hvad (er|betyder)|what('s| is| are| does| do))\b|(?<!\p{L})(går [\p{L} ]{0,40}ud på|vil det sige|menes der|mean|meaning|definition)(?!\p{L})/iu,
    sentence: /\b(betyder|vil sige|går ud på|kaldes|defineres|indebærer|forstås)\b/i,
  },
  {
    question: /\b(hvem|who)\b/i,
    // "Hvem …?" is answered by a name or a role; a sentence that only mentions no one is not it.
    sentence: { test: namesPerson },
  },
];
export const TYPE_BOOST = 1.5;

/** "gaar … paa": a keyboard without å writes "aa"; the question patterns are written with å. */
const withAa = (question: string): string => question.replace(/aa/gi, 'å');
const asks = (t: { question: RegExp }, question: string) =>
  t.question.test(question) || t.question.test(withAa(question));

/** Whether the question asks for a kind of answer: a number, a frequency, a date, a person, an instruction. */
export const asksForAnswerType = (question: string): boolean => ANSWER_TYPES.some((t) => asks(t, question));

/** How much better a sentence fits the kind of answer the question asks for. */
export function answerTypeBoost(question: string, sentence: string, concepts: Concept[] = []): number {
  const asked: Asked = (word) => termsWithParts(word).some((t) => concepts.some((c) => c.forms.has(t)));
  return ANSWER_TYPES.some((t) => asks(t, question) && t.sentence.test(sentence, asked)) ? TYPE_BOOST : 1;
}

/** Whether a sentence of the passage holds both some of the question and the kind of answer it asks for. */
export function holdsTypedAnswer(chunk: Chunk, concepts: Concept[], question: string): boolean {
  const units = quoteUnits(chunk);
  const scores = unitScores(units, concepts, chunk.title);
  return units.some((u, i) => scores[i]! > 0 && answerTypeBoost(question, u.text, concepts) > 1);
}

export const conceptMass = (concepts: Concept[]): number => concepts.reduce((a, c) => a + c.idf * c.weight, 0);

/** Best sentence's share of the question's concept mass, answer type included; 0..1.5. */
export function sentenceEvidence(chunk: Chunk, concepts: Concept[], question: string): number {
  const mass = conceptMass(concepts);
  if (mass <= 0) return 0;
  const units = quoteUnits(chunk);
  const scores = unitScores(units, concepts, chunk.title);
  return units.reduce(
    (best, u, i) => Math.max(best, (scores[i]! * answerTypeBoost(question, u.text, concepts)) / mass),
    0,
  );
}

const DEFINITION = /^\s*(hvad (er|betyder)|what('s| is| are| does)|define|forklar|explain)\b/i;

/** "Hvad er X?" is answered where X is the heading, at the start of its section. */
export const isDefinitionQuestion = (question: string): boolean => DEFINITION.test(question);

/**
 * Share of the question's concepts that the chunk's section heading names in the question's own
 * words, 0..1: a heading that only shares a synonym or a compound part ("Recovery-gruppe-forløb"
 * for "recovery-stjernen") is not the definition.
 */
export function headingEvidence(chunk: Chunk, concepts: Concept[]): number {
  const mass = conceptMass(concepts);
  if (mass <= 0 || !chunk.section) return 0;
  const exact = concepts.map((c) => ({ ...c, forms: new Map([...c.forms].filter(([, w]) => w >= 1)) }));
  return unitScore(chunk.section, exact) / mass;
}
