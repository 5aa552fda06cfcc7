// Function words that carry no topic. Danish list after Snowball's, plus question words and
// the chat filler volunteers type; English list for English questions (never in the documents).

const DANISH = `og i jeg det at en den til er som på de med han af for ikke der var mig sig men et har om vi min
havde ham hun nu over da fra du ud sin dem os op man hans hvor eller hvad skal selv her alle vil blev kunne ind når
være dog noget ville jo deres efter ned skulle denne end dette mit også under have dig anden hende mine alt meget
sit sine vor mod disse hvis din nogle hos blive mange ad bliver hendes været thi jer sådan hvem hvilken hvilke
hvordan hvorfor hvornår kan må får få gør gøre jeg'er mit mine dine din dit jeres vores hej hey tak bare lige
ja nej okay ok altså egentlig mon nogen noget nok så sådan hvorvidt hvad'er the skal'jeg monstro evt fx osv
ud ind bl.a. f.eks. via ift pga før inden lidt hvordan'n mht ca
rigtig virkelig helt gerne sker ske haft bør burde plejer blevet morgen imorgen idag igår aften
laver lave gjort folk alt stå står
tage tager taget tog give giver gav komme kommer kom gå går gik sige siger sagde bruge bruger brugt
godt gi ku sku ik ikk bagefter efterhånden iøvrigt forresten sgu da vel lissom liksom ting
fået par tit mens ha nåe nå nåh øh øhm hmm mega vildt totalt typ sørme fandeme pokker synes syntes tror tænker tænkte spørger spørge spurgte
lissom ligesom faktisk måske sikkert vist hvad'så jamen men altså ellers også således hva ka oki okay mvh hilsen kh
ude henne overfor per præcis præcist kigge
`.trim();

const ENGLISH = `a an the and or but if then of to in on at by for with from about as into over after before
is are was were be been being am do does did doing have has had having can could may might must shall should will
would i me my mine we our us you your yours he him his she her it its they them their what which who whom whose
when where why how this that these those there here not no yes so too very just also any some all each than
hi hello hey please thanks thank ok okay get got let lets i'm i've i'd it's what's dont don't cant can't
during while since until around through without within between again still even ever never always sometimes
like going go goes want wants need needs know really actually anyway allowed supposed able way thing things
someone something anyone anything everyone one ones much many more most other others own same such only
im ive id youre isnt arent wasnt doesnt didnt wont shouldnt wouldnt couldnt
take takes taking make makes put use using used usually held happen happens happened ask asked okay fine
tomorrow today yesterday tonight come comes came coming went gone still yet already
where's who's how's people somebody anybody
kind sort type up according called named keep keeps kept making made stuff guess wondering wonder
u ur pls plz thx btw idk lol um uh hmm basically quick question questions gonna wanna gotta guys maybe probably
think thought wondered curious quite bit lot lots time times now currently every each goes
mean means meaning kinds types sorts out shes hes theyre thats whos wheres whats hows whens whys heres theres wrote
say says said because doesn't getting somewhere down per special`;

const toSet = (s: string) => new Set(s.split(/\s+/).filter(Boolean));

export const DANISH_STOP_WORDS: ReadonlySet<string> = toSet(DANISH);
export const ENGLISH_STOP_WORDS: ReadonlySet<string> = toSet(ENGLISH);

export const isStopWord = (w: string): boolean => DANISH_STOP_WORDS.has(w) || ENGLISH_STOP_WORDS.has(w);
