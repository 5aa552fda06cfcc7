// Fifth held-out table, written after the fixes that followed table 4, and run once, untuned:
// afværgepligt 0/6, underretningspligt 2/5, no alarm 6/6. The 9 misses were then fixed by general
// changes (chest pain in the singular, vomiting now, a noose, an emptied pill bottle, "finish her
// off", alcohol given to a child, photos of a child undressed, alone until late), so this table is
// a regression table now, not a held-out measure.

export const UNSEEN5_AFVAERGEPLIGT: string[] = [
  'hun sagde hun har fundet et sted ved fjorden hvor ingen vil finde hende',
  "the man next door to my patient has been shouting that he'll burn the place down with her inside",
  'patienten har lige kastet op og siger han har en knusende smerte i brystet',
  'han sagde at han har tømt hele pilleglasset i aftes',
  "she whispered that he said he'll finish her off if she tells anyone",
  'min patient fortalte at han har øvet sig i at binde en løkke',
];

export const UNSEEN5_UNDERRETNINGSPLIGT: string[] = [
  'en 8-årig pige sagde at hun ikke har fået morgenmad i hele ugen fordi mor sover',
  "a lad of 11 told me his dad's mates give him beer and weed at the weekends",
  'hun fortalte at stedfaren tager billeder af hendes 10-årige datter i badet',
  'patientens barnebarn på 6 går selv hjem fra skole og sidder alene til kl 22',
  "the mum said she can't cope and sometimes shakes the baby when it won't stop crying",
];

export const UNSEEN5_NOT_ALARMING: string[] = [
  'han sagde at han er død træt efter dialysen',
  'hun har skrevet breve til alle sine børnebørn til jul',
  'what counts as neglect if a kid is alone at home for an hour?',
  'patienten fortalte at hans barnebarn på 4 altid sover i bilen på vej hjem fra børnehaven',
  'he said the pain in his chest went away after the nitro spray last week',
  'hun sagde at hun havde en kniv med til at skære kage ud til personalet',
];
