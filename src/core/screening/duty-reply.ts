import type { BotReply, Chunk, Citation, DutyRoute, Lang, RankedPassage } from '../types.js';

// The reply when a message describes a real situation under a duty: the immediate steps first
// (112 when someone may be in danger), then the handbook passage, and the /bekymring button.

const SECTION: Record<DutyRoute, RegExp[]> = {
  // The duty's own section first, then the handbook's "what can you do" section.
  afvaergepligt: [/^afv(æ|ae)rgepligt$/i, /afv(æ|ae)rgepligt/i],
  underretningspligt: [/^underretningspligt$/i, /hvis du bliver bekymret/i, /underretningspligt/i],
};
const MAX_CITED = 2;

/** The handbook passages on a duty, found by section heading in the loaded documents. */
export function dutyPassages(chunks: readonly Chunk[], route: DutyRoute): Chunk[] {
  const out: Chunk[] = [];
  for (const pattern of SECTION[route]) {
    for (const c of chunks) if (pattern.test(c.section.trim()) && !out.includes(c)) out.push(c);
    if (out.length >= MAX_CITED) break;
  }
  return out.slice(0, MAX_CITED);
}

const STEPS: Record<DutyRoute, Record<Lang, (acute: boolean) => string[]>> = {
  afvaergepligt: {
    da: (acute) => [
      acute
        ? 'Det lyder alvorligt. Du skal ikke stå alene med det.'
        : 'Det du beskriver, kan falde ind under afværgepligten. Du skal ikke vurdere det alene.',
      '1. Er nogen i akut fare lige nu, så ring 112. Bliv hos personen, hvis det er trygt, og sig det til personalet på afdelingen.',
      '2. Kontakt din frivilligkonsulent eller tovholder nu – brug /bekymring, så går det direkte til konsulenten.',
      '3. Afværgepligten går forud for tavshedspligten: du må – og skal i visse tilfælde – dele oplysninger med fx afdelingen eller politiet for at beskytte en person mod fare.',
    ],
    en: (acute) => [
      acute
        ? 'This sounds serious. You should not be alone with it.'
        : 'What you describe may fall under the duty to avert danger (afværgepligt). Do not assess it alone.',
      '1. If anyone is in immediate danger right now, call 112. Stay with the person if it is safe, and tell the staff on the ward.',
      '2. Contact your volunteer consultant or tovholder now – use /bekymring and it goes straight to the consultant.',
      '3. The duty to avert danger comes before confidentiality: you may – and sometimes must – share information with e.g. the ward or the police to protect someone from danger.',
    ],
  },
  underretningspligt: {
    da: (acute) => [
      'Tak fordi du reagerer. Alle voksne har underretningspligt, når de får kendskab til eller mistanke om, at et barn ikke trives – og du skal ikke vurdere det alene.',
      acute ? '1. Er barnet i akut fare lige nu, så ring 112.' : '1. Er et barn i akut fare, så ring 112.',
      '2. Tal med din frivilligkonsulent – brug /bekymring, så går det direkte til konsulenten.',
      '3. Er du på hospitalet, kan du dele din bekymring med en sygeplejerske eller anden relevant fagperson.',
    ],
    en: (acute) => [
      'Thank you for reacting. Every adult in Denmark has a duty to report (underretningspligt) when they learn of or suspect that a child is not thriving – and you should not assess it alone.',
      acute
        ? '1. If the child is in immediate danger right now, call 112.'
        : '1. If a child is in immediate danger, call 112.',
      '2. Talk to your volunteer consultant – use /bekymring and it goes straight to the consultant.',
      '3. If you are at the hospital, you can share your concern with a nurse or another relevant professional.',
    ],
  },
};

const NO_NAMES: Record<Lang, string> = {
  da: 'Skriv ikke navne eller CPR-numre her – konsulenten ringer til dig for detaljerne.',
  en: 'Do not write names or CPR numbers here – the consultant will call you for the details.',
};

export function dutyReply(route: DutyRoute, acuteDanger: boolean, lang: Lang, chunks: readonly Chunk[]): BotReply {
  const passages = dutyPassages(chunks, route);
  const citations: Citation[] = passages.map((c) => ({
    doc: c.doc,
    title: c.title,
    section: c.section,
    ...(c.page !== undefined ? { page: c.page } : {}),
    text: c.text,
  }));
  const retrieved: RankedPassage[] = passages.map((chunk, i) => ({ chunk, score: 1 - i * 0.01 }));
  return {
    text: [...STEPS[route][lang](acuteDanger), NO_NAMES[lang]].join('\n'),
    lang,
    citations,
    abstained: false,
    route,
    acuteDanger,
    piiWarning: false,
    offerBekymring: true,
    retrieved,
  };
}
