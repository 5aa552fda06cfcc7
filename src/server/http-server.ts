import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import express, { type Express, type NextFunction, type Request, type Response } from 'express';
import { WorkInFlight } from '../core/work-in-flight.js';
import type { Logger } from '../logger.js';
import type { Metrics } from './metrics.js';
import { Readiness, type ReadyCheck } from './readiness.js';

export type DirectHandler = (req: IncomingMessage, res: ServerResponse) => void;

/** The edge's limits: short enough that slow or unfinished requests cannot pile up. */
export const EDGE_LIMITS = {
  /** All request headers within this time. */
  headersTimeoutMs: 10_000,
  /** The whole request (a body is at most 1 MB) within this time. */
  requestTimeoutMs: 15_000,
  /** Requests not (yet) authenticated, in flight at once; more get 503 at once. */
  maxUnverified: 64,
};

// Each request's release from the unauthenticated count, until its adapter has verified it.
const releaseOnVerified = new WeakMap<IncomingMessage, () => void>();

/** An adapter calls this once a request's signature or token holds: it no longer counts against the cap. */
export function markVerified(req: IncomingMessage): void {
  releaseOnVerified.get(req)?.();
}

/**
 * POST routes served straight off node:http, ahead of Express. For Slack's endpoint: under a burst
 * every request's ack waits for the ones before it, and Express's router costs a sixth of each.
 */
export interface DirectRoutes {
  post(path: string, handler: DirectHandler): void;
  /** Work that outlives its HTTP response (Slack acks first, Teams answers after the ack): shutdown waits for it. */
  track<T>(work: Promise<T>): Promise<T>;
}

/** One adapter's routes on the shared server (Slack: /slack/events, Teams: /api/messages). */
export interface HttpMount {
  name: string;
  mount(app: Express, direct: DirectRoutes): void | Promise<void>;
  /** Asked by GET /readyz once mounted (Slack: the bot's identity is known). Absent: ready when mounted. */
  ready?: ReadyCheck;
}

export interface RunningServer {
  url: string;
  port: number;
  server: Server;
  /** Stops listening; requests still arriving on open connections get 503 (Slack and Teams retry them elsewhere). */
  stopAccepting(): void;
  /** Resolves true when no request or tracked work is left, false after `timeoutMs`. */
  drain(timeoutMs: number): Promise<boolean>;
  close(): Promise<void>;
}

export async function startHttpServer(opts: {
  port: number;
  host: string;
  logger: Logger;
  mounts: HttpMount[];
  /** The index and anything else started outside the mounts; each mount adds its own part. */
  readiness?: Readiness;
  /** Given (METRICS=1): GET /metrics serves them. */
  metrics?: Metrics;
  /** Tests shorten these. */
  limits?: Partial<typeof EDGE_LIMITS>;
}): Promise<RunningServer> {
  const limits = { ...EDGE_LIMITS, ...opts.limits };
  const app = express();
  app.disable('x-powered-by');
  // Liveness: the process is up. Readiness (/readyz): it can serve.
  app.get('/healthz', (_req, res) => {
    res.json({ ok: true });
  });
  const readiness = opts.readiness ?? new Readiness();
  app.get('/readyz', (_req, res, next) => {
    readiness.report().then(({ ready, parts }) => void res.status(ready ? 200 : 503).json({ ready, parts }), next);
  });
  const metrics = opts.metrics;
  if (metrics) {
    app.get('/metrics', (_req, res) => {
      res.type('text/plain; version=0.0.4').send(metrics.render());
    });
  }
  const directPosts = new Map<string, DirectHandler>();
  const work = new WorkInFlight();
  const direct: DirectRoutes = { post: (path, handler) => void directPosts.set(path, handler), track: work.track };
  let accepting = true;
  for (const m of opts.mounts) {
    await m.mount(app, direct);
    readiness.add(m.name, m.ready ?? (() => true));
  }
  app.use((_req, res) => {
    res.status(404).json({ error: 'not_found' });
  });
  // Last resort: no stack traces, no request content in the log.
  app.use((err: unknown, req: Request, res: Response, _next: NextFunction) => {
    const status = statusOf(err);
    opts.logger.warn({ event: 'http_error', path: req.path, status }, 'request failed');
    if (!res.headersSent) res.status(status).json({ error: status === 400 ? 'bad_request' : 'internal_error' });
  });

  let unverified = 0;
  const server = createServer(
    // Node checks these timeouts every connectionsCheckingInterval (30 s by default): check each second.
    {
      headersTimeout: limits.headersTimeoutMs,
      requestTimeout: limits.requestTimeoutMs,
      connectionsCheckingInterval: 1_000,
    },
    (req, res) => {
      if (!accepting) {
        res.writeHead(503, { connection: 'close', 'retry-after': '5' }).end();
        return;
      }
      if (unverified >= limits.maxUnverified) {
        opts.logger.warn({ event: 'http_busy', unverified }, 'too many unauthenticated requests');
        res.writeHead(503, { 'retry-after': '1', connection: 'close' }).end();
        return;
      }
      unverified += 1;
      let counted = true;
      const release = () => {
        if (!counted) return;
        counted = false;
        unverified -= 1;
        releaseOnVerified.delete(req);
      };
      releaseOnVerified.set(req, release);
      res.once('close', release);
      // Every request is work in flight until its response is done.
      void work.track(new Promise<void>((done) => res.once('close', done)));
      const handler = req.method === 'POST' ? directPosts.get(pathOf(req.url)) : undefined;
      if (handler) handler(req, res);
      else app(req, res);
    },
  );
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port, opts.host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const { port } = server.address() as AddressInfo;
  const hostForUrl = opts.host.includes(':') ? `[${opts.host}]` : opts.host;
  opts.logger.info(
    { event: 'http_listening', host: opts.host, port, mounts: opts.mounts.map((m) => m.name) },
    'listening',
  );
  return {
    url: `http://${hostForUrl}:${port}`,
    port,
    server,
    stopAccepting() {
      accepting = false;
      server.close();
      server.closeIdleConnections?.();
    },
    drain: (timeoutMs) => work.idle(timeoutMs),
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections?.();
        server.close(() => resolve());
      }),
  };
}

const pathOf = (url = '/'): string => {
  const q = url.indexOf('?');
  return q < 0 ? url : url.slice(0, q);
};

function statusOf(err: unknown): number {
  const s =
    (err as { status?: unknown; statusCode?: unknown } | null)?.status ??
    (err as { statusCode?: unknown } | null)?.statusCode;
  return typeof s === 'number' && s >= 400 && s < 600 ? s : 500;
}
