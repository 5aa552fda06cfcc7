import type { Lang } from './types.js';

// Danish or English, for short chat questions with typos. Danish is the default: the volunteers
// are Danish, and a question we cannot tell apart is better answered in Danish.

const DA = new Set(
  `jeg du han hun vi i de den det der og at er ikke en et til på med for som har hvad hvor hvordan hvornår hvem hvilken
hvilke hvorfor hvis kan må skal vil gøre gør får få min mit mine din dit dine sin sit sine os mig dig ham hende deres
også eller men når så nu lige bare noget nogen meget mere mange efter under over fra om af ud ind op ned bliver blive
være været var havde skulle kunne ville tak hej nej ja okay hvad'er jo vel altså nok egentlig sådan hos mod uden inden
tage tager holde holder melde sige spørge må'jeg nogle sig selv kun hvor'n ik ikk ik'
orlov vagt vagten vagter noter kram kørsel afbud syg samtale samtalen samtaler frivillig frivillige tovholder
tovholderen konsulent konsulenten møde møder hjælp penge hjem ringe ringer nummer skjult tøj foldere regler`.split(
    /\s+/,
  ),
);

const EN = new Set(
  `i you he she we they it is are was were be been am the a an and or but if to of in on at for with from by about
what where when who whom which why how can could may might must should shall will would do does did have has had
my your our their me him her us them this that these those there here not no yes please thanks thank hi hello any some
get got take make tell say said let lets i'm im don't dont can't cant won't wont what's whats it's its is there anyone
much many long often during after before into out up down off just also only than then so very really
shift shifts leave sick ill notes note mileage hug hugs cancel volunteer volunteers conversation conversations
consultant coordinator allowed allowance reimbursement expenses meeting meetings clothes wear training course
confidentiality secrecy duty report worried worry child children parent parents husband wife friend friends
phone call number hidden register handbook help money paid tomorrow today week month months need want know`.split(
    /\s+/,
  ),
);

/** Letters and digraphs that rarely occur in the other language. */
const DA_MARKS = /[æøå]|\b(hv|kn)\w|\w(tion|sk|ede|ene|erne|ige|lig|hed)\b/giu;
const EN_MARKS = /\b(th|wh)\w|\w(ing|tion|ly|ed|ould|ight)\b|'(s|t|m|re|ve|ll|d)\b/giu;

export function detectLanguage(text: string): Lang {
  const tokens =
    text
      .toLowerCase()
      .normalize('NFC')
      .match(/[\p{L}']+/gu) ?? [];
  let da = 0;
  let en = 0;
  for (const t of tokens) {
    // "i", "a" and "er" are ambiguous or weak; everything else counts one vote.
    if (DA.has(t) && !EN.has(t)) da += 1;
    if (EN.has(t) && !DA.has(t)) en += 1;
  }
  const lower = text.toLowerCase();
  if (/[æøå]/.test(lower)) da += 2;
  da += 0.25 * (lower.match(DA_MARKS)?.length ?? 0);
  en += 0.25 * (lower.match(EN_MARKS)?.length ?? 0);
  return en > da ? 'en' : 'da';
}
