import express, { type Express, type NextFunction, type Request, type Response } from 'express';
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import type { Logger } from '../logger.js';

/** One adapter's routes on the shared server (Slack: /slack/events, Teams: /api/messages). */
export interface HttpMount {
  name: string;
  mount(app: Express): void | Promise<void>;
}

export interface RunningServer {
  url: string;
  port: number;
  server: Server;
  close(): Promise<void>;
}

export async function startHttpServer(opts: {
  port: number;
  host: string;
  logger: Logger;
  mounts: HttpMount[];
}): Promise<RunningServer> {
  const app = express();
  app.disable('x-powered-by');
  app.get('/healthz', (_req, res) => {
    res.json({ ok: true });
  });
  for (const m of opts.mounts) await m.mount(app);
  app.use((_req, res) => {
    res.status(404).json({ error: 'not_found' });
  });
  // Last resort: no stack traces, no request content in the log.
  app.use((err: unknown, req: Request, res: Response, _next: NextFunction) => {
    const status = statusOf(err);
    opts.logger.warn({ event: 'http_error', path: req.path, status }, 'request failed');
    if (!res.headersSent) res.status(status).json({ error: status === 400 ? 'bad_request' : 'internal_error' });
  });

  const server = await new Promise<Server>((resolve, reject) => {
    const s = app.listen(opts.port, opts.host, () => resolve(s));
    s.once('error', reject);
  });
  const { port } = server.address() as AddressInfo;
  const hostForUrl = opts.host.includes(':') ? `[${opts.host}]` : opts.host;
  opts.logger.info({ event: 'http_listening', host: opts.host, port, mounts: opts.mounts.map((m) => m.name) }, 'listening');
  return {
    url: `http://${hostForUrl}:${port}`,
    port,
    server,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections?.();
        server.close(() => resolve());
      }),
  };
}

function statusOf(err: unknown): number {
  const s = (err as { status?: unknown; statusCode?: unknown } | null)?.status ?? (err as { statusCode?: unknown } | null)?.statusCode;
  return typeof s === 'number' && s >= 400 && s < 600 ? s : 500;
}
