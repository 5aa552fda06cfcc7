// Someone in acute medical danger in front of the volunteer right now: 112 first. Written for
// present tense only, because heart patients talk about their own heart attack all the time
// ("han fortalte om sit hjertestop sidste år" is a story, not an emergency).

import { re } from './regex.js';

// Not "besvimet to gange i år": a count or a time in the past makes it history.
const NOT_HISTORY = String.raw`(?! (?:\w+ ){0,2}(?:gange|tidligere|sidste|engang|for \w+ siden|times|before|last|ago|once|twice)\b)`;

// Not "can't wake her up in the morning" or "kan ikke få kontakt til hende på telefonen".
const NOT_ROUTINE = String.raw`(?! (?:\w+ ){0,2}(?:in the morning|om morgenen|for|til|paa telefonen|paa mobilen|telefonisk|i telefonen|by phone|on the phone|paa sms|when|naar|hvis|if)\b)`;

/** An emergency on its own. */
export const MEDICAL_NOW = re(
  String.raw`\ber (?:lige |netop |pludselig )?(?:faldet om|faldet sammen|klappet sammen|besvimet|kollapset|segnet om|segnet|bevidstloes)\b${NOT_HISTORY}|\bligger (?:\w+ ){0,2}bevidstloes\b|\b(?:traekker ikke|ikke traekker) (?:\w+ )?vejret\b|\bhar (?:et |hjerte)?(?:hjertestop|hjertestoppet) (?:lige )?nu\b|\ber ved at faa (?:et )?(?:hjertestop|hjerteanfald|blodprop)\b`,
  String.raw`\b(?:has|have|just|has just|suddenly) (?:\w+ )?(?:collapsed|fainted|passed out)\b${NOT_HISTORY}|\b(?:is not|isn't|not|stopped|has stopped) breathing\b(?! (?:well|properly|normally|easily|through))|\b(?:is|lies|lying|he's|she's) (?:\w+ )?unconscious\b${NOT_HISTORY}|\b(?:can't|cannot|can not|couldn't) (?:\w+ )?wake (?:him|her|them)\b${NOT_ROUTINE}|\b(?:kan|kunne) ikke (?:\w+ )?(?:vaekke (?:ham|hende)|faa (?:\w+ )?kontakt (?:til|med) (?:ham|hende))\b${NOT_ROUTINE}|\bis having (?:a )?(?:heart attack|cardiac arrest|seizure|stroke)\b`,
);

/** Signs that count when there are two of them, or one with "lige nu" / "right now". */
export const MEDICAL_SIGN = re(
  String.raw`\b(?:reagerer ikke|ikke reagerer)\b(?! paa (?:mine|min|sms|beskeder|mails|opkald))|\bikke til at vaekke\b|\b(?:ondt|smerter|trykken) i brystet\b|\bbrystsmerter\b|\b(?:kan ikke|ikke kan) (?:faa luft|traekke vejret)\b|\b(?:graa|blaa|hvid) i (?:ansigtet|hovedet|hovedet)\b|\bblaa (?:om|paa) (?:laeberne|munden)\b|\bkramper\b|\btraekker vejret (?:underligt|maerkeligt|tungt|snorkende|hakkende|uregelmaessigt|besvaerligt)\b|\bgisper\b|\ber faldet (?:ned )?(?:af|fra|ud af) (?:stolen|sengen|koerestolen)\b(?!.*\b(?:har det (?:fint|godt)|er (?:ok|okay|uskadt))\b)|\b(?:helt|ligger) slap\b|\b(?:is|lies|lying|gone|went) (?:all |completely )?limp\b|\bbloeder (?:\w+ )?fra (?:munden|hovedet|naesen og munden)\b|\b(?:haenger|hang) i (?:den ene side|ansigtet|mundvigen|mundvigene)\b|\bmundvigen haenger\b|\bsnoevler\b|\bkan ikke (?:tale|finde ordene|faa ordene frem|loefte (?:armen|den ene arm))\b|\blam(?:met)? i (?:armen|benet|den ene side|ansigtet)\b|\b(?:trykken|tryk|pres|en elefant|en sten) (?:\w+ ){0,3}(?:paa|i|over) (?:hans |hendes |mit |sit )?bryst(?:et)?\b|\bsveder (?:helt vildt|voldsomt|kraftigt|koldsved)\b|\bkoldsved\w*|\b(?:svarer ikke|ikke svarer)\b(?! (?:paa (?:mine|min|sms|beskeder|mails|opkald|telefonen|mobilen|spoergsmaalet)|telefonen|mobilen))|\bkold og klam\b|\bklam og kold\b|\bkoldsvedig\b|\b(?:er|bliver|blevet|blev) (?:helt )?(?:blaa|graa)(?: (?:i hovedet|i ansigtet|om munden))?\b|\bligger paa (?:gulvet|jorden)\b|\bbloeder (?:voldsomt|meget|kraftigt)\b`,
  String.raw`\b(?:is|isn't|is not|not|stopped) (?:answering|responding)\b(?! (?:his|her|my|the|their) (?:phone|calls|texts|messages|emails|questions)| to (?:treatment|texts|calls|messages))|\bcold and clammy\b|\bbreathing (?:strangely|oddly|funny|weird|strange|badly)\b|\bgasping\b|\b(?:has )?fallen (?:off|out of) (?:the|his|her) (?:chair|bed|wheelchair)\b(?!.*\b(?:is fine|is ok|is okay|unhurt)\b)|\b(?:face|mouth) (?:is |was )?droop\w*|\bdroop\w* (?:on one side|face|mouth)\b|\bslurr\w*\b|\bcan'?t (?:get (?:his|her) words out|speak properly|lift (?:his|her) arm)\b|\bbleeding from (?:the|his|her) (?:mouth|head)\b|\b(?:pressure|tightness|weight) (?:on|in|across) (?:his|her|the|my) chest\b|\bsweating (?:a lot|heavily|buckets|profusely)\b|\bcold sweat\b|\bclammy\b|\b(?:gone|went|going|turned|turning) (?:very |all |completely )?(?:blue|grey|gray)\b|\b(?:not responding|unresponsive|won't wake up|chest pain|can't breathe|cannot breathe|struggling to breathe|turning (?:blue|grey|gray|pale)|on the floor|bleeding (?:heavily|a lot|badly)|seizure|fitting)\b`,
);
