import type { Lang } from './types.js';

// Greetings, thanks and "what can you do?": a friendly answer instead of "not in the documents".

export const HELP: Record<Lang, string> = {
  da: [
    'Jeg er Hjerteforeningens assistent for frivillige støtter. Jeg svarer på spørgsmål om din rolle ud fra håndbogen og de andre frivilligdokumenter – altid med kilde. Fx "Må jeg tage noter?" eller "Hvor meget kørsel får jeg refunderet?".',
    'Du kan også bruge:',
    '• /afbud – meld afbud til en vagt (du skal ikke give en grund)',
    '• /orlov – bed om orlov i op til seks måneder',
    '• /bekymring – send en bekymring direkte til din frivilligkonsulent',
    'Skriv ikke navne, CPR-numre eller telefonnumre på dem, du taler med. Er nogen i akut fare, så ring 112.',
  ].join('\n'),
  en: [
    'I am Hjerteforeningen\'s assistant for volunteer supporters. I answer questions about your role from the handbook and the other volunteer documents – always with the source. E.g. "May I take notes?" or "How much mileage is reimbursed?".',
    'You can also use:',
    '• /afbud – cancel a shift (no reason needed)',
    '• /orlov – ask for leave of up to six months',
    '• /bekymring – send a concern straight to your volunteer consultant',
    'Do not write names, CPR numbers or phone numbers of the people you talk to. If anyone is in immediate danger, call 112.',
  ].join('\n'),
};

const GREETING =
  /^(?:hej(?:sa)?|hejhej|hallo|halløj|goddag|god ?morgen|god ?aften|godaften|davs|hi|hello|hey|good (?:morning|afternoon|evening))(?: (?:bot|hjertebot|der|there))?$/;
const THANKS =
  /^(?:(?:mange|tusind|1000) )?tak(?: for (?:hjælpen|svaret|det))?|thanks?(?: you)?(?: (?:so much|a lot))?|ty$/;
const HELP_ASK =
  /^(?:\/?(?:hjælp|hjaelp|help)|hvad kan du(?: hjælpe med)?|hvad kan du gøre|hvem er du|what can you do|who are you|how do(?:es)? (?:this|you) work)$/;

export type SmallTalk = 'greeting' | 'thanks' | 'help';

/** Recognises a whole message that is only a greeting, thanks or a request for help. */
export function smallTalk(text: string): SmallTalk | undefined {
  const s = text
    .toLowerCase()
    .replace(/[!?.,:;)(\-–—'"]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  if (s.length > 40) return undefined;
  if (GREETING.test(s)) return 'greeting';
  if (new RegExp(`^(?:${THANKS.source})$`).test(s)) return 'thanks';
  if (HELP_ASK.test(s)) return 'help';
  return undefined;
}

export function smallTalkReply(kind: SmallTalk, lang: Lang): string {
  if (kind === 'thanks')
    return lang === 'en'
      ? 'You are welcome. Just ask again whenever you need to.'
      : 'Det var så lidt. Spørg endelig igen, når du har brug for det.';
  if (kind === 'greeting') return `${lang === 'en' ? 'Hello!' : 'Hej!'} ${HELP[lang]}`;
  return HELP[lang];
}
