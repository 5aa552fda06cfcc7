import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { parse as parseQuery } from 'node:querystring';

// A loopback server speaking the part of Slack's Web API the bot uses (https://api.slack.com/web).
// Every call is recorded with its form or JSON body; nested JSON fields (blocks, view) are parsed.
// Specific methods can be made to fail, as Slack does: HTTP 200 with { ok: false, error }.

export interface RecordedCall {
  method: string;
  /** Form fields or JSON body; `blocks`, `view` and other JSON-looking strings parsed. */
  body: Record<string, unknown>;
  token?: string;
  at: number;
}

export interface Failure {
  error?: string;
  status?: number;
  /** Only calls whose body matches fail. */
  when?: (body: Record<string, unknown>) => boolean;
  /** How many calls fail before the method works again; default: all. */
  times?: number;
}

export const BOT_USER_ID = 'UBOT00001';
export const BOT_ID = 'BBOT00001';
export const TEAM_ID = 'T0000TEST';

export class SlackWebApiFake {
  readonly calls: RecordedCall[] = [];
  /** Calls per method since start; not cleared by reset(). */
  readonly totals = new Map<string, number>();
  /** Replies served by conversations.replies, per "channel:thread_ts". */
  readonly threads = new Map<string, { ts: string; text: string; user?: string; bot_id?: string }[]>();
  private readonly failures = new Map<string, Failure>();
  private readonly delays = new Map<string, { ms: number; when?: (body: Record<string, unknown>) => boolean }>();
  /** When each call's response was sent, by index in `calls`. */
  readonly answeredAt: number[] = [];
  private server?: Server;
  private tsCounter = 1_700_000_000;
  private waiters: { check: () => boolean; resolve: () => void }[] = [];
  url = '';
  /** What apps.connections.open hands out (Socket Mode tests point it at a loopback WebSocket). */
  socketUrl = 'ws://127.0.0.1:9/unused';

  async start(): Promise<this> {
    this.server = createServer((req, res) => {
      void this.handle(req).then(({ status, json }) => {
        res.writeHead(status, { 'content-type': 'application/json' });
        res.end(JSON.stringify(json));
      });
    });
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    const { port } = this.server.address() as AddressInfo;
    this.url = `http://127.0.0.1:${port}/api/`;
    return this;
  }

  async close(): Promise<void> {
    this.server?.closeAllConnections();
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }

  /** Where slash-command `response_url`s point in tests. */
  get responseUrl(): string {
    return this.url.replace(/api\/$/, 'respond/');
  }

  fail(method: string, failure: Failure = { error: 'channel_not_found' }): void {
    this.failures.set(method, failure);
  }

  /** Answers matching calls only after `ms`, like a slow Slack. */
  slow(method: string, ms: number, when?: (body: Record<string, unknown>) => boolean): void {
    this.delays.set(method, { ms, when });
  }

  reset(): void {
    this.calls.length = 0;
    this.failures.clear();
    this.delays.clear();
    this.threads.clear();
    this.answeredAt.length = 0;
  }

  callsTo(method: string): RecordedCall[] {
    return this.calls.filter((c) => c.method === method);
  }

  /** Resolves once a matching call has been recorded (the bot does slow work after its ack). */
  async waitFor(
    method: string,
    match: (c: RecordedCall) => boolean = () => true,
    timeoutMs = 10_000,
  ): Promise<RecordedCall> {
    const find = () => this.calls.find((c) => c.method === method && match(c));
    await this.until(() => find() !== undefined, timeoutMs, `a ${method} call`);
    return find()!;
  }

  /**
   * Resolves once the bot has cleared its working indicator for a message: the thinking status of
   * its thread set back to '' (DMs), or the ⏳ reaction removed (channels, and DMs without status).
   */
  workDone(messageTs: string, threadTs: string = messageTs, timeoutMs = 10_000): Promise<RecordedCall> {
    const cleared = (c: RecordedCall) =>
      (c.method === 'reactions.remove' && c.body.timestamp === messageTs) ||
      (c.method === 'assistant.threads.setStatus' && c.body.thread_ts === threadTs && c.body.status === '');
    return this.until(() => this.calls.some(cleared), timeoutMs, `the working indicator cleared for ${messageTs}`).then(
      () => this.calls.find(cleared)!,
    );
  }

  /** Resolves once `check` holds after some recorded call. */
  until(check: () => boolean, timeoutMs = 10_000, what = 'a condition'): Promise<void> {
    return new Promise((resolve, reject) => {
      if (check()) return resolve();
      const timer = setTimeout(() => reject(new Error(`timed out waiting for ${what}`)), timeoutMs);
      this.waiters.push({
        check,
        resolve: () => {
          clearTimeout(timer);
          resolve();
        },
      });
    });
  }

  private notify(): void {
    this.waiters = this.waiters.filter((w) => {
      if (!w.check()) return true;
      w.resolve();
      return false;
    });
  }

  private async handle(req: IncomingMessage): Promise<{ status: number; json: unknown }> {
    const raw = await readBody(req);
    const path = new URL(req.url ?? '/', 'http://127.0.0.1').pathname;
    const method = path.startsWith('/api/') ? path.slice(5) : `respond:${path}`;
    const body = parseBody(raw, req.headers['content-type']);
    const token =
      /^Bearer (.+)$/.exec(req.headers.authorization ?? '')?.[1] ??
      (typeof body.token === 'string' ? body.token : undefined);
    const index = this.calls.push({ method, body, token, at: Date.now() }) - 1;
    this.totals.set(method, (this.totals.get(method) ?? 0) + 1);
    const reply = this.reply(method, body);
    this.notify();
    const delay = this.delays.get(method);
    if (delay && (!delay.when || delay.when(body))) await new Promise((r) => setTimeout(r, delay.ms));
    this.answeredAt[index] = Date.now();
    return reply;
  }

  private reply(method: string, body: Record<string, unknown>): { status: number; json: unknown } {
    const failure = this.failures.get(method);
    if (failure && (!failure.when || failure.when(body))) {
      if (failure.times !== undefined && --failure.times <= 0) this.failures.delete(method);
      if (failure.status) return { status: failure.status, json: { ok: false } };
      return { status: 200, json: { ok: false, error: failure.error ?? 'internal_error' } };
    }
    const channel = String(body.channel ?? '');
    const ts = () => `${this.tsCounter++}.000100`;
    switch (method) {
      case 'auth.test':
        return ok({
          url: 'https://test.slack.com/',
          team: 'Test',
          user: 'hjertebot',
          team_id: TEAM_ID,
          user_id: BOT_USER_ID,
          bot_id: BOT_ID,
        });
      case 'chat.postMessage': {
        // Posting to a user id opens (or reuses) the bot's DM with that user.
        const dm = /^[UW]/.test(channel) ? `D${channel.slice(1)}` : channel;
        const t = ts();
        return ok({ channel: dm, ts: t, message: { ts: t, bot_id: BOT_ID, type: 'message' } });
      }
      case 'chat.postEphemeral':
        return ok({ message_ts: ts() });
      case 'chat.update':
        return ok({ channel, ts: body.ts });
      case 'views.open':
      case 'views.update':
      case 'views.publish':
        return ok({ view: { id: `V${this.tsCounter++}` } });
      case 'conversations.replies':
        return ok({ messages: this.threads.get(`${channel}:${String(body.ts)}`) ?? [], has_more: false });
      case 'reactions.add':
      case 'reactions.remove':
      case 'assistant.threads.setStatus':
      case 'assistant.threads.setSuggestedPrompts':
        return ok({});
      case 'users.info':
        return ok({
          user: { id: body.user, name: 'frivillig', is_bot: false, locale: 'da-DK', tz: 'Europe/Copenhagen' },
        });
      case 'apps.connections.open':
        return ok({ url: this.socketUrl });
      default:
        if (method.startsWith('respond:')) return ok({});
        return { status: 200, json: { ok: false, error: 'unknown_method' } };
    }
  }
}

const ok = (extra: Record<string, unknown>) => ({ status: 200, json: { ok: true, ...extra } });

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

function parseBody(raw: string, contentType: string | undefined): Record<string, unknown> {
  if (raw === '') return {};
  if (contentType?.includes('application/json')) return JSON.parse(raw) as Record<string, unknown>;
  const form = parseQuery(raw);
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(form)) {
    const s = Array.isArray(v) ? v.join(',') : (v ?? '');
    out[k] = /^[[{]/.test(s) ? tryJson(s) : s;
  }
  return out;
}

function tryJson(s: string): unknown {
  try {
    return JSON.parse(s);
  } catch {
    return s;
  }
}

export async function startSlackWebApi(): Promise<SlackWebApiFake> {
  return new SlackWebApiFake().start();
}
