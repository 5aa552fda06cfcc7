import type { IncomingMessage, ServerResponse } from 'node:http';
import type { NextFunction, Request, Response } from 'express';

/** How long a refused upload may keep sending after its answer before the connection is cut. */
const LINGER_MS = 1_000;

/**
 * After refusing a request whose body was not (fully) read (413, or a broken upload): nothing more
 * is read on purpose, and the connection is cut soon after the answer. Cutting it at once would
 * reset it while the client is still sending, and the client would lose the answer.
 */
export function cutAfterAnswer(req: IncomingMessage, res: ServerResponse): void {
  res.once('finish', () => {
    if (!req.complete) setTimeout(() => req.socket.destroy(), LINGER_MS).unref();
  });
}

export type BodyRead = { ok: true; body: Buffer } | { ok: false; status: 400 | 413 };

/**
 * The request body, at most `limit` bytes: a declared length over the limit is refused before
 * anything is read, and reading stops at the limit. Body-parser, by contrast, reads an oversized
 * body to its end before it answers 413.
 */
export function readBoundedBody(req: IncomingMessage, limit: number): Promise<BodyRead> {
  const declared = Number(req.headers['content-length']);
  if (Number.isFinite(declared) && declared > limit) return Promise.resolve({ ok: false, status: 413 });
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const finish = (result: BodyRead) => {
      req.off('data', onData).off('end', onEnd).off('error', onError).off('aborted', onError);
      if (!result.ok) req.pause();
      resolve(result);
    };
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) finish({ ok: false, status: 413 });
      else chunks.push(chunk);
    };
    const onEnd = () => finish({ ok: true, body: Buffer.concat(chunks, size) });
    const onError = () => finish({ ok: false, status: 400 });
    req.on('data', onData).on('end', onEnd).on('error', onError).on('aborted', onError);
  });
}

/**
 * Express middleware: `req.body` is the parsed JSON (undefined when the content type is not JSON).
 * Over the limit: 413; unreadable or not JSON: 400 — both as JSON without a stack.
 */
export function boundedJson(limit: number) {
  return (req: Request, res: Response, next: NextFunction): void => {
    readBoundedBody(req, limit).then((read) => {
      if (!read.ok) {
        cutAfterAnswer(req, res);
        res.status(read.status).json({ error: read.status === 413 ? 'too_large' : 'bad_request' });
        return;
      }
      if (!/^application\/([\w.+-]+\+)?json\b/i.test(req.headers['content-type'] ?? '') || read.body.length === 0) {
        req.body = undefined;
        return next();
      }
      try {
        req.body = JSON.parse(read.body.toString('utf8')) as unknown;
      } catch {
        res.status(400).json({ error: 'bad_request' });
        return;
      }
      next();
    }, next);
  };
}
