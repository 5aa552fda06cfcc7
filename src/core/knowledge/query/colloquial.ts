// Chat spellings volunteers type ("hvad skal jeg ha på", "må jeg gi ham", "u", "pls") mapped to
// the written word, so glossary phrases and stop words see the same word either way. Applied
// to questions only: the documents are written Danish.

const SPELLINGS: Record<string, string> = {
  // Danish speech spellings
  ha: 'have',
  haa: 'have',
  gi: 'give',
  ka: 'kan',
  ku: 'kunne',
  sku: 'skulle',
  ik: 'ikke',
  ikk: 'ikke',
  ike: 'ikke',
  hva: 'hvad',
  hvaa: 'hvad',
  hvorn: 'hvornår',
  nåe: 'noget',
  noe: 'noget',
  sån: 'sådan',
  sådn: 'sådan',
  oss: 'os',
  dk: 'danmark',
  tlf: 'telefon',
  nr: 'nummer',
  mobilnr: 'telefonnummer',
  tlfnr: 'telefonnummer',
  // English chat spellings
  u: 'you',
  ur: 'your',
  r: 'are',
  pls: 'please',
  plz: 'please',
  thx: 'thanks',
  ty: 'thanks',
  gonna: 'going',
  wanna: 'want',
  gotta: 'must',
  cuz: 'because',
  coz: 'because',
  cos: 'because',
  abt: 'about',
  w: 'with',
  msg: 'message',
  pt: 'patient',
};

export const colloquialToWritten = (word: string): string => SPELLINGS[word] ?? word;
