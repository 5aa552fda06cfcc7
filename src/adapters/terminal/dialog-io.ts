import type { Lang } from '../../core/types.js';

/** One question, one line of answer: works the same on a TTY and with piped input. */
export interface DialogIo {
  /** Prints the question and reads the next line; undefined at end of input. */
  ask(question: string): Promise<string | undefined>;
  print(text: string): void;
}

export class DialogCancelled extends Error {
  override name = 'DialogCancelled';
}

const CANCEL = /^\/?(annuller|afbryd|cancel|stop)$/i;
const MAX_TRIES = 3;

/**
 * Asks until `parse` accepts the answer (it returns the value, or an error message to show).
 * Cancel words and end of input end the dialogue.
 */
export async function askFor<T>(
  io: DialogIo,
  question: string,
  parse: (answer: string) => { value: T } | { error: string },
  lang: Lang,
): Promise<T> {
  let prompt = question;
  for (let i = 0; i < MAX_TRIES; i++) {
    const answer = await io.ask(prompt);
    if (answer === undefined || CANCEL.test(answer.trim())) throw new DialogCancelled();
    const r = parse(answer.trim());
    if ('value' in r) return r.value;
    prompt = `${r.error}\n${question}`;
  }
  io.print(
    lang === 'en'
      ? 'Let us stop here – type the command again to start over.'
      : 'Vi stopper her – skriv kommandoen igen for at starte forfra.',
  );
  throw new DialogCancelled();
}

/** Numbered choices; the answer may be the number or (part of) the name. */
export function choose<T extends { label: string; match: (s: string) => boolean }>(options: T[], lang: Lang) {
  const menu = options.map((o, i) => `  ${i + 1}. ${o.label}`).join('\n');
  const parse = (answer: string): { value: T } | { error: string } => {
    const n = Number(answer);
    const byNumber = Number.isInteger(n) ? options[n - 1] : undefined;
    const chosen = byNumber ?? options.find((o) => o.match(answer));
    return chosen
      ? { value: chosen }
      : {
          error:
            lang === 'en'
              ? `Please answer with a number from 1 to ${options.length}.`
              : `Svar med et tal fra 1 til ${options.length}.`,
        };
  };
  return { menu, parse };
}

export const cancelHint = (lang: Lang) =>
  lang === 'en' ? '(type /annuller to stop)' : '(skriv /annuller for at stoppe)';
