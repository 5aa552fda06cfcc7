// Text folding for the deterministic screens: one spelling for "å"/"aa", "ø"/"oe", "æ"/"ae",
// so patterns are written once and match both ways volunteers type on a phone.

export function fold(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/æ/g, 'ae')
    .replace(/ø/g, 'oe')
    .replace(/å/g, 'aa')
    .replace(/ä/g, 'ae')
    .replace(/ö/g, 'oe')
    .replace(/[éèê]/g, 'e')
    .replace(/ü/g, 'u')
    .replace(/[’‘`´]/g, "'")
    .replace(/[“”„]/g, '"')
    .replace(/[‐‑‒–—]/g, '-')
    .replace(/\s+/g, ' ')
    .trim();
}

// Spoken and chat spellings, read as the written forms the patterns use: "ik", "mer",
// "wanna", "doesnt", "her self". Whole tokens only, so "mere" or "ikon" stay as they are.
const SPOKEN: [RegExp, string][] = [
  [/\bik(?:k|ke)?'?(?=[\s,.!?;:"]|$)/g, 'ikke'],
  [/\bmer(?=[\s,.!?;:"]|$)/g, 'mere'],
  [/\bwanna\b/g, 'want to'],
  [/\bdo(?:sen'?t|snt|esent)\b/g, "doesn't"],
  [/\bgonna\b/g, 'going to'],
  [/\b(do|does|did|is|was|are|were|has|have|had|could|would|should|ca|wo)nt\b/g, "$1n't"],
  [/\bim\b/g, "i'm"],
  [/\b(him|her|my|your|them|it) ?(self|selves)\b/g, '$1$2'],
];

/** Folded text with chat spellings written out. */
export function spokenForms(folded: string): string {
  return SPOKEN.reduce((text, [pattern, written]) => text.replace(pattern, written), folded);
}

// Hyphenated words ("4-årige", "step-dad", "son-in-law") would break the one-word slots of the
// patterns ("(?:\w+ ){0,2}"): an age is written as one token ("4aarige"), other hyphens as spaces.
// An ordinal's dot ("7. sal", "3. klasse") is not the end of a sentence.
export function wordForms(folded: string): string {
  return (
    folded
      .replace(/\b(\d+)[- ](?=aar(?:ig|ige|igt)?\b)/g, '$1')
      .replace(/(?<=\w)-(?=\w)/g, ' ')
      .replace(/\b(\d{1,2})\.(?= [a-z])/g, '$1')
      // An English possessive ("his late wife's pills") is one word; "he's" stays a contraction.
      .replace(/\b(?!(?:he|she|it|that|there|what|who|here|where|let|how)'s\b)([a-z]+)'s\b/g, '$1s')
  );
}

/** A message as every screen reads it: folded, chat spellings written out, hyphens and ordinals as one slot. */
export const screeningForm = (text: string): string => wordForms(spokenForms(fold(text)));

/** Sentences (and lines) of folded text; commas stay inside, so "hvis …, at han …" is one unit. */
export function sentences(folded: string): string[] {
  return folded
    .split(/(?<=[.!?])\s+|\n+|(?<=[.!?])$/)
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
}

// Words that carry the alarm, spelt right; a token one typo away is read as the word.
const KEYWORDS = [
  'selvmord',
  'selvmordet',
  'selvmordstruet',
  'selvmordstanker',
  'selvmordsforsoeg',
  'omsorgssvigt',
  'omsorgssvigtet',
  'voldelig',
  'voldtaget',
  'voldtaegt',
  'overgreb',
  'mishandlet',
  'mishandler',
  'fortalte',
  'fortaeller',
  'betroede',
  'suicide',
  'suicidal',
  'neglected',
  'threatened',
  'threatens',
  'strangled',
  'afvaergepligt',
  'underretningspligt',
  'livstraet',
  'slaaet',
];

/** Replaces tokens one edit (or one swap) from a keyword with the keyword itself. */
export function correctTypos(folded: string): string {
  return folded.replace(/[a-z]{6,}/g, (token) => {
    if (KEYWORDS.includes(token)) return token;
    const near = KEYWORDS.find((k) => Math.abs(k.length - token.length) <= 1 && withinOneEdit(token, k));
    return near ?? token;
  });
}

/** Damerau-Levenshtein distance <= 1 (one insertion, deletion, substitution or adjacent swap). */
export function withinOneEdit(a: string, b: string): boolean {
  if (a === b) return true;
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (a.length === b.length) {
    if (a.slice(i + 1) === b.slice(i + 1)) return true;
    return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
  }
  return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}
