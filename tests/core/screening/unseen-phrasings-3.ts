// Third held-out table, written BEFORE the second round of screening fixes (first commit of this
// file: untuned). Each line is a realistic volunteer message no pattern was written for: spoken
// Danish, typos, "ae/oe/aa" for æøå, hyphenated ages, British and American English, and
// near-misses that share words with real alarms (letters, pills, "blå", "alene", idioms).

/** Danger to life or serious crime: afværgepligt (112 first, then a consultant). */
export const UNSEEN3_AFVAERGEPLIGT: string[] = [
  'hun sagde hun har skrevet et brev til sin mand om hvad han skal gøre når hun ikke er her mere',
  'pt sagde at han har smidt sin hjertemedicin ud fordi han ikke gider være her længere',
  'he said he stopped taking his blood thinners a week ago and hopes it just ends',
  'my caller said she has been looking up how many of her tablets it would take',
  'han fortalte at han tit har tænkt på at køre ind i en modkørende lastbil',
  'manden i sengen ved siden af er lige faldet sammen og reagerer ikke',
  "the lady in the next bed has just gone grey and isn't answering me",
  'min patient har lige fået det rigtig skidt, han er kold og klam og kan ikke få luft',
  'hun sagde at hendes samlever har truet med at sætte ild til huset med hende i',
  'a relative told me her son-in-law threatened to kill the whole family',
  'han sagde at han har en pistol og ved hvem han vil bruge den på',
  'patienten har sagt farvel til sine boern og siger at det er sidste gang de ses',
  "she said she has sorted out her will and given the dog away because she won't need him where she's going",
  'han sagde han har lyst til at hoppe ud fra 7. sal',
  'hun fortalte at manden tog kvaelertag paa hende i nat til hun besvimede',
  "he keeps saying he'd be better off not waking up tomorrow",
];

/** A child's wellbeing at risk: underretningspligt. */
export const UNSEEN3_UNDERRETNINGSPLIGT: string[] = [
  'en far fortalte at hans 5-årige tit må klare sig selv hele aftenen',
  'hun sagde at hendes kæreste slår hendes 9-årige søn når han har drukket',
  "the grandma said her 6 year old grandson is always starving when he comes back from his mum's",
  'moren sagde at hun tit lukker sin 3-aarige inde i skabet naar han larmer',
  'en pige på 12 fortalte mig at hun passer sine små søskende fordi mor ligger i sengen hele dagen',
  'patientens 8-årige barnebarn har blå mærker på armene og siger hun falder hele tiden',
  "the patient's teenage daughter said her step-dad comes into her room at night and she doesn't feel safe",
  'hun fortalte at hendes 2 børn på 4 og 6 ikke har været i børnehave i flere uger og at der ikke er mad i huset',
  'a mum said she sometimes leaves her 18-month-old asleep in the flat when she pops out to the shops',
  'faren sagde at de små tit selv må finde noget at spise fordi han arbejder om natten',
  'drengen på 11 sagde at hans mor og hendes kæreste slås hver weekend og at han gemmer sig under dynen',
  'en mor fortalte at hendes 7-årige datter bliver holdt hjemme fra skolen for at passe hende',
];

/** Questions about the duties, hypotheticals, stories and idioms: no route. */
export const UNSEEN3_NOT_ALARMING: string[] = [
  'skal jeg underrette kommunen hvis en pårørende fortæller at barnet er alene hjemme?',
  'what do I do if a patient tells me he wants to kill himself?',
  'patienten fortalte at hans søn skrev et brev til ham da han lå på intensiv',
  'hun har lyst til at køre en tur ud til kysten når hun bliver udskrevet',
  'han sagde han var ved at dø af grin over mit skæg',
  'a patient said he stopped his statins because of the muscle pain',
  'hun fortalte at hun var helt blå i ansigtet da hun blev indlagt for to år siden',
  'min 4-årige er syg så jeg må melde afbud i morgen',
  'patientens 10-årige søn laver selv madpakke hver dag og er så stolt af det',
  'the nurse said the man in bed 3 is not answering his phone so his daughter is worried',
  'hun har skrevet en afskedstale til sin kollega der går på pension',
  "he told me he's dying to get home and see his grandkids",
  'hvordan skal jeg reagere hvis et barn fortæller at det bliver slået derhjemme?',
  'is it my duty to call 112 if someone says they have a knife?',
  'patienten sagde at han næsten døde af hjertestop sidste år og at han er glad for at være her',
  'hun fortalte om sin datter på 16 som arbejder i et supermarked om aftenen',
  'han sagde at han er bange for at dø under operationen i morgen',
  'the lady said her grandson gets himself to school since he turned 12 and she is proud of him',
  'hun sagde hun kunne slå sin mand ihjel når han snorker',
  'han har givet sine golfkøller væk fordi han ikke kan spille mere efter operationen',
  'Er det underretningspligt hvis en 17-årig drikker til fester?',
  'my patient said his 14-year-old makes dinner on Fridays to help out',
];

export const UNSEEN3_PII: [message: string, secret: string][] = [
  ['ring til hans datter på +45 22 33 44 55 hvis det haster', '+45 22 33 44 55'],
  ['his cpr is 0304551234 if you need it', '0304551234'],
  ['patienten Birthe Sørensen vil gerne ringes op', 'Birthe Sørensen'],
];

export const UNSEEN3_NOT_PII: string[] = [
  'Mødet er den 12.03 kl. 14.15 i lokale 2.14',
  'Jeg kørte 125 km og parkerede for 45 kr',
];
