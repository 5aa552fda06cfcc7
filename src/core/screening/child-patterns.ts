// Patterns for a child's wellbeing (underretningspligt), on fold()ed text. They count only when the
// message is about someone else's child (see hasOtherChild in safety.ts).

import { re } from './regex.js';

export const CHILD_OBJ = String.raw`(?:(?:hans|hendes|sin|sine|deres|his|her|their|the) (?:(?:lille|smaa|little|young|\w+aarige|\d+ (?:year|month) old) )?(?:soen|datter|dreng|pige|barn|boern|barnebarn|son|daughter|boy|girl|child|kids?|grandson|granddaughter|baby|toddler)|(?:hans|hendes|sin|sine|deres|his|her|their|the) (?:\w+aarige|\d+ (?:year|month) old)|barnet|boernene|boern|sit barn|sine boern|soennen|datteren|drengen|pigen|ungerne|sin soen|sin datter|hendes soen|hendes datter|hans soen|hans datter|the child|the children|the kids|the boy|the girl|his son|her son|his daughter|her daughter|their son|their daughter|the baby|babyen|den lille|de smaa|ungen|barnebarnet|boerneboernene|the little one|the little ones|(?:his|her|their) grandchildren|(?:his|her|their|the) \d+[- ]year[- ]old)`;

export const CHILD_WORD = re(
  String.raw`\b(?:barn|barnet|barns|barnets|boern|boernene|boernenes|soen|soennen|soenner|datter|datteren|doetre|dreng|drengen|pige|pigen|baby|babyen|spaedbarn|teenager|unger|ungerne|lillebror|lillesoester|ungen|poden|barnebarn|barnebarnet|boerneboern|boerneboernene|\w*aarig|\w*aarige|\w*aarigt)\b`,
  String.raw`\b\d+[- ]?aar(?:ig|ige|igt)?\b|\bden lille\b|\bde smaa\b|\bsmaa boern\b`,
  String.raw`\b(?:the )?little ones?\b|\blads?\b|\b(?:childs|childrens|sons|daughters|boys|girls|babys|toddlers|grandsons|granddaughters|child|children|kid|kids|son|daughter|boy|girl|toddler|infant|teen|teenager|baby|grandchild|grandchildren|grandkids?|grandson|granddaughter)\b|\b\d+[- ](?:year|month)[- ]olds?\b|\bteenage\b|\bmaaneder gammel\b|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)[- ]year[- ]old\b`,
);

/** A child word not owned by the volunteer ("min søn", "my daughter" are their own family). */
export const OWN_CHILD_PREFIX = /\b(?:min|mit|mine|vores|my|our)\s$/;

/** "alene" about a child, but not "alene med tre børn" (a single parent). */
export const CHILD_LEFT_ALONE = re(
  String.raw`\balene\b(?! (?:med|om at|forsoerger))`,
  String.raw`\b(?:alone|on (?:his|her|their) own)\b(?! with)`,
);

/** Broad signs of neglect; count only in a report about someone else's child. */
export const CHILD_NEGLECT_WEAK = re(
  // Food that is not there, not food a child will not eat.
  String.raw`\b(?:ingen|intet|ikke nok|ikke noget|sjaeldent|aldrig|uden) (?:\w+ ){0,2}(?:mad|aftensmad|morgenmad|frokost|madpakke|at spise)\b|\bikke (?:\w+ ){0,2}(?:faar|fik|har faaet|faa) (?:\w+ ){0,2}(?:mad|aftensmad|morgenmad|frokost|madpakke|at spise)\b|\bikke (?:har |havde )?(?:\w+ )?spist\b|\bikke (?:\w+ ){0,2}raad til (?:\w+ )?mad\b`,
  String.raw`\b(?:no|not enough|without|never|rarely|hardly any|nothing) (?:\w+ ){0,2}(?:food|dinner|breakfast|lunch|meals?|to eat)\b|\b(?:hasn't|haven't|has not|have not|hadn't|had not|didn't|did not|doesn't|don't|do not|does not) (?:\w+ ){0,2}(?:eaten|get (?:\w+ )?(?:food|meals?|dinner|breakfast|fed|to eat)|have (?:any )?(?:food|meals?))\b|\bnobody (?:feeds|looks after|takes care of)\b|\bingen (?:giver \w+ mad|passer paa|tager sig af)\b`,
  String.raw`\blaast inde\b|\blocked (?:in|up)\b|\bgemmer sig\b|\b(?:hides|hiding)\b(?= (?:from|under|in|when|whenever|behind|every|himself|herself)\b|$|[,.!?;])|\bikke (?:bliver |blev )?hentet\b|\blaase[rt]? (?:\w+ ){0,2}(?:inde|ude)\b|\block(?:s|ed)? (?:\w+ ){0,3}in (?:the|his|her|a|their) (?:basement|room|closet|cellar|cupboard)\b|\bbange (?:og \w+ )?naar (?:far|faren|mor|moren|stedfaren|han|hun) (?:kommer|er)\b|\b(?:hasn't|has not|haven't|have not) been (?:to|in) school\b|\bikke (?:\w+ ){0,2}(?:vaeret|gaaet) i (?:skole|skolen|boernehave|boernehaven)\b|\bnot picked up\b|\bikke (?:\w+ ){0,2}toej\b|\bno (?:warm )?clothes\b`,
  String.raw`\b(?:bange|raedde?|angste?) for (?:ham|hende|sin far|sin mor|faren|moren|stedfaren|stedmoren|deres far|deres mor)\b|\b(?:scared|afraid|frightened|terrified) (?:stiff |to death )?of (?:him|her|their (?:father|mother|dad|mom|mum|stepfather|stepdad|stepmum|stepmom|step dad|step mum))\b|\bflinch(?:es|ed|ing)? when (?:he|she|dad|mum|mom|their \w+) (?:walks|comes|gets|raises)\b|\bkrymper sig naar (?:han|hun|far|mor|stedfar\w*) (?:kommer|gaar|laver)\b`,
);

export const CHILD_NEGLECT = re(
  String.raw`\balene hjem+e\b|\balene om (?:natten|aftenen)\b|\balene (?:i|hele) (?:timevis|dagevis|flere dage|natten|weekenden)\b|\bpasser sig selv\b|\balene (?:natten over|hele natten)\b|\bikke (?:er |var |har )?(?:blevet |bliver )?(?:skiftet|vasket|badet)\b|\bpasser (?:\w+ ){0,2}(?:smaa )?soeskende (?:\w+ ){0,3}(?:hver nat|om natten|hele natten|alene|hele weekenden)\b|\boverlad(?:es|t|ade)? til sig selv\b|\buden (?:opsyn|tilsyn|voksne)\b|\bingen voksne\b`,
  String.raw`\b(?:ingen|ikke|ikke noget|ikke nok|sjaeldent|aldrig) (?:er |var |faar |fik |har |nok |noget |ordentlig )*(?:mad|aftensmad|morgenmad|at spise)\b|\bsulten\b|\bsultne\b|\bsulter\b|\bhar ikke spist\b|\bikke (?:har |havde )?(?:faaet (?:noget )?(?:at )?)?spist\b|\bgaar sulten\b`,
  String.raw`\bomsorgssvigt\w*|\bforsoemt\b|\bvanroegt\w*|\bmistrives\b|\bmistrivsel\b|\btrives ikke\b|\bikke trives\b|\bikke (?:i|kommer i|moeder (?:op )?i|er i) (?:skole|skolen|boernehave|boerhaven|boernehaven|vuggestue|vuggestuen)\b|\bbeskidt\b|\buvasket\b|\bsnavset\b|\bblaa maerker\b|\bbange for at (?:komme|gaa|tage) hjem\b`,
  String.raw`\bstraffer (?:\w+ ){0,2}fysisk\b|\bfysisk (?:afstraffelse|straf)\b|\b(?:lussing|lussinger|revser|revset)\b`,
  String.raw`\b(?:don't|doesn't|do not|does not|never|rarely|hardly) (?:get|have|gets|has|ever get) (?:enough |any |proper |a )?(?:food|meals?|dinner|breakfast|to eat)\b|\blook(?:s|ing)? after (?:themselves|himself|herself)\b|\bfend(?:s|ing)? for (?:themselves|himself|herself)\b`,
  String.raw`\bhome alone\b|\balone at (?:night|home)\b|\bleft alone\b(?! with)|\bleft (?:\w+ )?(?:by (?:himself|herself|themselves)|on (?:his|her|their) own)\b|\b(?:by (?:himself|herself|themselves)|alone) (?:overnight|all night)\b|\b(?:hasn't|has not|haven't|have not|isn't|is not|wasn't|not) (?:been )?(?:changed|fed|washed|bathed)\b|\blook(?:s|ing)? after (?:his|her|their) (?:\w+ )?(?:siblings|brothers?|sisters?) (?:\w+ ){0,2}(?:every night|at night|all night|alone)\b|\bon (?:his|her|their) own (?:at night|all night|for days)\b|\bunsupervised\b`,
  String.raw`\bno food\b|\bnot fed\b|\bnot enough (?:food|to eat)\b|\bnothing to eat\b|\bhungry\b|\bstarving\b|\bneglect\w*|\bnot (?:going|sent|taken) to school\b|\bdirty\b|\bunwashed\b|\bbruises?\b|\bnot thriving\b|\bisn't thriving\b|\bscared to go home\b|\bafraid to go home\b`,
);

// A parent who is drunk or high: config/screening/route-child-home.json (parent-drunk-or-high).
export const PARENT_WORD = re(
  String.raw`\b(?:passet af|passes af|bor hos|looked after by|babysat by|lives with|barnepige\w*|babysitter)\b|\b(?:mor|moren|mors|far|faren|fars|foraelder|foraelderen|foraeldre|foraeldrene|stedfar|stedmor|mother|father|mum|mom|dad|parents?|stepfather|stepmother)\b`,
);
/** "hendes mand", "his wife": the victim of violence in the sentence is an adult partner. */
export const ADULT_PARTNER = re(
  String.raw`\b(?:hendes|hans|sin|min|din|deres) (?:mand|kone|hustru|kaereste|partner|samlever|ekskaereste|eksmand|ekskone)\b`,
  String.raw`\b(?:her|his|my|their) (?:husband|wife|partner|boyfriend|girlfriend|ex)\b`,
);
const CHILD_NOUN = String.raw`(?:barn|barnet|boern|boernene|soen|soennen|datter|datteren|dreng|drengen|pige|pigen|baby|babyen|ungen|ungerne|den lille|\d+[- ]?aarige?|\w+aarige?|child|children|kids?|son|daughter|boy|girl|baby|toddler|infant|\d+[- ]year[- ]old)`;
/** The child is the one alone: "hans 2-årige er ofte alene", "the kids are left alone". */
export const CHILD_ALONE = new RegExp(
  String.raw`\b${CHILD_NOUN} (?:\w+ ){0,3}(?:er|var|bliver|blev|efterlades|efterladt|is|was|are|were|gets|get|got) (?:\w+ ){0,2}(?:alene|left alone|alone)\b(?=.*\b(?:ofte|tit|altid|hele natten|om natten|om aftenen|i timevis|i flere dage|hjemme|i weekenden|often|always|all night|at night|for hours|for days|at home|all weekend)\b)`,
  'g',
);
export const CHILD_VIOLENCE = new RegExp(
  String.raw`\b(?:slaar|slog|taesker|sparker|kvaeler|mishandler|hits|hit|hitting|beats|beat|beating|kicks|kicking|slaps|slapping|punches|punching|hurts|hurting|abuses|abused|abusing|chokes) ${CHILD_OBJ}\b|\b(?:voldelig|voldelige|vold) (?:over for|overfor|mod) ${CHILD_OBJ}\b|\bviolent (?:to|towards|toward|with) ${CHILD_OBJ}\b|${CHILD_OBJ} (?:bliver|blev|er blevet|is|was|gets|got|has been) (?:\w+ )?(?:slaaet|taevet|mishandlet|misbrugt|beaten|hit|abused|molested)\b`,
  'g',
);
/** Hitting in everyday words: "giver ungerne en på kassen", "gives the kids a smack". */
export const HIT_IDIOM = String.raw`(?:en paa (?:kassen|hovedet|oeret|oererne|frakken|munden|siden af hovedet)|en lussing|lussinger|en roevfuld|roevfuld|en endefuld|endefuld|taesk|bank|kloe|a smack|a slap|a beating|a hiding|the belt)`;
export const CHILD_VIOLENCE_MORE = re(
  String.raw`\b(?:grab\w*|griber|greb|tager|tog|took|holds|held|holdt) ${CHILD_OBJ} (?:by|om|i) (?:the )?(?:throat|neck|hair|halsen|haaret|struben|nakken)\b`,
  String.raw`\b(?:har|havde|has|had) (?:\w+ ){0,2}(?:slaaet|taevet|sparket|banket|mishandlet|kvalt|hit|beaten|kicked|abused|slapped|punched) ${CHILD_OBJ}\b`,
  String.raw`\b(?:ryster|rystede|rystet|shakes|shook|shaken|shaking) ${CHILD_OBJ}|\b${CHILD_NOUN} (?:\w+ )?(?:was|is|got|gets|bliver|blev|er blevet|has been) (?:\w+ )?(?:shaken|rystet)\b|\b(?:giver|gav|giv|give|gives|gave|giving) ${CHILD_OBJ} ${HIT_IDIOM}|\b${CHILD_OBJ} (?:faar|fik|gets|got) ${HIT_IDIOM}`,
);
/** The children see violence between the adults at home. */
export const CHILD_LET_DOWN = new RegExp(
  String.raw`\b${CHILD_NOUN} (?:\w+ ){0,2}(?:bliver|blev|er blevet|is being|was|are being|were|have been|has been) (?:\w+ )?(?:svigtet|forsoemt|overset|neglected|let down)\b`,
  'g',
);
export const CHILD_WITNESS = re(
  String.raw`\b(?:foraeldrene|foraeldre|mor og far|far og mor|de voksne|han og (?:hans |sin )?(?:kone|konen|moren|kaereste|kaeresten)|hun og (?:hendes |sin )?(?:mand|manden|faren|kaereste|kaeresten)) (?:\w+ ){0,2}(?:slaas|sloges|er voldelige|kaster (?:med )?ting|smider (?:med )?ting)\b`,
  String.raw`\b(?:parents|he and (?:his|their) (?:wife|mum|mom|partner|girlfriend)|she and (?:her|their) (?:husband|dad|partner|boyfriend)) (?:\w+ ){0,2}(?:fight|are fighting|hit each other|get violent)\b(?=.*\b(?:thrown|throw|throwing|hit|hits|violent|smash\w*)\b)|\bthings get (?:thrown|smashed|broken)\b`,
);
export const CHILD_CONCERN = re(
  String.raw`\bbekymret for (?:et |en |hendes |hans |deres |det |den |dette |denne |sit |sin |patientens |morens |farens |\w+s )?(?:lille )?(?:barn|barns|barnet|barnets|boern|soen|soens|datter|datters|dreng|pige|\w*aarige?)\b`,
  String.raw`\bworried about (?:a |her |his |their |the |this )?(?:little )?(?:child|childs|kid|son|daughter|boy|girl|\d+[- ]year[- ]old)\b`,
);
