// Suicide said without the words for it: a deadly method named after a wish or a plan, medicine
// stopped or left untaken so "it can happen", farewells and letters for "when I am gone", looking
// up a lethal dose. On fold()ed and wordForms()ed text. A method alone ("han kørte ind i et træ")
// is an accident story; it counts only after a verb of wanting, planning or thinking about.

import { re } from './regex.js';

// Wanting, planning, pondering: "har lyst til at", "har tænkt på at", "wants to", "keeps thinking about".
const INTENT = String.raw`(?:har (?:\w+ )?lyst til at|fik lyst til at|har (?:\w+ )?(?:taenkt|overvejet|fantaseret) (?:paa|om) at|taenker (?:\w+ )?(?:paa|paa at|over at|om at)|overvejer (?:at )?|vil (?:bare |gerne )?|ville (?:bare |gerne )?|har planer om at|planlaegger at|drømmer om at|droemmer om at|fantaserer om at|want(?:s|ed)? to|(?:is |was |keeps |kept )?think(?:s|ing)? (?:of|about)|thought (?:of|about)|considering|plans? to|planning to|is going to|tempted to)`;
// Ways to die people name without saying "selvmord".
const METHOD = String.raw`(?:koere|koerer|koert) (?:\w+ ){0,2}(?:ud over (?:\w+ )?(?:kajen|kanten|broen|klinten|skraenten|klippen|molen)|ind i (?:\w+ ){0,2}(?:lastbil|lastvogn|traeet|trae|et trae|muren|mur|vaeg|bropille|bropillen|modkoerende|autovaernet|toget|tog|bus)|ud (?:i|foran) (?:havnen|vandet|havet|toget|et tog|en lastbil))|(?:hoppe|springe|hopper|springer) (?:\w+ ){0,2}(?:ud )?(?:fra|af|ud af|ud over|foran|i|ned fra) (?:\w+ ){0,3}(?:sal|altan\w*|vindue\w*|taget|broen|bro|toget|tog|klinten|skraenten|etage|havnen|vandet|tagterrassen)|gaa (?:ud )?(?:i|ud i) (?:havet|vandet|soeen|havnen)|(?:gaa|traede|stille sig|laegge sig|hoppe|springe|kaste sig) (?:\w+ ){0,2}(?:ud )?foran (?:et |en |toget|tog|bilen|bussen|lastbilen|metroen)|(?:laegge sig|gaa) (?:ud )?paa (?:skinnerne|sporet|motorvejen)|(?:step|walk|jump|throw (?:himself|herself|myself)) (?:out )?in front of (?:a|an|the) (?:train|bus|lorry|truck|car)|(?:drive|driving|drove|crash|crashing|steer|steering) (?:\w+ ){0,3}(?:into|off|over|in front of) (?:a|an|the) (?:\w+ )?(?:tree|wall|lorry|truck|bridge|cliff|pier|quay|harbour|harbor|river|sea|oncoming \w+|train|bus)|(?:jump|jumping|throw (?:himself|herself|myself)) (?:\w+ ){0,2}(?:off|from|out of|in front of|into) (?:a|an|the|his|her|my) (?:\w+ )?(?:bridge|train|roof|building|balcony|window|cliff|river|sea|floor)|walk (?:\w+ )?into the (?:sea|water|river|lake)|saette ild til sig selv|set fire to (?:himself|herself|myself)`;
// Medicine the patient lives on.
const MEDICINE = String.raw`(?:\w*medicin\w*|\w*piller|\w*pillerne|\w*tabletter|\w*tabletterne|insulin\w*|blodfortyndende|medicine|medication|meds|pills|tablets|heart pills|blood thinners|insulin|statins|warfarin)`;
// What the patient wants from stopping: to die, to let it happen.
const LET_IT_END = String.raw`(?:be over|it ends|it just ends|it'?ll end|it will end|end it|letting (?:it|nature) (?:happen|take its course)|let (?:it|nature) (?:happen|take its course)|to die|dies|doe|doer|lade det ske|lade staa til|lade naturen gaa sin gang|det (?:er|bliver) (?:\w+ )?(?:slut|forbi) (?:med (?:ham|hende|mig)|for (?:ham|hende|mig))|slippe|ikke (?:\w+ )?(?:vaere her|leve|vaagne))`;

const LOOKED_UP = String.raw`(?:looking up|looked up|look up|googl\w+|search\w*(?: online)?|researching|researched|checking|checked|googlet|googler|soegt|soeger|undersoegt|undersoeger|slaaet op|slaar op|kigget efter|tjekket)`;
// A doctor behind the change: "stoppet med pillerne efter lægens råd" is treatment.
const NO_DOCTOR = String.raw`(?!.*\b(?:laege\w*|doctor\w*|gp|cardiologist|kardiolog\w*|sygeplejerske\w*|nurse|afdelingen)\b)`;

export const SUICIDE_METHOD = re(
  String.raw`\b${INTENT} (?:\w+ ){0,2}${METHOD}\b`,
  // Medicine stopped, thrown out or left untaken, with an end named later in the sentence.
  String.raw`\b(?:stop\w*|quit\w*|holde op|holder op|holdt op|hoert op|stoppe\w*|smidt|smide|smed|smider|thrown|threw|throw|flushed|skippe\w*|(?:not|ikke|aldrig|never|hasn't|has not|haven't|have not) (?:\w+ )?(?:taking|take|taken|tage|tager|taget|to take)) (?:\w+ ){0,3}${MEDICINE}\b${NO_DOCTOR}(?=.*\b${LET_IT_END})`,
  // Looking up a lethal dose ("how many … it would take" alone is a dosing question).
  String.raw`\b${LOOKED_UP} how (?:many|much) (?:\w+ ){0,4}${MEDICINE} (?:\w+ ){0,3}(?:it would take|it takes|would kill|to die|would be enough|you need)\b|\bhow (?:many|much) (?:\w+ ){0,4}${MEDICINE} (?:\w+ ){0,3}(?:would kill|to die|to overdose|would be lethal)\b`,
  String.raw`\b${LOOKED_UP} hvor mange (?:\w+ ){0,4}${MEDICINE} (?:\w+ ){0,3}(?:der skal til|skal der til|man skal tage|der er doedelig|for at doe)\b|\bhvor mange (?:\w+ ){0,4}${MEDICINE} (?:\w+ ){0,3}(?:der er doedelig|for at doe|der slaar (?:en|ham|hende) ihjel)\b`,
  // A letter or a goodbye for the time after: "breve til sine børn … når hun er borte".
  String.raw`\b(?:skrevet|skriver|skrev|skrive|wrote|written|writing|write|leaving|left) (?:\w+ ){0,3}(?:brev|breve|brevet|letters?|notes?|a note|til (?:\w+ ){0,2}at|to (?:\w+ ){0,2}that)\b(?=.*\b(?:ikke skal (?:savne|soerge over|vaere kede? af det)|(?:not|shouldn't|should not|mustn't) (?:to )?(?:miss|grieve for|be sad)|(?:naar|hvis|efter|when|after|once) (?:han|hun|jeg|he|she|i)(?:'s|'m)? (?:\w+ )?(?:ikke er her|ikke (?:\w+ )?er her|er borte|er vaek|er doed|er gaaet bort|is gone|gone|am gone|is dead|dead|no longer here|not here|not around)))`,
  String.raw`\b(?:sagt|sagde|siger|siges|said|saying|says|sagt sit) farvel\b(?=.*\b(?:for altid|for good|forever|sidste gang (?:\w+ ){0,3}(?:ses|ser hinanden|ser (?:dem|hende|ham|os|dig|mig)|taler sammen|snakker sammen)|last time (?:\w+ ){0,3}(?:see|seeing|talk|speak))\b)|\b(?:won't|will not|doesn't|does not|ikke faar) (?:\w+ ){0,2}(?:need|brug for) (?:\w+ ){0,3}(?:where (?:she|he|i)(?:'s| is|'m| am) going|hvor (?:han|hun|jeg) skal hen)\b`,
  String.raw`\b(?:delt|deler|delte|fordelt|fordeler|fordelte) (?:\w+ ){0,2}(?:ting|ejendele|vaerdier|smykker|toej|sager) (?:\w+ ){0,2}ud\b`,
  String.raw`\b(?:er|var|blevet) (?:helt )?faerdig med (?:livet|at leve)\b|\b(?:is|was|'s|i'm|am) (?:just )?(?:done|finished) with (?:it all|life|living|everything)\b(?! (?:at|in|on|for|with|here|there|now that)\b)`,
  String.raw`\b(?:would|'d) (?:much )?(?:rather|sooner) not (?:be (?:here|alive|around)|live|wake up)\b|\bvil (?:hellere|hellere bare) (?:ikke (?:vaere her|leve|vaagne)|vaere doed|doe)\b`,
  String.raw`\b(?:ingen|nobody|no one|no-one) (?:vil|ville|would|will|'d|'ll) (?:\w+ )?(?:savne|miss) (?:ham|hende|mig|him|her|me)\b(?! (?:\w+ )?(?:paa|at|i|in|when|naar|til|ved|hvis|if|while|mens)\b)|\bhellere (?:\w+ ){0,2}(?:vaere doed|sove ind|ikke vaagne|forsvinde)\b|\brather (?:\w+ ){0,2}(?:be dead|not wake up|sleep forever|disappear)\b|\bsove ind for altid\b|\b(?:go to )?sleep for ?ever\b`,
  // "better off not waking up", "bedre hvis han ikke vågnede".
  String.raw`\bbetter off (?:not (?:waking up|being (?:here|around|alive))|gone|asleep for ever|asleep forever)\b|\bbedre (?:hvis|om) (?:han|hun|jeg) (?:ikke (?:\w+ )?(?:vaagnede|vaagner|var her|levede)|var (?:vaek|doed|borte))\b`,
);
