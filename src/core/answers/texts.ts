import type { Lang } from '../types.js';

// Every sentence the bot itself says in free chat, Danish first.

export const ANSWER_TEXTS = {
  da: {
    empty: 'Skriv dit spørgsmål, fx "Må jeg tage noter under en samtale?" eller "Hvor længe kan jeg holde orlov?".',
    abstain:
      'Det kan jeg ikke finde i frivilligdokumenterne, så jeg vil ikke gætte. Spørg din tovholder eller din frivilligkonsulent i Hjerteforeningen.',
    medical:
      'Det er et sundhedsfagligt spørgsmål, og jeg giver ikke råd om medicin, dosering, diagnoser, symptomer eller udstyr som pacemaker og ICD. ' +
      'Henvis patienten til sin egen læge eller til sygeplejersken på afdelingen. Ved akut fare: ring 112.',
    /** A tentative answer (abstention.ts, middle band) opens and closes with these. */
    tentativeLead: 'Jeg er ikke sikker på, at dokumenterne svarer præcist på det, men det nærmeste jeg fandt er:',
    tentativeClose:
      'Passer det ikke på din situation, så spørg din tovholder eller din frivilligkonsulent i Hjerteforeningen.',
    lead: (title: string, section: string) => (section ? `Fra "${title}", afsnittet "${section}":` : `Fra "${title}":`),
    /** Leads the quote of a runner-up passage when the ranking is not decisive. */
    seeAlso: (title: string, section: string) => `Se også "${title}"${section ? `, afsnittet "${section}"` : ''}:`,
  },
  en: {
    empty: 'Please type your question, e.g. "May I take notes during a conversation?" or "How long can I take leave?".',
    abstain:
      "I can't find this in the volunteer documents, so I won't guess. Please ask your tovholder (group coordinator) or your volunteer consultant (frivilligkonsulent) at Hjerteforeningen.",
    medical:
      "That is a medical question, and I don't give advice on medicine, dosage, diagnoses, symptoms or devices such as pacemakers and ICDs. " +
      'Please refer the patient to their own doctor or to the nurse on the ward. In an emergency, call 112.',
    tentativeLead: "I'm not sure the documents answer exactly this, but the closest I found is:",
    tentativeClose:
      "If that doesn't fit your situation, please ask your tovholder (group coordinator) or your volunteer consultant (frivilligkonsulent) at Hjerteforeningen.",
    lead: (title: string, section: string) =>
      section
        ? `From "${title}", section "${section}" (quoted from the Danish original):`
        : `From "${title}" (quoted from the Danish original):`,
    seeAlso: (title: string, section: string) => `See also "${title}"${section ? `, section "${section}"` : ''}:`,
  },
} satisfies Record<Lang, unknown>;

export const textsFor = (lang: Lang) => ANSWER_TEXTS[lang];
