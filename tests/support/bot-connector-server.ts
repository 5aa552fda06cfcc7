import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

// A loopback server speaking the Bot Connector REST API (the part a bot calls), recording every
// call so tests can assert what the real SDK sent. Replaces https://smba.trafficmanager.net/…

export type ConnectorCallKind = 'send' | 'reply' | 'update' | 'create';

export interface ConnectorCall {
  kind: ConnectorCallKind;
  conversationId?: string;
  /** replyToId for a reply, the activity id for an update. */
  activityId?: string;
  /** The id this server gave the posted activity or the created conversation. */
  assignedId?: string;
  authorization?: string;
  body: Record<string, unknown>;
  status: number;
}

export interface BotConnectorServer {
  url: string;
  calls: ConnectorCall[];
  /** Answer matching calls with this HTTP status (and record them as failed) until cleared. */
  failWhen(predicate: (call: ConnectorCall) => boolean, status?: number): void;
  clearFailures(): void;
  /** Resolves once a call matching the predicate has been recorded. */
  waitFor(predicate: (call: ConnectorCall) => boolean, timeoutMs?: number): Promise<ConnectorCall>;
  reset(): void;
  close(): Promise<void>;
}

const ROUTES: { method: string; pattern: RegExp; kind: ConnectorCallKind }[] = [
  { method: 'POST', pattern: /^\/v3\/conversations\/?$/, kind: 'create' },
  { method: 'POST', pattern: /^\/v3\/conversations\/([^/]+)\/activities\/?$/, kind: 'send' },
  { method: 'POST', pattern: /^\/v3\/conversations\/([^/]+)\/activities\/([^/]+)$/, kind: 'reply' },
  { method: 'PUT', pattern: /^\/v3\/conversations\/([^/]+)\/activities\/([^/]+)$/, kind: 'update' },
];

async function readJson(req: IncomingMessage): Promise<Record<string, unknown>> {
  const chunks: Buffer[] = [];
  for await (const c of req) chunks.push(c as Buffer);
  const raw = Buffer.concat(chunks).toString('utf8');
  return raw ? (JSON.parse(raw) as Record<string, unknown>) : {};
}

export async function startBotConnector(): Promise<BotConnectorServer> {
  const calls: ConnectorCall[] = [];
  let failures: { predicate: (c: ConnectorCall) => boolean; status: number }[] = [];
  const waiters: { predicate: (c: ConnectorCall) => boolean; resolve: (c: ConnectorCall) => void }[] = [];
  let seq = 0;

  const server: Server = createServer((req, res) => {
    void (async () => {
      const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname).replace(/^\/_connector/, '');
      const route = ROUTES.find((r) => r.method === req.method && r.pattern.test(path));
      if (!route) {
        res.writeHead(404, { 'content-type': 'application/json' }).end(JSON.stringify({ error: { code: 'NotFound' } }));
        return;
      }
      const m = route.pattern.exec(path) ?? [];
      const call: ConnectorCall = {
        kind: route.kind,
        conversationId: m[1],
        activityId: m[2],
        authorization: req.headers.authorization,
        body: await readJson(req),
        status: 200,
      };
      const failure = failures.find((f) => f.predicate(call));
      if (failure) {
        call.status = failure.status;
        calls.push(call);
        res
          .writeHead(failure.status, { 'content-type': 'application/json' })
          .end(JSON.stringify({ error: { code: 'ServiceError', message: 'failing on demand' } }));
      } else {
        seq += 1;
        call.assignedId =
          route.kind === 'create' ? `a:created-${seq}` : route.kind === 'update' ? call.activityId : `activity-${seq}`;
        call.status = route.kind === 'update' ? 200 : 201;
        calls.push(call);
        res.writeHead(call.status, { 'content-type': 'application/json' }).end(JSON.stringify({ id: call.assignedId }));
      }
      for (const w of [...waiters]) {
        if (w.predicate(call)) {
          waiters.splice(waiters.indexOf(w), 1);
          w.resolve(call);
        }
      }
    })().catch(() => {
      res.writeHead(400).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;

  return {
    url: `http://127.0.0.1:${port}/`,
    calls,
    failWhen(predicate, status = 500) {
      failures.push({ predicate, status });
    },
    clearFailures() {
      failures = [];
    },
    waitFor(predicate, timeoutMs = 5_000) {
      const done = calls.find(predicate);
      if (done) return Promise.resolve(done);
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error('no matching Bot Connector call')), timeoutMs);
        waiters.push({
          predicate,
          resolve: (c) => {
            clearTimeout(timer);
            resolve(c);
          },
        });
      });
    },
    reset() {
      calls.length = 0;
      failures = [];
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
