// Deterministic patterns for the safety screen, written against fold()ed text (æ→ae, ø→oe, å→aa).
// "Strong" patterns describe an event ("vil tage sit liv", "slår hende"); "weak" ones are bare
// topic words ("selvmord", "vold") that only count when the message reports a real situation.

const re = (...parts: string[]) => new RegExp(parts.join('|'), 'g');

// A person, in the object position after a verb of violence.
// The lookahead keeps "hits her son" (a child) out of the adult pattern.
const ADULT_OBJ = String.raw`(?:hende|ham|mig|os|dem|sin kone|sin hustru|sin mand|sin kaereste|sin partner|konen|hustruen|manden|kaeresten|hans kone|hendes mand|sin mor|sin far|sine foraeldre|her|him|me|his wife|her husband|his partner|her partner|his girlfriend|her boyfriend|his mother|her mother)(?! (?:son|daughter|child|children|kid|kids|boy|girl|baby|toddler|little|\d+|soen|datter|barn|boern|dreng|pige|lille))`;
const CHILD_OBJ = String.raw`(?:barnet|boernene|boern|sit barn|sine boern|soennen|datteren|drengen|pigen|ungerne|sin soen|sin datter|hendes soen|hendes datter|hans soen|hans datter|the child|the children|the kids|the boy|the girl|his son|her son|his daughter|her daughter|their son|their daughter|the baby|(?:his|her|their|the) \d+[- ]year[- ]old)`;

export const SUICIDE_STRONG = re(
  String.raw`\bta(?:ge|ger|get|g|r)? (?:sit|sig|mit|dit|hans|hendes|deres|vores)?\s?(?:eget |egne )?liv(?:et)?\b(?! (?:som|med|paa|efter|op|i egne|i sin|i mine|i hans|i hendes|alvorligt|stille|roligt))`,
  String.raw`\bta(?:ge|ger|g|r)? livet af (?:sig|mig|ham|hende)`,
  String.raw`\b(?:ikke|ik|ikk|ikke laengere|ingen grund til at) (?:vil|ville|orker|orke|gider|kan|har lyst til at|oensker at|har lyst at|har mod paa at) (?:at )?(?:leve|lever|vaere her|vaere til|leve laengere|leve mere)\b`,
  String.raw`\b(?:vil|ville|orker|gider|kan|oensker|har lyst til) ikke (?:at )?(?:leve|vaere her|vaere til)\b`,
  String.raw`\borker ikke (?:mere|livet|at leve)\b`,
  String.raw`\b(?:vil|ville|oensker at|oensker|har lyst til at|gerne vil|haaber at|vil bare) (?:bare )?(?:doe|do|doe nu)\b`,
  String.raw`\bgoere? en ende paa (?:det|livet|sit liv|mit liv|det hele|alting)\b|\bgoere? det af med (?:sig|mig) selv\b`,
  String.raw`\b(?:ende|slutte|afslutte) (?:det hele|sit liv|mit liv|livet)\b`,
  String.raw`\b(?:hellere|bare|gerne|oensker|ville oenske|vil|ville) (?:\w+ ){0,2}(?:vaere|var) doed\b|\b(?:eneste|hans|hendes|min|sin|sidste) udvej\b|\bikke (?:\w+ ){0,2}vaagne (?:op )?(?:igen|mere)\b|\b(?:ingen|ikke nogen|ikke se nogen|ikke kan se nogen|ikke se) (?:\w+ )?mening med (?:livet|at leve)\b|\bintet at leve for\b`,
  String.raw`\b(?:vil|ville|planlaegger|overvejer|taenker paa at|truer med at|truede med at|har tænkt paa at|har taenkt paa at) (?:\w+ ){0,2}begaa selvmord\b|\b(?:want\w*|going|plans?|planning|threaten\w*|thinking about|considering) (?:to )?(?:\w+ ){0,2}commit(?:ting)? suicide\b`,
  String.raw`\bslaa (?:sig|mig) (?:selv )?ihjel\b`,
  String.raw`\b(?:skade|skader|skadet|skaere|skaerer|cutter|brænde|braende) (?:i )?(?:sig selv|mig selv)\b`,
  String.raw`\bsidder med (?:alle )?pillerne\b|\bhar pillerne klar\b|\bsluge (?:alle )?(?:sine |mine )?(?:piller|tabletter)\b|\btage alle (?:sine|mine) (?:piller|tabletter)\b|\btage en overdosis\b|\bskyde (?:sig|mig) selv\b|\btraet af (?:at leve|livet)\b|\bikke (?:\w+ ){0,2}(?:se|saa|ser|kan se) (?:nogen )?(?:grund|mening) (?:til|med) at (?:leve|fortsaette)\b`,
  String.raw`\bhaenge sig\b|\bkaste sig (?:ud )?foran\b|\bspringe ud (?:fra|foran)\b|\bsaml(?:e|er|et|ede)? (?:\w+ )?(?:paa )?(?:piller|tabletter|sovepiller)\b|\bhamstr\w* (?:piller|tabletter|medicin)\b|\boverdosis\b|\bafskedsbrev\b`,
  String.raw`\b(?:er|var|blev|virker|virkede|lyder|loed|er blevet|er meget|er akut) (?:meget |akut |tydeligt )?(?:selvmordstruet|selvmordstruede|suicidal|livstraet)\b`,
  String.raw`\bselvmordstanker\b|\bselvmordsforsoeg\b|\btanker om (?:at tage sit liv|selvmord|at doe)\b`,
  String.raw`\b(?:kill|off)(?:s|ing)? (?:himself|herself|myself|themselves|themself|yourself)\b|\b(?:no|any|the) (?:point|reason) (?:in|to|of) (?:living|live|going on|being alive)\b|\bnothing (?:left )?to live for\b|\b(?:no|only) way out\b|\b(?:not|never) (?:\w+ ){0,2}wake up (?:again|anymore)\b|\brather be dead\b|\bjump (?:off|in front of|from) (?:a|the) (?:bridge|train|roof|building|balcony)\b|\bshoot (?:himself|herself|myself)\b|\b(?:swallow|take) all (?:his|her|my|their) (?:pills|tablets)\b|\b(?:sick|tired) of (?:living|life)\b|\bcan'?t go on\b`,
  String.raw`\b(?:end|ending|take|taking) (?:his|her|my|their|your) (?:own )?life\b`,
  String.raw`\b(?:doesn't|does not|don't|do not|didn't|did not|no longer|not|never) (?:want|wants|wanna|wanted) to (?:live|be alive|be here)\b`,
  String.raw`\b(?:want|wants|wanted|wanting|going) to die\b|\bwish(?:es|ed)? (?:he|she|i|they) (?:was|were) dead\b|\bbetter off dead\b`,
  String.raw`\bself[- ]?harm\w*|\b(?:hurt|hurting|harm|harming|cut|cutting|cuts) (?:himself|herself|myself|themselves)\b|\bend it all\b`,
  String.raw`\b(?:is|was|seems|seemed|sounds|sounded|became) (?:very |acutely |clearly )?suicidal\b|\bsuicidal (?:thoughts|ideation|plans)\b|\boverdose\b|\bhang (?:himself|herself|myself)\b`,
);
export const SUICIDE_WEAK = re(String.raw`\bselvmord\w*`, String.raw`\bsuicid\w*`, String.raw`\blivstraet\b`);

export const VIOLENCE_STRONG = re(
  String.raw`\b(?:slaar|slog|taesker|taeskede|tæver|taever|taevede|sparker|sparkede|kvaeler|kvalte|skubber|skubbede|banker|bankede|mishandler|mishandlede|truer|truede|hits|hit|beats|beat|kicks|kicked|chokes|choked|strangles|strangled|punches|punched|slaps|slapped|pushes|pushed|threatens|threatened|abuses|abused) ${ADULT_OBJ}\b`,
  String.raw`\b(?:har|havde|has|had) (?:\w+ ){0,2}(?:slaaet|taevet|sparket|kvalt|truet|banket|mishandlet|voldtaget|hit|beaten|kicked|strangled|choked|threatened|raped|attacked) ${ADULT_OBJ}\b`,
  String.raw`\b(?:forsoeg(?:t|te)?|proevede|proevet) (?:paa )?at (?:slaa|kvaele|draebe|skade|stikke|skyde|voldtage)\b|\b(?:tried|try|trying|attempted) to (?:kill|strangle|choke|stab|shoot|hurt|rape) (?:her|him|me|them)\b|\b(?:bliver|blev|er|var) (?:\w+ )?(?:holdt )?(?:indespaerret|spaerret inde|laast inde)\b|\b(?:is|was|being) (?:\w+ )?(?:held captive|locked up|locked in)\b`,
  String.raw`\b(?:bliver|blev|er blevet|var blevet|bli'r) (?:\w+ )?(?:slaaet|taevet|banket|sparket|kvalt|voldtaget|mishandlet|truet|overfaldet|udsat for vold)\b`,
  String.raw`\b(?:vold|voldelig|voldelige) (?:i hjemmet|derhjemme|mod hende|mod ham|mod mig|fra (?:hendes|hans|sin|min) \w+)\b|\bpartnervold\b|\budsat for vold\b|\budoever vold\b|\ber voldelig\b`,
  String.raw`\btru(?:er|ede|et) (?:med at (?:slaa|draebe|skade|stikke|skyde)|paa livet|hende|ham|mig)\b`,
  String.raw`\b(?:draebe|draeber|draebt|slaa \w+ ihjel|slaar \w+ ihjel|stikke \w+ ned|skyde \w+)\b`,
  String.raw`\bvoldt(?:aeg|aegt|aget|og)\w*|\bseksuel\w* (?:overgreb|misbrug\w*|krænkelse)|\bmisbrugt seksuelt\b|\bseksuelt misbrugt\b`,
  String.raw`\b(?:is|was|were|gets|got|being|been|has been|have been) (?:\w+ )?(?:beaten|hit|abused|assaulted|raped|threatened|attacked|strangled|choked|molested)\b`,
  String.raw`\bdomestic (?:violence|abuse)\b|\bthreaten(?:s|ed)? to (?:kill|hurt|harm|beat|stab|shoot)\b|\b(?:going to|gonna|will|wants to|want to) kill (?:her|him|me|them|his|her|someone|somebody)\b`,
  String.raw`\babusive (?:husband|partner|boyfriend|wife|son|man|father|mother)\b|\brape[ds]?\b|\bsexual(?:ly)? (?:abuse|assault)\w*|\bmolest\w*`,
);
export const VIOLENCE_WEAK = re(
  String.raw`\b(?:bange|rædd|raed|angst) for (?:sin|hendes|hans|min|den|at \w+ hjem til sin) (?:\w+ )?(?:mand|kone|kaereste|partner|eks\w*|samlever|soen|far|mor)\b|\b(?:scared|afraid|frightened|terrified) of (?:her|his|my|their) (?:\w+ )?(?:husband|wife|partner|boyfriend|girlfriend|ex|son)\b`,
  String.raw`\bvold\b`, String.raw`\bovergreb\w*`, String.raw`\bviolence\b`, String.raw`\babuse\b`);

export const CHILD_WORD = re(
  String.raw`\b(?:barn|barnet|barns|barnets|boern|boernene|boernenes|soen|soennen|soenner|datter|datteren|doetre|dreng|drengen|pige|pigen|baby|babyen|spaedbarn|teenager|unger|ungerne|lillebror|lillesoester|ungen|poden|\w*aarig|\w*aarige|\w*aarigt)\b`,
  String.raw`\b\d+[- ]?aar(?:ig|ige|igt)?\b|\bden lille\b|\bde smaa\b|\bsmaa boern\b`,
  String.raw`\b(?:child|children|kid|kids|son|daughter|boy|girl|toddler|infant|teen|teenager|baby)\b|\b\d+[- ]year[- ]olds?\b|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)[- ]year[- ]old\b`,
);

/** A child word not owned by the volunteer ("min søn", "my daughter" are their own family). */
export const OWN_CHILD_PREFIX = /\b(?:min|mit|mine|vores|my|our)\s$/;

/** "alene" about a child, but not "alene med tre børn" (a single parent). */
export const CHILD_LEFT_ALONE = re(String.raw`\balene\b(?! (?:med|om at|forsoerger))`, String.raw`\b(?:alone|on (?:his|her|their) own)\b(?! with)`);

/** Broad signs of neglect; count only in a report about someone else's child. */
export const CHILD_NEGLECT_WEAK = re(
  // Food that is not there, not food a child will not eat.
  String.raw`\b(?:ingen|intet|ikke nok|ikke noget|sjaeldent|aldrig|uden) (?:\w+ ){0,2}(?:mad|aftensmad|morgenmad|frokost|madpakke|at spise)\b|\bikke (?:\w+ ){0,2}(?:faar|fik|har faaet|faa) (?:\w+ ){0,2}(?:mad|aftensmad|morgenmad|frokost|madpakke|at spise)\b|\bikke (?:har |havde )?(?:\w+ )?spist\b|\bikke (?:\w+ ){0,2}raad til (?:\w+ )?mad\b`,
  String.raw`\b(?:no|not enough|without|never|rarely|hardly any|nothing) (?:\w+ ){0,2}(?:food|dinner|breakfast|lunch|meals?|to eat)\b|\b(?:hasn't|haven't|has not|have not|didn't|did not|doesn't|don't|do not|does not) (?:\w+ ){0,2}(?:eaten|get (?:\w+ )?(?:food|meals?|dinner|breakfast|fed|to eat)|have (?:any )?(?:food|meals?))\b|\bnobody (?:feeds|looks after|takes care of)\b|\bingen (?:giver \w+ mad|passer paa|tager sig af)\b`,
  String.raw`\blaast inde\b|\blocked (?:in|up)\b|\bgemmer sig\b|\b(?:hides|hiding)\b|\bikke (?:bliver |blev )?hentet\b|\blaase[rt]? (?:\w+ ){0,2}inde\b|\block(?:s|ed)? (?:\w+ ){0,3}in (?:the|his|her|a|their) (?:basement|room|closet|cellar|cupboard)\b|\bbange (?:og \w+ )?naar (?:far|faren|mor|moren|stedfaren|han|hun) (?:kommer|er)\b|\b(?:hasn't|has not|haven't|have not) been (?:to|in) school\b|\bikke (?:\w+ ){0,2}(?:vaeret|gaaet) i (?:skole|skolen|boernehave|boernehaven)\b|\bnot picked up\b|\bikke (?:\w+ ){0,2}toej\b|\bno (?:warm )?clothes\b`,
  String.raw`\b(?:bange|raedde?|angste?) for (?:ham|hende|sin far|sin mor|faren|moren|stedfaren|stedmoren|deres far|deres mor)\b|\b(?:scared|afraid|frightened|terrified) of (?:him|her|their (?:father|mother|dad|mom|stepfather))\b`,
);

export const CHILD_NEGLECT = re(
  String.raw`\balene hjem+e\b|\balene om (?:natten|aftenen)\b|\balene (?:i|hele) (?:timevis|dagevis|flere dage|natten|weekenden)\b|\bpasser sig selv\b|\boverlad(?:es|t|ade)? til sig selv\b|\buden (?:opsyn|tilsyn|voksne)\b|\bingen voksne\b`,
  String.raw`\b(?:ingen|ikke|ikke noget|ikke nok|sjaeldent|aldrig) (?:er |var |faar |fik |har |nok |noget |ordentlig )*(?:mad|aftensmad|morgenmad|at spise)\b|\bsulten\b|\bsultne\b|\bsulter\b|\bhar ikke spist\b|\bikke (?:har |havde )?(?:faaet (?:noget )?(?:at )?)?spist\b|\bgaar sulten\b`,
  String.raw`\bomsorgssvigt\w*|\bforsoemt\b|\bvanroegt\w*|\bmistrives\b|\bmistrivsel\b|\btrives ikke\b|\bikke trives\b|\bikke (?:i|kommer i|moeder (?:op )?i|er i) (?:skole|skolen|boernehave|boerhaven|boernehaven|vuggestue|vuggestuen)\b|\bbeskidt\b|\buvasket\b|\bsnavset\b|\bblaa maerker\b|\bbange for at (?:komme|gaa|tage) hjem\b`,
  String.raw`\bstraffer (?:\w+ ){0,2}fysisk\b|\bfysisk (?:afstraffelse|straf)\b|\b(?:lussing|lussinger|revser|revset)\b`,
  String.raw`\b(?:don't|doesn't|do not|does not|never|rarely|hardly) (?:get|have|gets|has|ever get) (?:enough |any |proper |a )?(?:food|meals?|dinner|breakfast|to eat)\b|\blook(?:s|ing)? after (?:themselves|himself|herself)\b|\bfend(?:s|ing)? for (?:themselves|himself|herself)\b`,
  String.raw`\bhome alone\b|\balone at (?:night|home)\b|\bleft alone\b|\bon (?:his|her|their) own (?:at night|all night|for days)\b|\bunsupervised\b`,
  String.raw`\bno food\b|\bnot fed\b|\bnot enough (?:food|to eat)\b|\bnothing to eat\b|\bhungry\b|\bstarving\b|\bneglect\w*|\bnot (?:going|sent|taken) to school\b|\bdirty\b|\bunwashed\b|\bbruises?\b|\bnot thriving\b|\bisn't thriving\b|\bscared to go home\b|\bafraid to go home\b`,
);

/** A parent who is drunk or high counts only with a child and a parent in the message. */
export const PARENT_INTOXICATED = re(
  String.raw`\b(?:drinks|drank|drikker|drak|fulde?|beruset|beruste|paavirket|paavirkede|paa stoffer|tager stoffer|misbruger|misbrug|hash|druk|drunk|drinking|high|on drugs|takes drugs|using drugs|addict\w*)\b`,
);
export const PARENT_WORD = re(
  String.raw`\b(?:mor|moren|mors|far|faren|fars|foraelder|foraelderen|foraeldre|foraeldrene|stedfar|stedmor|mother|father|mum|mom|dad|parents?|stepfather|stepmother)\b`,
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
export const CHILD_CONCERN = re(
  String.raw`\bbekymret for (?:et |en |hendes |hans |deres |det |den |dette |denne |sit |sin |patientens |morens |farens |\w+s )?(?:lille )?(?:barn|barns|barnet|barnets|boern|soen|soens|datter|datters|dreng|pige|\w*aarige?)\b`,
  String.raw`\bworried about (?:a |her |his |their |the |this )?(?:little )?(?:child|child's|kid|son|daughter|boy|girl|\d+[- ]year[- ]old)\b`,
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

export const IMMEDIATE = re(String.raw`\blige nu\b|\bnu\b|\bi aften\b|\bi nat\b|\bright now\b|\bnow\b|\btonight\b`);

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
