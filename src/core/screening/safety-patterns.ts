// Deterministic patterns for the safety screen, written against fold()ed text (æ→ae, ø→oe, å→aa).
// "Strong" patterns describe an event ("vil tage sit liv", "slår hende"); "weak" ones are bare
// topic words ("selvmord", "vold") that only count when the message reports a real situation.

import { HIT_IDIOM } from './child-patterns.js';
import { re } from './regex.js';

// A person, in the object position after a verb of violence.
// Longest first, so "her mum" is read whole; the lookahead keeps games ("slår far i skak") and "hits her son" (a child) out of the adult pattern.
const ADULT_OBJ = String.raw`(?:his girlfriend|sine foraeldre|sygeplejersken|her boyfriend|the neighbour|sin kaereste|the neighbor|hendes mand|her husband|her partner|his partner|sin partner|her mother|his mother|sin hustru|the doctor|hans kone|kaeresten|the nurse|their mom|their mum|his wife|hustruen|sin kone|sin mand|her dad|her mom|her mum|his dad|his mom|his mum|sin far|sin mor|father|laegen|manden|mother|naboen|faren|hende|konen|moren|dad|dem|far|ham|her|him|mig|mom|mor|mum|me|os)(?! (?:son|daughter|child|children|kid|kids|boy|girl|baby|toddler|little|\d+|soen|datter|barn|boern|dreng|pige|lille)| (?:i|at|in) (?:skak|kort|ludo|tennis|badminton|golf|spil|matador|chess|cards|golf|scrabble|poker|bridge|kryds og bolle|yatzy)\b)`;

const WEAPON = String.raw`(?:kniv|kniven|pistol|pistolen|gevaer|oekse|hammer|koelle|baseballbat|knife|gun|rifle|axe|baseball bat|cricket bat|bat|hammer|machete)\b`;
// "Hun kunne slå ham ihjel, når han snorker": a modal of exasperation and an everyday trigger.
const NOT_IDIOM = String.raw`(?<!\b(?:kunne|could) (?:godt |bare |simpelthen )?)`;
const COULD_KILL = String.raw`\bkunne (?:godt |bare |simpelthen )?(?:slaa (?:\w+ ){1,2}ihjel|draebe \w+)\b(?! (?:\w+ )?(?:naar|hver gang|fordi|nogle gange|for at|somme tider)\b)`;

// Before a death wish: not when it is a fear ("bange for ikke at vågne op igen" after surgery).
const NOT_FEAR = String.raw`(?<!\b(?:bange|angst|nervoes|frygter|frygtede|afraid|scared|frightened|fears?|feared|worried|terrified|nervous)\b[^.!?]{0,60})`;

export const SUICIDE_STRONG = re(
  String.raw`\bta(?:ge|ger|get|g|r)? (?:sit|sig|mit|dit|hans|hendes|deres|vores)?\s?(?:eget |egne )?liv(?:et)?\b(?! (?:som|med|paa|efter|op|i egne|i sin|i mine|i hans|i hendes|alvorligt|stille|roligt))`,
  String.raw`\bta(?:ge|ger|g|r)? livet af (?:sig|mig|ham|hende)`,
  String.raw`\b(?:ikke|ik|ikk|ikke laengere|ingen grund til at) (?:vil|ville|orker|orke|orkede|gider|gad|kan|kunne|magter|har lyst til at|oensker at|har lyst at|har mod paa at) (?:at )?(?:leve|lever|vaere her|vaere til|leve laengere|leve mere)\b`,
  String.raw`\b(?:vil|ville|orker|gider|gad|kan|kunne|oensker|har lyst til) (?:bare |egentlig |slet |helst )?ikke (?:mere |laengere )?(?:at )?(?:leve|vaere her|vaere til)\b`,
  String.raw`\b(?:orker|magter|orkede) ikke (?:mere|livet|at leve)\b(?! (?:i dag|nu|med|af|til|at|paa|i|end|om)\b)|\bikke (?:orker|magter|orkede) (?:mere|livet|at leve)\b(?! (?:i dag|nu|med|af|til|at|paa|i|end|om)\b)|\b(?:han|hun) (?:\w+ )?(?:kan ikke|ikke kan|kunne ikke|ikke kunne) (?:mere|klare mere)\b(?! (?:end|med|af|til|at|i|om|paa)\b)`,
  String.raw`\b(?:vil|ville|oensker at|oensker|har lyst til at|gerne vil|haaber at|vil bare) (?:bare |gerne |helst |bare gerne )?(?:doe|do|doe nu)\b`,
  String.raw`\bgoere? en ende paa (?:det|livet|sit liv|mit liv|det hele|alting)\b|\bgoere? det af med (?:sig|mig) selv\b`,
  String.raw`\b(?:ende|slutte|afslutte) (?:det hele|sit liv|mit liv|livet)\b`,
  String.raw`\b(?:hellere|bare|gerne|oensker|ville oenske|vil|ville) (?:\w+ ){0,2}(?:vaere|var) doed\b|\b(?:eneste|hans|hendes|min|sin|sidste) udvej\b|\b(?:ingen|ikke nogen|ikke se nogen|ikke kan se nogen|ikke se) (?:\w+ )?mening med (?:livet|at leve)\b|\bintet at leve for\b`,
  String.raw`\b(?:vil|ville|planlaegger|overvejer|taenker paa at|truer med at|truede med at|har tænkt paa at|har taenkt paa at) (?:\w+ ){0,2}begaa selvmord\b|\b(?:want\w*|going|plans?|planning|threaten\w*|thinking about|considering) (?:to )?(?:\w+ ){0,2}commit(?:ting)? suicide\b`,
  String.raw`\bslaa (?:sig|mig) (?:selv )?ihjel\b`,
  String.raw`\b(?:skade|skader|skadet|skaere|skaerer|cutter|brænde|braende) (?:i )?(?:sig selv|mig selv)\b`,
  String.raw`\bsidder med (?:alle )?pillerne\b|\bhar pillerne klar\b|\bsluge (?:alle )?(?:sine |mine )?(?:piller|tabletter)\b|\btage alle (?:sine|mine) (?:piller|tabletter)\b|\btage en overdosis\b|\bskyde (?:sig|mig) selv\b|\btraet af (?:at leve|livet)\b|\bikke (?:\w+ ){0,2}(?:se|saa|ser|kan se) (?:nogen )?(?:grund|mening) (?:til|med|i) at (?:leve|fortsaette)\b`,
  String.raw`\bhaenge sig\b|\bkaste sig (?:ud )?foran\b|\bspringe ud (?:fra|foran)\b|\bsaml(?:e|er|et|ede)? (?:\w+ )?(?:paa )?(?:piller|tabletter|sovepiller)\b|\bhamstr\w* (?:piller|tabletter|medicin)\b|\boverdosis\b|\bafskedsbrev\b`,
  String.raw`\b(?:er|var|blev|virker|virkede|lyder|loed|er blevet|er meget|er akut) (?:meget |akut |tydeligt )?(?:selvmordstruet|selvmordstruede|suicidal|livstraet)\b`,
  String.raw`\bselvmordstanker\b|\bselvmordsforsoeg\b|\btanker om (?:at tage sit liv|selvmord|at doe)\b`,
  String.raw`\b(?:kill|kil|kll|off)(?:s|ing|led)? (?:himself|herself|myself|themselves|themself|yourself)\b|\b(?:no|any|the) (?:point|reason) (?:in|to|of) (?:living|live|going on|being alive)\b|\bnothing (?:left )?to live for\b|\b(?:no|only) way out\b|\brather be dead\b|\bjump (?:off|in front of|from) (?:a|the) (?:bridge|train|roof|building|balcony)\b|\bshoot (?:himself|herself|myself)\b|\b(?:swallow|take) all (?:his|her|my|their) (?:pills|tablets)\b|\b(?:sick|tired) of (?:living|life)\b|\bcan'?t go on\b`,
  String.raw`\b(?:end|ending|take|taking) (?:his|her|my|their|your) (?:own )?life\b`,
  String.raw`\b(?:doesn't|does not|don't|do not|didn't|did not|no longer|not|never) (?:want|wants|wanna|wanted) to (?:live|be alive|be here)\b`,
  String.raw`\b(?:want|wants|wanted|wanting) to die\b|\b(?:would|'d) (?:rather|sooner) (?:die|be dead)\b|\bwish(?:es|ed)? (?:he|she|i|they) (?:was|were) dead\b|\bbetter off dead\b`,
  String.raw`\bself[- ]?harm\w*|\b(?:hurt|hurting|harm|harming|cut|cutting|cuts) (?:himself|herself|myself|themselves)\b|\bend it all\b`,
  String.raw`\b(?:is|was|seems|seemed|sounds|sounded|became) (?:very |acutely |clearly )?suicidal\b|\bsuicidal (?:thoughts|ideation|plans)\b|\boverdose\b|\bhang (?:himself|herself|myself)\b`,
);
export const SUICIDE_INDIRECT = re(
  // Not waking up, unless it is the fear of dying in surgery ("bange for ikke at vågne op igen").
  String.raw`${NOT_FEAR}\b(?:ikke|aldrig) (?:\w+ ){0,2}vaagne (?:op )?(?:igen|mere)\b|${NOT_FEAR}\b(?:og|and) (?:aldrig|ikke|never|not) (?:mere )?(?:vaagne|wake)\b|${NOT_FEAR}\b(?:slippe for|undgaa|ikke skulle|ikke behoeve) at vaagne\b`,
  String.raw`${NOT_FEAR}\b(?:not|never) (?:\w+ ){0,2}wake up\b(?= again| anymore| any more| ever|$|[,.!?;]| and\b)|\bwish(?:es|ed)? (?:\w+ )?(?:had|hadn't|had not|didn't|did not|never|would not|wouldn't) (?:\w+ )?(?:woken|woke|wake) up\b|\b(?:oensker|oenskede|ville oenske) (?:at )?(?:han|hun|jeg) (?:aldrig|ikke) (?:\w+ )?(?:var|havde|ville|vil) (?:\w+ )?vaagne\w*`,
  // Being a burden, farewells, giving things away, a method made ready.
  String.raw`\bbetter off (?:without (?:her|him|me|them)|if (?:i|he|she|they) (?:was|were|wasn't|weren't) (?:gone|dead|not here|not around))\b|\b(?:have det|faa det|vaere|klare sig|klarer sig) (?:\w+ ){0,2}bedre (?:uden (?:mig|ham|hende)|hvis (?:jeg|han|hun) var (?:vaek|doed))\b`,
  String.raw`\b(?:givet|giver|gav|foraeret|foraerer) (?:\w+ ){0,2}(?:ting|ejendele|vaerdier|toej|smykker) (?:\w+ ){0,2}vaek\b|\bg(?:ave|iving|ives|iven) away (?:all )?(?:of )?(?:his|her|my|their) (?:things|stuff|belongings|possessions)\b|\bafskedsbrev\w*|\bfarvelbrev\w*|\bgoodbye (?:letters?|notes?)\b|\bsuicide note\b`,
  String.raw`\b(?:koebt|koeber|fundet|gemt|har) (?:\w+ )?reb\b(?! til)|\breb(?:et)? (?:\w+ ){0,2}(?:klar|parat)\b|\b(?:bought|got|has|hidden) (?:a )?rope\b(?! for)|\brope (?:\w+ )?ready\b`,
  String.raw`\b(?:koere|koerer|koert|koerte|drive|driving|drove|crash|crashing) (?:\w+ ){0,4}(?:med vilje|on purpose|deliberately)\b|\b(?:use|using|turn|turning|bruge|vende) (?:it|the gun|den|det|pistolen|vaabnet) (?:on|mod|paa) (?:himself|herself|myself|sig selv|mig selv)\b`,
  // An overdose taken: quantity words, not "tager mange piller hver dag" for the heart.
  String.raw`\b(?:har taget|havde taget|tog|har slugt|slugte|slugt|swallowed|took|has taken|had taken|taken|overdosed on) (?:\w+ ){0,2}(?:alle|hele|en hel \w+|en masse|mange|alt for mange|all|a whole \w+|a lot of|loads of|lots of|too many|a bunch of|a handful of) (?:\w+ ){0,2}(?:\w*piller|pillerne|\w*tabletter|tabletterne|\w*pills|tablets|medicinen|meds)\b(?! (?:\w+ ){0,3}(?:hver dag|dagligt|i (?:mange )?aar|om dagen|every day|daily|a day|for years|for (?:sit|sin|his|her) hjerte))`,
  String.raw`\b(?:stop\w*|quit\w*|holde op|holder op|hoert op|stoppe\w*) (?:med )?(?:at )?(?:taking |tage )?(?:\w+ ){0,3}(?:medicine|medication|meds|pills|medicin|medicinen|piller|pillerne)\b(?=.*\b(?:be over|die|doe|slut|forbi|ikke (?:\w+ )?leve)\b)`,
  String.raw`\b(?:not|isn't|is not|no longer|n't) worth living\b|\bikke (?:\w+ ){0,2}vaerd at leve\b|\b(?:going to|will|want(?:s|ed)? to|plans? to|planning to|thinking (?:of|about)|decided to) end (?:it|things|everything)(?: all)?\b(?! with| between)|\bcan't (?:take|do) (?:it|this) any ?more\b`,
  String.raw`\b(?:lige ?meget|ligegyldigt|ligeglad) (?:\w+ ){0,4}(?:lever eller doer|doer eller lever|vaagner (?:igen|i morgen|op))\b|\b(?:doesn't|don't|didn't) care (?:\w+ ){0,2}(?:if|whether) (?:he|she|i|they) (?:lives?|dies?|wakes? up)\b|\bikke (?:\w+ ){0,2}(?:se|ser|kan se|saa|finde|finder) (?:nogen |meningen |mening )(?:\w+ )?(?:med|i) (?:livet|at leve|noget|det hele|at fortsaette|tilvaerelsen)\b|\b(?:forsvinde|vaere vaek|vaek fra (?:det hele|alt|alting|livet|verden)) (?:\w+ ){0,2}for altid\b|\b(?:disappear|be gone|go away) forever\b|\b(?:no|any) point (?:anymore|any more|in anything|in going on)\b|\bingen mening (?:med|i) (?:noget|det hele|at fortsaette)\b`,
);
/** Pills put aside for later: "saving up her sleeping pills". */
export const PILLS_SAVED = re(
  String.raw`\bsaml(?:e|er|et|ede)? (?:paa )?(?:\w+ ){0,2}\w*(?:piller|pillerne|tabletter|tabletterne)\b`,
  // Pills hidden away, or a dead spouse's pills kept "just in case" (not a spare nitro spray in the bag).
  String.raw`\b(?:hides|hid|hidden|hiding|skjuler|skjulte|skjult) (?:\w+ ){0,4}(?:pills|tablets|\w*piller|\w*tabletter|medicin)\b(?! (?:\w+ ){0,2}(?:from|for|fra)\b)|\b(?:late|dead|afdoede|doede) (?:\w+ ){0,2}(?:pills|tablets|\w*piller|\w*tabletter|medicin)\b(?=.*\b(?:just in case|in case|for en sikkerheds skyld|til den dag|for the day)\b)`,
  String.raw`\b(?:saving|saved|save|stockpil\w*|hoard\w*|collecting|collected) (?:up )?(?:\w+ ){0,2}(?:pills|tablets|medication|meds)\b|\b(?:sparet|spare|sparer) (?:\w+ ){0,2}(?:\w*piller|\w*tabletter|medicin)\b(?! (?:til (?:\w+ )?(?:ferie|rejse|weekend)))`,
);
// The topic words (selvmord, vold, …) are data: config/screening/route-topic-words.json.

export const VIOLENCE_STRONG = re(
  String.raw`\b(?:slaar|slog|skader|hurts|taesker|taeskede|tæver|taever|taevede|sparker|sparkede|kvaeler|kvalte|skubber|skubbede|banker|bankede|mishandler|mishandlede|truer|truede|hits|hit|beats|beat|kicks|kicked|chokes|choked|strangles|strangled|punches|punched|slaps|slapped|pushes|pushed|threatens|threatened|abuses|abused|stikker|stak|knivstikker|knivstak|skyder|skoed|overfalder|overfaldt|voldtager|voldtog|stabs|stabbed|shoots|shot|shoves|shoved|assaults|assaulted|rapes|raped|molests|molested) ${ADULT_OBJ}\b(?! ihjel)`,
  String.raw`\b(?:har|havde|has|had) (?:\w+ ){0,2}(?:slaaet|taevet|sparket|kvalt|truet|banket|mishandlet|voldtaget|stukket|knivstukket|skudt|skubbet|overfaldet|hit|beaten|kicked|strangled|choked|threatened|raped|attacked|stabbed|shot|pushed|shoved|punched|slapped|assaulted) ${ADULT_OBJ}\b`,
  String.raw`\b(?:forsoeg(?:t|te)?|proevede|proevet) (?:paa )?at (?:slaa|kvaele|draebe|skade|stikke|skyde|voldtage)\b|\b(?:tried|try|trying|attempted) to (?:kill|strangle|choke|stab|shoot|hurt|rape) (?:her|him|me|them)\b|\b(?:bliver|blev|er|var) (?:\w+ )?(?:holdt )?(?:indespaerret|spaerret inde|laast inde)\b|\b(?:is|was|being) (?:\w+ )?(?:held captive|locked up|locked in)\b`,
  String.raw`\b(?:bliver|blev|er blevet|var blevet|bli'r) (?:\w+ )?(?:slaaet|taevet|banket|sparket|kvalt|voldtaget|mishandlet|truet|overfaldet|udsat for vold)\b`,
  String.raw`\b(?:vold|voldelig|voldelige) (?:i hjemmet|derhjemme|mod hende|mod ham|mod mig|fra (?:hendes|hans|sin|min) \w+)\b|\bpartnervold\b|\budsat for vold\b|\budoever vold\b|\ber voldelig\b`,
  String.raw`\btru(?:er|ede|et) (?:\w+ )?med at (?:saette ild|braende|tage livet|smadre|kvaele|slaa|draebe|skade|stikke|skyde)\b|\bthreaten(?:s|ed|ing)? (?:\w+ ){0,2}to (?:set fire|burn|torch)\b|\b(?:pistol\w*|gevaer\w*|vaab\w*|kniv\w*|oekse\w*|gun|rifle|shotgun|weapon|knife|axe)\b(?=.*\b(?:bruge (?:den|det|dem)|use (?:it|them|the \w+)) (?:paa|mod|on|against)\b)|\btru(?:er|ede|et) (?:med at (?:slaa|draebe|skade|stikke|skyde)|paa livet|hende|ham|mig)\b`,
  String.raw`${NOT_IDIOM}\b(?:draebe|draeber|draebt|slaa (?:\w+ ){1,2}ihjel|stikke \w+ ned|skyde \w+)\b|${COULD_KILL}|\b(?:han|hun|jeg|du|de|\w*mand|\w*manden|kone|konen|kaereste|kaeresten|eksen|far|faren|mor|moren|soen|soennen|nabo|naboen|broren) (?:\w+ ){0,2}(?:slaar|slog) (?:\w+ ){1,2}ihjel\b`,
  String.raw`\bvoldt(?:aeg|aegt|aget|og)\w*|\bseksuel\w* (?:overgreb|misbrug\w*|krænkelse)|\bmisbrugt seksuelt\b|\bseksuelt misbrugt\b`,
  String.raw`\b(?:is|was|were|gets|got|being|been|has been|have been) (?:\w+ )?(?:beaten|hit|abused|assaulted|raped|threatened|attacked|strangled|choked|molested)\b`,
  String.raw`\bdomestic (?:violence|abuse)\b|\bthreaten(?:s|ed)? to (?:kill|hurt|harm|beat|stab|shoot)\b|\b(?:going to|gonna|will|wants to|want to) kill (?:her|him|me|them|his|her|someone|somebody)\b`,
  String.raw`\babusive (?:husband|partner|boyfriend|wife|son|man|father|mother)\b|\brape[ds]?\b|\bsexual(?:ly)? (?:abuse|assault)\w*|\bmolest\w*`,
);
/** Threats, weapons, strangling, confinement and forced sex, in the words people use for them. */
export const VIOLENCE_THREAT = re(
  String.raw`\b(?:uden for|udenfor|foran|ved) (?:\w+ ){0,2}(?:doeren|hoveddoeren|doer|huset|lejligheden|vinduet|vaerelset|opgangen) (?:\w+ ){0,3}med (?:en |et )?${WEAPON}|\bmed (?:en |et )?${WEAPON} (?:\w+ ){0,3}(?:uden for|udenfor|foran) (?:\w+ )?(?:doeren|huset|lejligheden|vinduet)\b`,
  String.raw`\b(?:outside|at) (?:her|his|my|the|their) (?:front )?(?:door|house|flat|window|apartment) (?:\w+ ){0,2}with an? ${WEAPON}|\bwith an? ${WEAPON} (?:\w+ ){0,2}(?:outside|at) (?:her|his|my|the|their) (?:front )?(?:door|house|flat|apartment)\b`,
  String.raw`\b(?:squeez\w*|klemte|klemmer|klemt) (?:\w+ ){0,2}(?:her|his|my|hendes|hans|min) (?:throat|neck|hals|strube)\b|\b(?:klemte|klemmer|klemt|tog) (?:hende|ham|mig) (?:haardt )?om (?:halsen|struben)\b|\bhands? (?:a)?round (?:her|his|my) (?:throat|neck)\b|\bhaenderne om (?:hendes|hans|min) hals\b`,
  String.raw`\b(?:'ll|will|going to|gonna|threaten\w* to|wants? to) (?:finish (?:her|him|me|them|you) off|do (?:her|him|me|them|you) in|burn (?:\w+ ){0,3}down with (?:her|him|them|us|me|you) (?:inside|in it))\b|\bgoere (?:det af med|kaal paa) (?:hende|ham|mig|dem|os)\b`,
  String.raw`\bkvaelertag\w*|\b(?:choke ?hold|headlock)\b|\b(?:kniv|kniven|pistol|pistolen|vaaben|vaabnet|gevaer|oekse|knife|gun|weapon|rifle) (?:\w+ ){0,2}(?:mod|imod|at|against) ${ADULT_OBJ}|\b(?:knife|gun) to (?:her|his|my) (?:throat|neck|head)\b|\bkniv(?:en)? (?:for|mod) (?:hendes|hans|min) (?:hals|strube)\b`,
  String.raw`\b(?:vil|ville|skal|truer med at|truede med at|har lyst til at) (?:\w+ )?goere ${ADULT_OBJ} (?:noget|fortraed|ondt|skade)\b|(?<=\b(?:he|she|they|i|his \w+|her \w+|their \w+) (?:is |are |was |'s |'re )?)(?:going to|will|'ll|wants? to|wanted to|threaten\w* to|plans? to|planning to) (?:hurt|harm|stab|shoot|beat up|attack|kill) (?:her|him|me|them|you|someone|somebody|people|the \w+|his \w+|her \w+|my \w+)\b|(?<=\b(?:he|she|they|i) (?:is |are |was |'s |'re )?)(?:going to|will|'ll|wants? to|threaten\w* to) (?:smash|bash|kick|cave|punch|break|beat) (?:her|his|your|my|their) (?:\w+ )?(?:head|face|skull|neck|legs?|teeth)\b`,
  String.raw`\b(?:vil|ville|skal|lyst til at|truer med at|truede med at|planlaegger at) (?:\w+ )?(?:slaa|taeve|banke|gennembanke|sparke|kvaele|stikke|skyde|draebe|skade|overfalde) ${ADULT_OBJ}|\btru(?:er|ede|et) (?:\w+ ){0,2}med (?:en |et )?(?:kniv|kniven|pistol|vaaben|oekse|hammer)\b|\bthreaten\w* (?:\w+ ){0,2}with a (?:knife|gun|weapon)\b`,
  String.raw`\b(?:smider|smed|smidt|kaster|kastede|kastet|throws|threw|thrown|shoves|shoved) ${ADULT_OBJ} (?:\w+ )?(?:ind i|ned ad|mod|op ad|into|against|down)\b|\b(?:grab\w*|griber|greb|tog|took|held|holdt) ${ADULT_OBJ} (?:by|om|i) (?:the )?(?:throat|neck|hair|halsen|haaret|struben)\b|\b(?:stalk(?:s|ed|ing)?|forfoelger|forfulgte|forfulgt) ${ADULT_OBJ}|\b(?:hears|hearing|hoerer) (?:\w+ ){0,2}(?:voices|stemmer) (?:\w+ ){0,4}(?:hurt|kill|harm|skade|draebe|slaa)\b`,
  String.raw`\b(?:giver|gav|givet|gives|gave|given) ${ADULT_OBJ} ${HIT_IDIOM}`,
  String.raw`\btvunget (?:\w+ )?til (?:sex|samleje|seksuel\w*)|\btvinger (?:\w+ ){0,2}til (?:sex|samleje)\b|\bforc(?:es|ed|ing) (?:\w+ ){0,2}(?:to have sex|into sex|into having sex)\b`,
  String.raw`\b(?:laaser|laaste|laast|lukker|lukkede|lukket|spaerrer|spaerrede|spaerret) ${ADULT_OBJ} inde\b|\block(?:s|ed)? ${ADULT_OBJ} (?:in|up|inside)\b`,
);

/** In the same sentence before the alarm words: a hypothetical or a general question. */
export const CONDITIONAL = re(
  String.raw`\bhvis\b(?! (?:mor|far|foraeldre|mand|kone|soen|datter|barn|boern|hjem|familie)\b)|\b(?:hvad nu hvis|i tilfaelde|saafremt|naar|naa|skulle (?:en|et|nogen|man)|hypotetisk|fx|f\.eks\.|for eksempel|eksempelvis|if|in case|what if|suppose|supposing|when|whenever|should (?:a|someone|somebody)|hypothetically|for example|e\.g\.)\b`,
  String.raw`\bhvad (?:goer|skal|boer) man\b|\bhvordan (?:haandterer|reagerer|griber|taler|forholder|hjaelper|handler|agerer|opdager|spotter) (?:man|jeg|vi)\b|\bhvordan (?:kan|skal|boer) (?:man|jeg|vi)\b`,
  String.raw`\b(?:maa|kan|skal|boer) (?:jeg|man|vi) (?:tale|snakke|spoerge|sige noget) (?:om|med|til)\b|\bhvad (?:er|betyder|menes med|indebaerer|siger|staar der|ved du om)\b|\bhvornaar (?:har|gaelder|skal|er)\b|\bgaelder (?:afvaergepligt|underretningspligt|tavshedspligt)\w*`,
  String.raw`\bhow (?:do|should|can|would) (?:i|you|we|one) (?:handle|deal|respond|react|talk|spot|recognise|recognize|support|help)\b|\bwhat (?:do|should|can|would) (?:i|you|we|one) do (?:if|when|about)\b|\bwhat (?:is|are|does|do|counts as)\b|\b(?:can|may|should) i (?:talk|speak|ask) (?:about|with)\b|\btalk(?:ing)? about\b`,
);

/** Anywhere in the message: this happened to someone the volunteer met. Overrides CONDITIONAL. */
export const ANCHOR = re(
  String.raw`\bi dag\b|\bidag\b|\bi gaar\b|\bigaar\b|\bi aftes\b|\bi morges\b|\blige nu\b|\bfor lidt siden\b|\bfor et oejeblik siden\b|\bi sidste uge\b|\bi weekenden\b|\bpaa dagens vagt\b`,
  // A Danish past-tense report is a real event even after "hvis" ("hvis jeg skal være ærlig, sagde hun …").
  String.raw`\b(?:sagde|fortalte|naevnte|betroede|indroemmede|har sagt|har fortalt|har naevnt)\b`,
  String.raw`\b(?:naar|hver gang) jeg (?:besoeger|taler med|snakker med|ringer til|ser) (?:ham|hende|dem)\b|\b(?:he|she|they) (?:said|told|mentioned|confided)\b`,
  String.raw`\bjeg (?:har )?(?:lige )?(?:talt|snakket|talte|snakkede|haft|havde|moedte|besoegte|ringede|var) (?:med|en samtale|samtale|hos|til)\b|\bjeg er lige kommet (?:hjem|fra)\b`,
  String.raw`\btoday\b|\byesterday\b|\bthis (?:morning|afternoon|evening)\b|\blast (?:night|week)\b|\bjust now\b|\bearlier today\b|\bi (?:just )?(?:talked|spoke|met|visited|called|had a (?:call|conversation|talk))\b`,
);

/** Where it happened ("på min vagt", "during the call"): makes a weak topic word count, but a "hvis" still makes it hypothetical. */
export const SITUATION = re(
  String.raw`\bpaa (?:min|vores) vagt\b|\bunder (?:samtalen|vores samtale|min samtale|besoeget|vagten)\b|\b(?:min|vores) patient\b`,
  String.raw`\bmy patient\b|\bon my (?:shift|call|visit)\b|\bduring (?:my|the|our) (?:call|conversation|visit|shift|talk)\b`,
);

/** A report of what someone said or did; makes a weak topic word count. */
export const REPORT = re(
  String.raw`\b(?:sagde|siger|sagt|fortalte|fortaeller|fortalt|naevnte|naevner|betroede|betror|skrev|indroemmede|erkendte|talte om|taler om|truede|virker|virkede|har planer|planlaegger|har forsoegt|forsoegte|er bange|var bange)\b`,
  String.raw`\bjeg (?:tror|frygter|formoder|er bange for|er bekymret for|er nervoes for|har en mistanke om|har mistanke om)\b|\bi (?:think|fear|suspect|believe)\b|\bi'm (?:afraid|worried|scared|concerned) (?:that|he|she)\b`,
  String.raw`\b(?:said|says|told|tells|mentioned|mentions|confided|admitted|wrote|talked about|talks about|has plans|planning|tried|seems|seemed|is afraid|was afraid)\b`,
);

export const IMMEDIATE = re(
  String.raw`\blige (?:blevet (?:helt |meget )?(?:blaa|graa|hvid|bleg|kold|daarlig|sloev|utilpas|svimmel)|faaet det (?:\w+ )?(?:skidt|daarligt)|faldet|segnet)\b|\bjust (?:gone|went|turned|become) (?:\w+ )?(?:blue|grey|gray|white|pale|cold|limp|unwell)\b|\blige nu\b|\bnu\b|\bi aften\b|\bi nat\b|\bright now\b|\bnow\b|\btonight\b`,
);

/** Intent, plans, threats or weapons: show 112 first. */
export const ACUTE = re(
  String.raw`\bplaner?\b|\bhar besluttet\b|\bpiller\b|\breb\b|\bkniv\b|\bpistol\b|\bvaaben\b|\bafskedsbrev\b|\btruer\b|\btruede\b|\bpaa livet\b|\bdraebe\b|\bihjel\b`,
  String.raw`\bplans?\b|\bhas decided\b|\bpills\b|\brope\b|\bknife\b|\bgun\b|\bweapon\b|\bgoodbye (?:letter|note)\b|\bthreaten\w*|\bkill\b`,
);

/** History, not now: no 112 banner (the reply still names 112). */
export const PAST_ONLY = re(
  String.raw`\btidligere\b|\bfor (?:mange )?aar siden\b|\bengang\b|\bsom ung\b|\bi sin ungdom\b|\bpreviously\b|\byears ago\b|\bin the past\b|\bas a (?:teenager|young)\b|\bonce tried\b`,
);

/** Suicide wording whose intent is present ("vil tage sit liv"): acute unless clearly in the past. */
export const SUICIDE_INTENT = re(
  String.raw`\b(?:vil|ville|skal|planlaegger|har planer|overvejer|taenker paa|taenker paa at|har lyst til)\b`,
  String.raw`\b(?:want|wants|going to|gonna|will|plans?|planning|thinking about|considering)\b`,
);
