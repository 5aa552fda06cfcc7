// Snowball Danish stemmer (https://snowballstem.org/algorithms/danish/stemmer.html), written out
// so lexical search matches "frivillige"/"frivillig", "vagter"/"vagt" without any dependency.

const VOWELS = new Set([...'aeiouyæåø']);
const S_ENDING = new Set([...'abcdfghjklmnoprtvyzå']);

const MAIN_SUFFIXES = [
  'hed',
  'ethed',
  'ered',
  'e',
  'erede',
  'ende',
  'erende',
  'ene',
  'erne',
  'ere',
  'en',
  'heden',
  'eren',
  'er',
  'heder',
  'erer',
  'heds',
  'es',
  'endes',
  'erendes',
  'enes',
  'ernes',
  'eres',
  'ens',
  'hedens',
  'erens',
  'ers',
  'ets',
  'erets',
  'et',
  'eret',
].sort((a, b) => b.length - a.length);
const OTHER_SUFFIXES = ['elig', 'løst', 'lig', 'els', 'ig'];
const CONSONANT_PAIRS = ['gd', 'dt', 'gt', 'kt'];

/** Start of R1: after the first non-vowel that follows a vowel, but never before position 3. */
function regionStart(word: string): number {
  if (word.length < 3) return word.length;
  let i = 0;
  while (i < word.length && !VOWELS.has(word[i]!)) i++;
  while (i < word.length && VOWELS.has(word[i]!)) i++;
  if (i >= word.length) return word.length;
  return Math.max(i + 1, 3);
}

function longestSuffixInR1(word: string, p1: number, suffixes: readonly string[]): string | undefined {
  return suffixes.find((s) => word.endsWith(s) && word.length - s.length >= p1);
}

function mainSuffix(word: string, p1: number): string {
  const s = longestSuffixInR1(word, p1, MAIN_SUFFIXES);
  if (s) return word.slice(0, -s.length);
  if (word.endsWith('s') && word.length - 1 >= p1 && S_ENDING.has(word[word.length - 2] ?? ''))
    return word.slice(0, -1);
  return word;
}

function consonantPair(word: string, p1: number): string {
  const s = longestSuffixInR1(word, p1, CONSONANT_PAIRS);
  return s ? word.slice(0, -1) : word;
}

function otherSuffix(word: string, p1: number): string {
  let w = word;
  if (w.endsWith('igst')) w = w.slice(0, -2);
  const s = OTHER_SUFFIXES.filter((x) => w.endsWith(x) && w.length - x.length >= p1).sort(
    (a, b) => b.length - a.length,
  )[0];
  if (!s) return w;
  if (s === 'løst') return w.slice(0, -1);
  return consonantPair(w.slice(0, -s.length), p1);
}

function undouble(word: string, p1: number): string {
  const n = word.length;
  if (n < 2 || n - 1 < p1) return word;
  const last = word[n - 1]!;
  if (VOWELS.has(last) || !/\p{L}/u.test(last)) return word;
  return word[n - 2] === last ? word.slice(0, -1) : word;
}

export function stemDanish(input: string): string {
  const word = input.toLowerCase();
  if (word.length < 3) return word;
  const p1 = regionStart(word);
  let w = mainSuffix(word, p1);
  w = consonantPair(w, p1);
  w = otherSuffix(w, p1);
  w = undouble(w, p1);
  return w;
}
