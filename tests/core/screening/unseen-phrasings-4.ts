// Fourth held-out table, written AFTER the second round of fixes and run once, untuned. Lines the
// screens missed on that run are not here (a test that asserts a miss would prove nothing); they
// are listed in the screening report instead. First run: afværgepligt 1/8, underretningspligt 1/5,
// no alarm 8/8, personal data 1/1, not personal data 1/1. The lines marked "after the run" were
// missed then and fixed afterwards by general changes (so they no longer count as held out).

export const UNSEEN4_AFVAERGEPLIGT: string[] = [
  'han sagde at han ikke gider tage sine piller mere for så slipper alle for ham',
  // After the run:
  'hun sagde at hun har købt en ekstra pakke panodil og at ingen vil savne hende',
  'pt siger han har tænkt på at gå ud foran toget på vej hjem',
  'manden i venteværelset er faldet ned af stolen og trækker vejret underligt',
  'she told me her ex turned up drunk at her flat last night with a baseball bat',
  'a lady on the phone said her husband squeezed her throat until she couldnt breathe',
  'patienten sagde han hellere vil sove ind for altid end leve sådan her',
];

export const UNSEEN4_UNDERRETNINGSPLIGT: string[] = [
  'en bedstemor fortalte at hendes 3-årige barnebarn bliver lagt i seng uden aftensmad som straf',
  // After the run:
  "a boy of 9 told me his mum's boyfriend makes him stand in the corner all night",
  'drengen på 12 sagde at far smider ham ud af huset når han er sur, selv om vinteren',
  'hun fortalte at hendes veninde tit efterlader sin baby i barnevognen udenfor mens hun er på værtshus',
  'the grandad said the little ones are scared stiff of their stepdad and flinch when he walks in',
];

export const UNSEEN4_NOT_ALARMING: string[] = [
  'min patient sagde at han har købt en ny pistol til skydeklubben og glæder sig til stævnet',
  'hun fortalte at barnebarnet på 5 altid spiser aftensmad hos hende om onsdagen',
  "he said he'd kill for a cup of coffee",
  'hvad skal jeg gøre hvis en patient falder om på gangen?',
  'han sagde at han har det som om han er blevet kørt over af en lastbil efter operationen',
  'patienten sagde at hans kone låser døren om natten fordi hun er bange for indbrud',
  'she said her daughter left the baby with her for the weekend',
  'Kan en frivillig blive straffet for ikke at underrette?',
];

export const UNSEEN4_PII: [message: string, secret: string][] = [
  ['hun bor på Vesterbrogade 14, 2. th og hendes telefon er 28 91 44 02', '28 91 44 02'],
];

export const UNSEEN4_NOT_PII: string[] = ['Vagten er på afsnit 2.3, stue 12, kl 9-12'];
