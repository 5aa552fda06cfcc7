import { isRealDate, isValidCprDate } from './cpr.js';
import { AMBIGUOUS_FIRST_NAMES, FIRST_NAMES, LOWER_CASE_WORDS } from './first-names.js';

export type PersonalDataKind = 'cpr' | 'phone' | 'email' | 'name' | 'address';

export interface PersonalDataScreen {
  /** Kinds found, in order of first appearance; the data itself is never returned. */
  kinds: PersonalDataKind[];
  /** The text with every finding replaced by a placeholder such as "[navn]". */
  redacted: string;
}

/** Public contact details (staff in the directory, numbers in the documents) that are not personal data to strip. */
export interface PersonalDataAllowance {
  phones?: Iterable<string>;
  emails?: Iterable<string>;
  /** Staff names: "kan jeg ringe til Mia Jandrup" is not a patient's name. */
  names?: Iterable<string>;
  /** E-mail domains of the organisation itself. */
  emailDomains?: Iterable<string>;
}

export const PLACEHOLDER: Record<PersonalDataKind, string> = {
  cpr: '[CPR-nummer]',
  phone: '[telefonnummer]',
  email: '[e-mail]',
  name: '[navn]',
  address: '[adresse]',
};

// Also "010203 - 1234"; with spaces inside the date ("01 02 03 1234") only right after "cpr",
// where it cannot be a date and a year.
const CPR =
  /(?<![\d+])(\d{6})(?: ?- ?| )?(\d{4})(?!\d)|(?<=\bcpr[\p{L}.-]{0,8}:?\s{0,2}(?:(?:nr|nummer|number|no|er|is)\.?:?\s{1,2})?)(\d{2} \d{2} \d{2})(?: ?- ?| )?(\d{4})(?!\d)/giu;
export const EMAIL = /(?<![\p{L}\p{N}._%+-])[\p{L}\p{N}._%+-]{1,64}@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+/gu;
// Spaced forms (21 53 01 68, 2153 0168) are phone numbers whatever the first digit; a bare
// run of eight digits only when it starts as Danish subscriber numbers do and is not a yyyymmdd date.
export const PHONE =
  /(?<![\d+])(?:(?:\+|00)\s?45[\s-]?)?(\d{2} \d{2} \d{2} \d{2}|\d{4} \d{4}|\d{2}-\d{2}-\d{2}-\d{2}|\d{8})(?![\d-]?\d)/g;

const TRIGGER_WORDS = [
  // Danish: the people a volunteer meets, and the words that introduce a name.
  'patient',
  'patienten',
  'patientens',
  'pårørende',
  'borger',
  'borgeren',
  'mor',
  'moren',
  'far',
  'faren',
  'datter',
  'datteren',
  'søn',
  'sønnen',
  'hustru',
  'hustruen',
  'mand',
  'manden',
  'kone',
  'konen',
  'kæreste',
  'kæresten',
  'bror',
  'broren',
  'søster',
  'søsteren',
  'enke',
  'enkemand',
  'ægtefælle',
  'nabo',
  'naboen',
  'fru',
  'hr',
  'hr.',
  'hedder',
  'ved navn',
  'navnet er',
  'kaldet',
  'fra stue',
  // English.
  'the patient',
  'a patient',
  'patient named',
  'mr',
  'mr.',
  'mrs',
  'mrs.',
  'ms',
  'ms.',
  'miss',
  'named',
  'is called',
  'was called',
  'lady called',
  'woman called',
  'man called',
  'person called',
  'someone called',
  'gentleman called',
  'guy called',
  'husband',
  'wife',
  'son',
  'daughter',
  'mother',
  'father',
  'relative',
  'neighbour',
  'neighbor',
];
// Capitalised words that follow a trigger without being a name.
const NOT_NAMES = new Set(
  `i a an the he she it we they is are was were and or but if so then this that his her hun han det den de dem jeg vi du men og eller
   hvad hvordan hvorfor hvornår hvem kan må skal vil har er var til på fra med om som der af for ved hos efter region hjerteforeningen hjertelinjen
   monday tuesday wednesday thursday friday saturday sunday january february march april may june july august
   september october november december danish english dansk engelsk`
    .split(/\s+/)
    .filter(Boolean),
);
const escapeRegex = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
// Trigger word (any case), then one to three capitalised words: the name. Case matters for the name only.
const NAME = new RegExp(
  `(?<![\\p{L}])(${TRIGGER_WORDS.map((w) => `[${w[0]!.toUpperCase()}${w[0]}]${escapeRegex(w.slice(1))}`).join('|')})(\\s+)` +
    `((?:\\p{Lu}[\\p{Ll}'’-]+|\\p{Lu}\\.)(?:[ -](?:\\p{Lu}[\\p{Ll}'’-]+|\\p{Lu}\\.)){0,2})(?![\\p{L}])`,
  'gu',
);

// A known first name, and up to two capitalised words after it (the surname).
const FULL_NAME = new RegExp(
  `(?<![\\p{L}])(${FIRST_NAMES.join('|')})((?:[ -]\\p{Lu}[\\p{Ll}'’]+(?:-\\p{Lu}[\\p{Ll}]+)?){0,2})(?![\\p{L}-])`,
  'gu',
);
// Typed in lower case: a known first name (not one that is also a word: "bjørn", "rune", "palle"),
// with a surname-like word after it; or any word after "fru"/"mrs".
const LOWER_FIRST = FIRST_NAMES.filter((n) => !AMBIGUOUS_FIRST_NAMES.has(n))
  .map((n) => n.toLowerCase())
  .filter((n) => !LOWER_CASE_WORDS.has(n));
const LOWER_SURNAME = String.raw`[a-zæøå]+(?:sen|søn|gaard|gård|strup)|møller|holm|lund|berg|bach|bak|dam|kjær|krogh|juhl|skov|friis|winther`;
const LOWER_NAME = new RegExp(
  `(?<![\\p{L}])(?:${LOWER_FIRST.join('|')})(?: (?:${LOWER_SURNAME})){0,2}(?![\\p{L}-])|(?<=(?<![\\p{L}])(?:fru|mrs\\.?) )[a-zæøå]{2,}(?: (?:${LOWER_SURNAME}))?(?![\\p{L}])`,
  'gu',
);

// Street name ending in vej/gade/allé … and a house number: an address.
const ADDRESS =
  /(?<![\p{L}])\p{Lu}[\p{Ll}æøå]*(?:vej|gade|allé|alle|stræde|strædet|plads|vænget|parken|torv|boulevard|have|bakken|høj|lund)(?:\s+\d{1,4}\s?[A-Za-z]?)(?:,?\s*\d{1,2}\.?\s*(?:th|tv|mf|sal)\.?)?(?![\p{L}\d])/gu;

// Lower case, but after "bor på", "lives at", "adresse": "han bor paa noerrebrogade 12".
const ADDRESS_LOWER =
  /(?<=\b(?:bor|boede) (?:på|paa|i) |\blives (?:at|on|in) |\badressen? (?:er )?|\baddress (?:is )?)[a-zæøå]+(?:vej|gade|allé|alle|stræde|straede|plads|vænget|vaenget|parken|torv|boulevard|bakken|høj|hoej|lund)\s+\d{1,4}\s?[a-z]?(?![\p{L}\d])/gu;

const digitsOf = (s: string) => s.replace(/\D/g, '');
const nationalNumber = (s: string) => {
  const d = digitsOf(s);
  return d.length > 8 ? d.slice(-8) : d;
};

/** Builds a screen that treats the given public details as not personal. */
export function createPersonalDataScreen(allow: PersonalDataAllowance = {}): (text: string) => PersonalDataScreen {
  const phones = new Set([...(allow.phones ?? [])].map(nationalNumber));
  const emails = new Set([...(allow.emails ?? [])].map((e) => e.toLowerCase()));
  const domains = [...(allow.emailDomains ?? [])].map((d) => d.toLowerCase());
  const staffNames = new Set([...(allow.names ?? [])].flatMap((n) => n.toLowerCase().split(/[\s-]+/)));
  return (text) => screen(text, { phones, emails, domains, staffNames });
}

interface Allow {
  phones: Set<string>;
  emails: Set<string>;
  domains: string[];
  staffNames: Set<string>;
}

function screen(text: string, allow: Allow): PersonalDataScreen {
  const found = new Map<PersonalDataKind, number>();
  const note = (kind: PersonalDataKind, at: number) => {
    if (!found.has(kind) || found.get(kind)! > at) found.set(kind, at);
  };
  let out = text.replace(EMAIL, (m, at: number) => {
    const lower = m.toLowerCase();
    if (allow.emails.has(lower) || allow.domains.some((d) => lower.endsWith(`@${d}`))) return m;
    note('email', at);
    return PLACEHOLDER.email;
  });
  out = out.replace(CPR, (m: string, ...rest: unknown[]) => {
    const at = rest.at(-2) as number;
    if (!isValidCprDate(digitsOf(m))) return m;
    note('cpr', at);
    return PLACEHOLDER.cpr;
  });
  out = out.replace(PHONE, (m, local: string, at: number) => {
    const d = digitsOf(local);
    if (allow.phones.has(d)) return m;
    const bare = /^\d{8}$/.test(local) && !/^(?:\+|00)/.test(m);
    if (bare && (!/^[2-9]/.test(d) || looksLikeCompactDate(d))) return m;
    note('phone', at);
    return PLACEHOLDER.phone;
  });
  out = out.replace(NAME, (m, trigger: string, space: string, name: string, at: number) => {
    const words = name.split(/[ -]/).map((w) => w.toLowerCase());
    if (NOT_NAMES.has(words[0]!) || isStaff(words, allow)) return m;
    note('name', at);
    return `${trigger}${space}${PLACEHOLDER.name}`;
  });
  out = out.replace(FULL_NAME, (m, first: string, surname: string, at: number, whole: string) => {
    const words = m.split(/[ -]/).map((w) => w.toLowerCase());
    if (isStaff(words, allow)) return m;
    if (!surname && AMBIGUOUS_FIRST_NAMES.has(first) && startsSentence(whole, at)) return m;
    note('name', at);
    return PLACEHOLDER.name;
  });
  out = out.replace(LOWER_NAME, (m, at: number) => {
    if (NOT_NAMES.has(m.split(' ')[0]!) || isStaff(m.split(/[ -]/), allow)) return m;
    note('name', at);
    return PLACEHOLDER.name;
  });
  out = out.replace(ADDRESS_LOWER, (_m, at: number) => {
    note('address', at);
    return PLACEHOLDER.address;
  });
  out = out.replace(ADDRESS, (_m, at: number) => {
    note('address', at);
    return PLACEHOLDER.address;
  });
  const kinds = [...found.entries()].sort((a, b) => a[1] - b[1]).map(([k]) => k);
  return { kinds, redacted: out };
}

/** Every word a staff name, genitive "Magaards" included. */
const isStaff = (words: string[], allow: Allow) =>
  words.every((w) => allow.staffNames.has(w) || allow.staffNames.has(w.replace(/s$/, '')));

const startsSentence = (text: string, at: number) =>
  /(?:^|[.!?:\n]\s*|["“(]\s*)$/u.test(text.slice(Math.max(0, at - 4), at)) || at === 0;

function looksLikeCompactDate(d: string): boolean {
  const year = Number(d.slice(0, 4));
  return year >= 1900 && year <= 2099 && isRealDate(year, Number(d.slice(4, 6)), Number(d.slice(6, 8)));
}

/** The screen with no public details allowed; createCore builds one that knows the staff. */
export const screenForPersonalData = createPersonalDataScreen({ emailDomains: ['hjerteforeningen.dk'] });
