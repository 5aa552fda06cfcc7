import { type DestinationStream, type Logger, pino } from 'pino';

export type { Logger } from 'pino';

// Second line of defence only: code never puts message content in a log field in the first place.
const CONTENT_FIELDS = [
  'text',
  'blocks',
  'value',
  'message',
  'question',
  'answer',
  'body',
  'attachments',
  'values',
  'input',
  'summary',
  'freeText',
];
const SECRET_FIELDS = [
  'token',
  'authorization',
  'signature',
  'apiKey',
  'secret',
  'password',
  'headers.authorization',
  'headers["x-slack-signature"]',
];

export const REDACT_PATHS = [
  ...CONTENT_FIELDS,
  ...CONTENT_FIELDS.map((f) => `*.${f}`),
  ...SECRET_FIELDS,
  ...SECRET_FIELDS.map((f) => `*.${f}`),
];

/** Logs go to stderr by default, so the terminal chat and the eval command keep stdout for answers. */
export function createLogger(level: string, destination?: DestinationStream): Logger {
  return pino(
    {
      level,
      base: { app: 'hjertebot' },
      redact: { paths: REDACT_PATHS, censor: '[redacted]' },
      // Errors are reduced to type and code: messages and stacks can quote user input.
      serializers: { err: (e: unknown) => errorMetadata(e) },
    },
    destination ?? pino.destination(2),
  );
}

export function errorMetadata(e: unknown): { type: string; code?: string; status?: number } {
  if (e && typeof e === 'object') {
    const o = e as { name?: unknown; code?: unknown; status?: unknown; constructor?: { name?: string } };
    return {
      type: typeof o.name === 'string' ? o.name : (o.constructor?.name ?? 'Error'),
      code: typeof o.code === 'string' || typeof o.code === 'number' ? String(o.code) : undefined,
      status: typeof o.status === 'number' ? o.status : undefined,
    };
  }
  return { type: typeof e };
}
