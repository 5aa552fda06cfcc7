import type { NextFunction, Request, Response } from 'express';
import type { Logger } from '../../../logger.js';

/**
 * Errors on /api/messages: JSON with no stack. Bad JSON and activities the SDK's own schema
 * refuses are the sender's fault (400); the rest is ours (500). Only error metadata is logged.
 */
export function teamsErrorHandler(logger: Logger) {
  return (err: unknown, _req: Request, res: Response, _next: NextFunction): void => {
    const status = isClientError(err) ? 400 : 500;
    logger.warn({ event: 'teams_http_error', status, err }, 'request failed');
    if (res.headersSent) {
      res.end();
      return;
    }
    res.status(status).json({ error: status === 400 ? 'bad_request' : 'internal_error' });
  };
}

function isClientError(err: unknown): boolean {
  const e = err as { status?: unknown; type?: unknown; name?: unknown } | null;
  if (e && typeof e.status === 'number' && e.status >= 400 && e.status < 500) return true; // body-parser
  return e?.name === 'ZodError' || e?.name === '$ZodError';
}
