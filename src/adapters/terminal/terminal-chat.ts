import { createInterface } from 'node:readline';
import type { Core } from '../../core/core.js';
import { HELP } from '../../core/small-talk.js';
import type { ConversationTurn, Lang, VolunteerRef } from '../../core/types.js';
import type { Logger } from '../../logger.js';
import { DialogCancelled, type DialogIo } from './dialog-io.js';
import { afbudDialog, bekymringDialog, orlovDialog } from './dialogs.js';
import { renderCaseUpdate, renderReply } from './render.js';
import { terminalPorts } from './terminal-ports.js';

export interface TerminalChatOptions {
  core: Core;
  input: NodeJS.ReadableStream;
  output: NodeJS.WritableStream;
  /** A TTY: prompt and welcome. Otherwise one message a line, each echoed, until end of input. */
  interactive: boolean;
  logger: Logger;
}

const TERMINAL_HELP: Record<Lang, string> = {
  da: 'I terminalen lander beskeder til konsulenter i en lokal "konsulent-indbakke" her. Som konsulent kan du svare med /kvitter SAG eller /ringmig SAG. /afslut lukker.',
  en: 'In the terminal, messages to consultants land in a local "consultant inbox" here. As the consultant you can answer with /kvitter CASE or /ringmig CASE. /afslut quits.',
};
const HISTORY_TURNS = 4;

/** The terminal chat: free questions, /afbud, /orlov, /bekymring and a local consultant inbox. */
export async function runTerminalChat(opts: TerminalChatOptions): Promise<void> {
  const { core, output, interactive, logger } = opts;
  const rl = createInterface({ input: opts.input, output: interactive ? output : undefined, terminal: interactive });
  // Ctrl-C on a TTY reaches readline, not the process: end the chat as end of input would.
  rl.on('SIGINT', () => rl.close());
  const lines = rl[Symbol.asyncIterator]();
  const print = (text: string) => void output.write(`${text}\n`);
  let lang: Lang = 'da';
  const history: ConversationTurn[] = [];

  const read = async (): Promise<string | undefined> => {
    if (interactive) {
      rl.setPrompt('> ');
      rl.prompt();
    }
    const next = await lines.next();
    if (next.done) return undefined;
    if (!interactive) print(`> ${next.value}`);
    return next.value;
  };
  const io: DialogIo = {
    ask: async (question) => {
      print(question);
      return read();
    },
    print,
  };
  const ports = terminalPorts(print);
  core.attachPorts('terminal', ports);
  const volunteer = (): VolunteerRef => ({ platform: 'terminal', userId: 'terminal', lang });
  const session = () => ({ io, core, ports, volunteer: volunteer() });

  if (interactive) print(`${HELP.da}\n\n${TERMINAL_HELP.da}\n`);
  try {
    for (let line = await read(); line !== undefined; line = await read()) {
      const text = line.trim();
      if (!text) continue;
      const [command, arg] = text.split(/\s+/, 2) as [string, string | undefined];
      try {
        switch (command.toLowerCase()) {
          case '/afslut':
          case '/exit':
          case '/quit':
            return;
          case '/hjælp':
          case '/hjaelp':
          case '/help':
            print(`${HELP[lang]}\n\n${TERMINAL_HELP[lang]}`);
            break;
          case '/afbud':
            await afbudDialog(session());
            break;
          case '/orlov':
            await orlovDialog(session());
            break;
          case '/bekymring':
            await bekymringDialog(session());
            break;
          case '/kvitter':
          case '/ringmig':
            print(
              renderCaseUpdate(
                await core.caseAction(arg ?? '', command.toLowerCase() === '/kvitter' ? 'acknowledge' : 'call_me', {
                  platform: 'terminal',
                  userId: 'terminal-consultant',
                }),
              ),
            );
            break;
          default:
            if (/^\/\p{L}+$/u.test(command) && !arg) {
              print(
                lang === 'en'
                  ? 'Unknown command. Type /hjælp to see what I can do.'
                  : 'Ukendt kommando. Skriv /hjælp for at se, hvad jeg kan.',
              );
              break;
            }
            {
              const reply = await core.ask(line, { history });
              lang = reply.lang;
              print(renderReply(reply));
              history.push({ role: 'user', text: line.slice(0, 1000) });
              history.splice(0, Math.max(0, history.length - HISTORY_TURNS));
            }
        }
      } catch (e) {
        if (e instanceof DialogCancelled) {
          print(lang === 'en' ? 'Stopped – nothing was sent.' : 'Afbrudt – intet er sendt.');
          continue;
        }
        logger.error({ event: 'terminal_error', err: e }, 'terminal chat error');
        print(lang === 'en' ? 'Something went wrong – please try again.' : 'Der gik noget galt – prøv igen.');
      }
      if (interactive) print('');
    }
  } finally {
    history.length = 0;
    rl.close();
  }
}
