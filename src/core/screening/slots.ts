import { CHILD_WORD } from './child-patterns.js';

// The grammar behind the phrase lists in config/screening/*.json: a phrase may name a slot, such
// as {person}, and the slot's words live here, in one place, in folded spelling. A consultant
// writes "er bekymret for {person}"; which words count as a person is the grammar's business.

const PRONOUN_3 = String.raw`(?:han|hun|de|den|he|she|they)`;
const PERSON_NOUN = String.raw`(?:\w*patient\w*|\w*paaroerende|dame|damen|herre|herren|borger|borgeren|person|personen|fyr|fyren|mor|moren|far|faren|mand|manden|kone|konen|kvinde|kvinden|datter|datteren|soen|soennen|bror|broren|soester|soesteren|nabo|naboen|ven|vennen|veninde|veninden|familie|familien|kaereste|kaeresten|partner|partneren|mother|father|mum|mom|dad|man|woman|wife|husband|lady|guy|son|daughter|brother|sister|neighbou?r|friend|family|partner|girlfriend|boyfriend|relative|caller|gentleman)`;
const DETERMINER = String.raw`(?:en|et|den|det|min|mit|vores|hans|hendes|deres|sin|a|an|the|my|our|his|her|their|this|that|one of (?:my|our|the))`;

export const SLOTS: Record<string, string> = {
  /** Someone else: a pronoun, a person noun with or without a determiner, or a child. */
  person: String.raw`(?:ham|hende|dem|him|her|them|nogen|someone|somebody|${DETERMINER} (?:\w+ )?${PERSON_NOUN}|${PERSON_NOUN}|${DETERMINER} (?:\w+ )?(?:${CHILD_WORD.source}))`,
  /** He, she, they (as the subject of what follows). */
  pron3: PRONOUN_3,
  /** Any child word ("barnet", "the 6-year-old", "de små"). */
  child: `(?:${CHILD_WORD.source})`,
  /** Up to three words in between. */
  gap: String.raw`(?:\w+ ){0,3}`,
  /** The end of a sentence: "jeg er bekymret." but not "jeg er bekymret for at komme for sent". */
  end: String.raw`(?=\s*(?:[.!?]|$))`,
  /** A weapon. */
  weapon: String.raw`(?:kniv|kniven|pistol|pistolen|gevaer|gevaeret|vaaben|vaabnet|oekse|hammer|baseballbat|knife|gun|rifle|axe|weapon|machete)`,
};
