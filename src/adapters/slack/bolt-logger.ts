import { type Logger as BoltLogger, LogLevel } from '@slack/bolt';
import { errorMetadata, type Logger } from '../../logger.js';

// Bolt and its Web API client log through this. Their debug output quotes whole request and
// response bodies (message text, view state), so debug is dropped outright; at info and above
// only Bolt's own short sentences and error metadata pass, never objects.

const MAX_NOTE = 160;

/** Bolt's fixed sentences stay; anything that looks like quoted data (JSON, quotes) is cut off. */
export function safeNote(text: string): string {
  const cut = text.search(/[{["'`]/);
  const kept = cut >= 0 ? text.slice(0, cut) : text;
  return kept.length > MAX_NOTE ? `${kept.slice(0, MAX_NOTE)}…` : kept.trim();
}

function fields(args: unknown[]): { note?: string; err?: ReturnType<typeof errorMetadata> } {
  const note = args
    .filter((a): a is string => typeof a === 'string')
    .map(safeNote)
    .join(' ')
    .trim();
  const err = args.find((a) => a instanceof Error);
  return { ...(note ? { note } : {}), ...(err ? { err: errorMetadata(err) } : {}) };
}

export function boltLogger(logger: Logger): BoltLogger {
  const log = logger.child({ component: 'bolt' });
  let level = LogLevel.INFO;
  return {
    debug: () => {},
    info: (...args: unknown[]) => log.info({ event: 'bolt_log', ...fields(args) }, 'bolt'),
    warn: (...args: unknown[]) => log.warn({ event: 'bolt_log', ...fields(args) }, 'bolt'),
    error: (...args: unknown[]) => log.error({ event: 'bolt_log', ...fields(args) }, 'bolt'),
    setLevel: (l: LogLevel) => {
      level = l;
    },
    getLevel: () => level,
    setName: () => {},
  };
}
