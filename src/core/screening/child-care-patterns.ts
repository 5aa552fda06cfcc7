// A child's wellbeing at risk in everyday words: shut in, left asleep in the flat, kept home from
// school to care for a parent, a young child fending for itself, night visits to a child's room.
// On fold()ed and wordForms()ed text ("4-årige" is "4aarige"); they count only for someone else's
// child (hasOtherChild in safety.ts), and self-care only for a young one (youngChild below).

import { CHILD_OBJ } from './child-patterns.js';
import { re } from './regex.js';

const PHOTOGRAPHS = String.raw`(?:tager|tog|taget|takes|took|taking|filmer|filmede|films|filmed) (?:\w+ ){0,2}(?:billeder|fotos|photos|pictures|videos?)`;

export const CHILD_CONFINED = re(
  // A parent who hits, said without an object: "far råber og slår".
  String.raw`\b(?:far|faren|mor|moren|stedfar\w*|stedmor\w*|dad|daddy|mum|mom|father|mother|stepdad|stepmum|stepmom) (?:\w+ ){0,3}(?:slaar|slog|sparker|hits|beats|kicks)\b(?! (?:\w+ )?(?:paa|i|til|ihjel|op|tiden|sig|graes\w*|bolden|golf\w*|on|the|a|up|off|out|it|himself|herself)\b)`,
  String.raw`\b(?:laaser|laaste|laast|lukker|lukkede|lukket|spaerrer|spaerrede|spaerret) (?:${CHILD_OBJ}|ham|hende|dem|ungen|ungerne) (?:\w+ )?inde\b`,
  String.raw`\block(?:s|ed|ing)? ${CHILD_OBJ} (?:\w+ )?(?:in|inside|up|out)\b`,
  String.raw`\b(?:leaves|left|leaving|efterlader|efterlod|efterladt|lader|lod) ${CHILD_OBJ} (?:\w+ ){0,2}(?:asleep|alone|sovende|alene|on (?:his|her|their) own|by (?:himself|herself|themselves)|in the (?:flat|house|car|apartment)|i (?:bilen|lejligheden|huset))\b(?! (?:with|hos|med|sammen med|at)\b)`,
  String.raw`\b(?:gets|got|is|was|being|are|were|bliver|blev|er) (?:\w+ )?(?:locked (?:in|up)|shut in|laast inde|lukket inde|spaerret inde|(?:locked|shut) out (?:of (?:the |their |his |her )?(?:house|home|flat|apartment)|until)|(?:laast|lukket|spaerret) ude (?:af (?:huset|lejligheden|hjemmet)|til|indtil))\b`,
  // Touching kept secret: sexual abuse said the way a child says it.
  String.raw`\b(?:touches|touched|touching|roerer ved|roerte ved|befamler|befamlede|foeler paa) (?:her|him|hende|ham)\b(?=.*\b(?:secret|hemmelig\w*|ikke maa sige|not (?:to|allowed to) tell|(?:don't|doesn't|mustn't) tell|ubehagelig\w*|inappropriate\w*|where (?:she|he) doesn't want|private)\b)`,
  // Alone for days: "alene i lejligheden siden fredag".
  String.raw`\b(?:alone|alene) (?:\w+ ){0,4}(?:since|siden) (?:friday|saturday|sunday|monday|tuesday|wednesday|thursday|yesterday|last night|fredag|loerdag|soendag|mandag|tirsdag|onsdag|torsdag|i gaar|i gaars)\b|\b(?:alone|alene) (?:\w+ ){0,4}(?:for|i) (?:days|flere dage|\w+ days|\w+ doegn|to dage|tre dage|\d+ dage)\b`,
  // Punished with the night, the cold or the door.
  String.raw`\b(?:makes|made|forces|forced) (?:him|her|them) (?:to )?(?:stand|sleep|sit|kneel|stay|wait) (?:\w+ ){0,4}(?:all night|for hours|outside|in the cold|in the dark)\b|\btvinger (?:ham|hende|dem) til at (?:staa|sove|sidde|knaele|vente) (?:\w+ ){0,4}(?:hele natten|i timevis|udenfor|i kulden|i moerket)\b`,
  String.raw`\b(?:smider|smed|smidt) (?:${CHILD_OBJ}|ham|hende|dem) ud (?:af (?:huset|hjemmet|lejligheden)|om natten|i kulden)\b|\b(?:throws|threw|kicks|kicked) (?:${CHILD_OBJ}|him|her|them) out of the (?:house|flat|home)\b`,
  // Alcohol or drugs given to a child; pictures of a child undressed.
  String.raw`\b(?:giver|gav|give|gives|gave|giving) (?:${CHILD_OBJ}|ham|hende|him|her|them|dem) (?:\w+ ){0,2}(?:beer|alcohol|weed|drugs|vodka|spirits|oel|alkohol|hash|stoffer|sprut|joints?)\b`,
  String.raw`\b${PHOTOGRAPHS} (?:\w+ ){0,4}(?:noegen|naked|nude|undressed|uden toej)\b|\b(?:stedfar\w*|stepdad|stepfather|step dad|kaereste\w*|boyfriend|nabo\w*|neighbou?r|onkel\w*|uncle|fremmed\w*|stranger|manden|the man|a man) (?:\w+ ){0,2}${PHOTOGRAPHS} (?:\w+ ){0,4}(?:i badet|under bruseren|in the bath|in the shower)\b`,
  // Waiting in the car while the parent drinks.
  String.raw`\b(?:sover|sidder|venter|ligger|efterlader|efterlod|efterlades|efterladt|leaves|leaving|sleeps|sleeping|sits|sitting|waits|waiting|left) (?:\w+ ){0,2}(?:i bilen|i barnevognen|i klapvognen|udenfor|in the car|in the pram|in the buggy|outside)\b(?=.*\b(?:bar|vaertshus\w*|pub\w*|druk|casino|spillehal\w*|drinking)\b)`,
  // Kept home from school to care for the parent, or for weeks.
  String.raw`\b(?:holdt|holder|holdes|kept|keeps|keeping) (?:\w+ ){0,3}(?:hjemme fra (?:skole\w*|boernehave\w*|institution\w*)|(?:home )?(?:from|off) school)\b(?=.*\b(?:for at (?:passe|hjaelpe|tage sig af|pleje)|to (?:look after|care for|help)|i (?:flere|mange) (?:uger|dage|maaneder)|for (?:weeks|months)|tit|ofte|often|always|altid)\b)(?!.*\b(?:i dag|idag|today|i morgen|tomorrow)\b)`,
  String.raw`\b(?:kommer|kom|gaar|gik|sniger sig|listede) ind (?:paa|i|til) (?:hendes|hans|deres) (?:vaerelse|seng)\w* om natten\b|\b(?:comes|came|goes|creeps|sneaks|coming|keeps coming) into (?:her|his|their) (?:bed)?room at night\b|\b(?:doesn't|does not|don't|didn't|never) feel safe at home\b|\bikke (?:\w+ )?tryg (?:derhjemme|hjemme)\b|\butryg (?:derhjemme|hjemme)\b`,
);

// Things a home should have and does not: config/screening/route-child-home.json (child-home-lacks).

/** A child doing what a parent should: counts for a young child only. */
export const CHILD_SELF_CARE = re(
  String.raw`\b(?:klare|klarer|klarede|passe|passer) sig selv\b(?! (?:\w+ )?(?:godt|fint|flot|i skolen|med lektierne))|\bselv (?:maa|skal|skulle|maatte) (?:\w+ )?(?:finde|lave|smoere|skaffe|koebe) (?:\w+ ){0,2}(?:at spise|mad|aftensmad|morgenmad)\b|\b(?:maa|skal|maatte|skulle) (?:selv )?(?:finde|lave|smoere|skaffe) (?:sin egen|sig noget|noget at spise|selv mad)\b`,
  String.raw`\b(?:has|have|had|having) to (?:\w+ )?(?:make|get|cook|find|fix) (?:his|her|their) own (?:dinner|food|meals?|breakfast|tea|lunch)\b|\b(?:makes|gets|cooks|fixes) (?:his|her|their) own (?:dinner|food|meals?|breakfast|tea) (?:most|every|all) (?:days|nights|day|night)\b|\bfend(?:s|ing)? for (?:himself|herself|themselves)\b|\b(?:alene|alone) (?:\w+ ){0,3}(?:til|indtil|until) (?:kl ?)?(?:19|2[0-3]|midnat|midnight|late at night|sent om aftenen)\b`,
  // The parent cannot get up and the child runs the home.
  String.raw`\bpasser (?:sine |hans |hendes )?(?:smaa )?soeskende\b(?=.*\b(?:ligger i sengen|kan ikke (?:komme|staa) ud af sengen|drikker|er fuld)\b)|\blooks? after (?:his|her|their) (?:little |younger )?(?:siblings|brothers?|sisters?)\b(?=.*\b(?:in bed all day|can'?t get out of bed|drinks|drunk)\b)`,
);

// "en kæreste på 25" for a girl of 13: an adult partner of a child under 16.
const CHILD_AGE =
  /\b(\d{1,2})(?:aarige?|aarigt| year old| years old)\b|\b(?:pige|pigen|dreng|drengen|datter|soen|girl|boy|daughter|son)(?:en)? (?:paa|aged|of) (\d{1,2})\b/g;
const PARTNER = String.raw`(?:kaereste|kaeresten|boyfriend|girlfriend|(?:sammen med|dating|seeing|going out with) (?:en |a )?(?:fyr|mand|man|guy))`;
const PARTNER_AGE = new RegExp(
  String.raw`\b${PARTNER} (?:paa|who is|who's|aged|of|der er) (\d{2})\b|\b(\d{2})(?:aarige?| year old) ${PARTNER}\b`,
);

export function adultWithChild(message: string): boolean {
  const partner = PARTNER_AGE.exec(message);
  const partnerAge = partner ? Number(partner[1] ?? partner[2]) : 0;
  if (partnerAge < 18) return false;
  for (const m of message.matchAll(CHILD_AGE)) if (Number(m[1] ?? m[2]) < 16) return true;
  return false;
}

const YOUNG_WORD =
  /\b(?:de smaa|den lille|smaa (?:boern|soeskende)|lille(?:bror|soester| soen| datter| dreng| pige| barn)|baby|babyen|toddler|infant|little one|boernehave\w*|vuggestue\w*|nursery|kindergarten|\d+ month old|maaneder gammel)\b/;
const AGE = /\b(\d{1,2})(?:aarige?|aarigt| aar\b| year old| years old| yo\b)|\b(?:paa|aged|age|of) (\d{1,2})\b/g;

/** A child of ten or younger in the message. */
export function youngChild(message: string): boolean {
  if (YOUNG_WORD.test(message)) return true;
  for (const m of message.matchAll(AGE)) {
    const age = Number(m[1] ?? m[2]);
    if (age <= 10) return true;
  }
  return false;
}
