import { mkdtemp, rm } from 'node:fs/promises';
import { type ClientRequest, request } from 'node:http';
import { connect, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type BotChild, startBotChild } from '../support/bot-child.js';
import { directMessage } from '../support/slack-fixtures.js';
import { asJson, sendSigned, signature } from '../support/slack-signing.js';
import { type SlackWebApiFake, startSlackWebApi } from '../support/slack-web-api.js';

// The HTTP edge of the real bot process (Slack over HTTP and local Teams on one loopback port):
// bodies are limited before signatures are checked, unauthenticated requests are capped, an
// unfinished upload holds nothing back, and no malformed request gets a 5xx, a stack or a hang.

const SECRET = 'edge-secret';
const MB = 1024 * 1024;
let bot: BotChild;
let api: SlackWebApiFake;
let dataDir: string;

beforeAll(async () => {
  api = await startSlackWebApi();
  dataDir = await mkdtemp(join(tmpdir(), 'hjertebot-edge-'));
  bot = await startBotChild(['--import', 'tsx', 'src/main.ts', '--serve'], {
    PORT: '0',
    HOST: '127.0.0.1',
    DATA_DIR: dataDir,
    SLACK_BOT_TOKEN: 'xoxb-edge',
    SLACK_SIGNING_SECRET: SECRET,
    SLACK_API_URL: api.url,
    TEAMS_DEV: '1',
  });
}, 90_000);

afterAll(async () => {
  await bot?.stop();
  await api?.close();
  await rm(dataDir, { recursive: true, force: true });
});

/** Streams `total` bytes of zeros from one reused 64 kB buffer; resolves with the status, or 'closed' if the server hung up first. */
function streamUpload(
  path: string,
  total: number,
  opts: { declareLength: boolean },
): Promise<{ status: number | 'closed'; sentMb: number }> {
  const chunk = Buffer.alloc(64 * 1024);
  return new Promise((resolve) => {
    let sent = 0;
    let status: number | 'closed' = 'closed';
    let finished = false;
    const done = () => {
      if (finished) return;
      finished = true;
      resolve({ status, sentMb: sent / MB });
    };
    const req: ClientRequest = request(`${bot.url}${path}`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...(opts.declareLength ? { 'content-length': String(total) } : {}),
      },
    });
    req.on('response', (res) => {
      status = res.statusCode ?? 0;
      res.resume();
      res.on('end', () => {
        req.destroy();
        done();
      });
    });
    req.on('error', done);
    req.on('close', done);
    const pump = () => {
      while (!finished && status === 'closed' && sent < total) {
        sent += chunk.length;
        if (!req.write(chunk)) return void req.once('drain', pump);
      }
      if (sent >= total) req.end();
    };
    pump();
  });
}

/** Samples the bot's resident memory every 20 ms while `work` runs; returns the growth over the start, MB. */
async function rssGrowthDuring<T>(work: () => Promise<T>): Promise<{ result: T; growthMb: number }> {
  const start = bot.memory().rssMb;
  let max = start;
  const timer = setInterval(() => (max = Math.max(max, bot.memory().rssMb)), 20);
  try {
    const result = await work();
    max = Math.max(max, bot.memory().rssMb);
    return { result, growthMb: max - start };
  } finally {
    clearInterval(timer);
  }
}

describe('body limits before signatures', () => {
  it('refuses an unsigned 256 MB POST that declares its length with 413, without reading it (RSS grows < 20 MB)', async () => {
    const { result, growthMb } = await rssGrowthDuring(() =>
      streamUpload('/slack/events', 256 * MB, { declareLength: true }),
    );
    expect(result.status).toBe(413);
    expect(result.sentMb).toBeLessThan(256);
    expect(growthMb).toBeLessThan(20);
  }, 30_000);

  it('refuses an unsigned 256 MB chunked POST with 413 once it passes 1 MB (RSS grows < 20 MB)', async () => {
    const { result, growthMb } = await rssGrowthDuring(() =>
      streamUpload('/slack/events', 256 * MB, { declareLength: false }),
    );
    expect(result.status).toBe(413);
    expect(result.sentMb).toBeLessThan(256);
    expect(growthMb).toBeLessThan(20);
  }, 30_000);

  it('refuses an oversized Teams body with 413 too', async () => {
    const { result, growthMb } = await rssGrowthDuring(() =>
      streamUpload(process.env.EDGE_PATH ?? '/api/messages', Number(process.env.EDGE_MB ?? 64) * MB, {
        declareLength: false,
      }),
    );
    expect(result.status).toBe(413);
    expect(growthMb).toBeLessThan(20);
  }, 30_000);

  it('still takes a signed body just under the limit', async () => {
    const padded = asJson({ ...directMessage({ text: 'hej' }), padding: 'x'.repeat(MB - 4096) });
    expect((await sendSigned(`${bot.url}/slack/events`, padded, { secret: SECRET })).status).toBe(200);
  });
});

/** A POST that declares a body it never finishes sending. */
function unfinishedUpload(path: string): Promise<Socket> {
  return new Promise((resolve, reject) => {
    const { port } = new URL(bot.url);
    const socket = connect(Number(port), '127.0.0.1', () => {
      socket.write(
        `POST ${path} HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: 100000\r\n\r\n{"type":`,
      );
      resolve(socket);
    });
    socket.on('error', reject);
  });
}

describe('slow and unfinished uploads', () => {
  it('one unfinished upload does not delay other answers (the ack gate counts only verified requests)', async () => {
    const ask = async (text: string, channel: string): Promise<number> => {
      const sent = Date.now();
      const message = directMessage({ text, channel });
      expect((await sendSigned(`${bot.url}/slack/events`, asJson(message), { secret: SECRET })).status).toBe(200);
      const answer = await api.waitFor('chat.postMessage', (c) => c.body.channel === channel, 5_000);
      return answer.at - sent;
    };
    await ask('Hvad er en tovholder?', 'DWARMUP01');
    const stalled = await unfinishedUpload('/slack/events');
    try {
      const times: number[] = [];
      for (const [i, text] of [
        'Hvor længe kan jeg holde orlov?',
        'Må jeg tage noter?',
        'Hvem er min kontaktperson?',
      ].entries()) {
        times.push(await ask(text, `DSTALLED0${i}`));
      }
      // Counted, the upload would hold every answer's pieces for the gate's 750 ms.
      expect(times.sort((a, b) => a - b)[1]).toBeLessThan(700);
    } finally {
      stalled.destroy();
    }
  });

  it('caps unauthenticated requests in flight: the 65th gets 503 at once, and the server recovers when they go', async () => {
    const stalled = await Promise.all(Array.from({ length: 64 }, () => unfinishedUpload('/slack/events')));
    try {
      // The sockets' headers may still be on their way: wait until the cap is reached.
      let status = 0;
      for (let i = 0; i < 50 && status !== 503; i++) {
        status = (await fetch(`${bot.url}/healthz`)).status;
        if (status !== 503) await new Promise((r) => setTimeout(r, 20));
      }
      expect(status).toBe(503);
    } finally {
      for (const s of stalled) s.destroy();
    }
    let status = 0;
    for (let i = 0; i < 50 && status !== 200; i++) {
      status = (await fetch(`${bot.url}/healthz`)).status;
      if (status !== 200) await new Promise((r) => setTimeout(r, 20));
    }
    expect(status).toBe(200);
  });
});

// A seeded generator: the same bodies every run.
function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

function malformedBodies(): { body: string; contentType?: string }[] {
  const next = rng(13);
  const pick = <T>(xs: T[]): T => xs[Math.floor(next() * xs.length)]!;
  const json = (v: unknown) => ({ body: JSON.stringify(v), contentType: 'application/json' });
  const form = (v: Record<string, string>) => ({
    body: new URLSearchParams(v).toString(),
    contentType: 'application/x-www-form-urlencoded',
  });
  const interaction = (v: unknown) => form({ payload: typeof v === 'string' ? v : JSON.stringify(v) });
  const fixed = [
    json(null),
    json(1),
    json('x'),
    json([]),
    json({}),
    json({ type: 42 }),
    json({ type: 'event_callback' }),
    json({ type: 'event_callback', event: null }),
    json({ type: 'event_callback', event: { type: 'message', text: 7 } }),
    json({ type: 'event_callback', event: { type: 'app_mention', user: {}, text: ['a'] }, event_id: 5 }),
    json({ type: 'url_verification' }),
    json({ type: 'url_verification', challenge: { a: 1 } }),
    interaction(null),
    interaction([]),
    interaction(1),
    interaction({}),
    interaction('{"type":'),
    interaction({ type: 'block_actions' }),
    interaction({ type: 'block_actions', actions: null, user: null }),
    interaction({ type: 'block_actions', actions: [{ action_id: 7 }], user: { id: 'U1' } }),
    interaction({ type: 'view_submission' }),
    interaction({ type: 'view_submission', view: { callback_id: 'nope', state: null }, user: { id: 'U1' } }),
    interaction({
      type: 'view_submission',
      view: { callback_id: 'afbud', state: { values: 'x' }, private_metadata: '{' },
      user: { id: 'U1' },
    }),
    interaction({ type: 'shortcut', callback_id: 'unknown' }),
    interaction({ type: 'message_action', callback_id: 'x' }),
    interaction({ type: 'block_suggestion', action_id: 'x' }),
    interaction({ type: 'view_closed' }),
    form({ command: '/afbud' }),
    form({ command: '/unknown', text: 'x' }),
    form({ command: '' }),
    form({ ssl_check: '1', payload: '{"type":"x"}' }),
    { body: '' },
    { body: '{', contentType: 'application/json' },
    { body: '%%%', contentType: 'application/x-www-form-urlencoded' },
    { body: '['.repeat(50_000), contentType: 'application/json' },
    { body: '\u0000\u0001\u0002', contentType: 'text/plain' },
  ];
  const random = Array.from({ length: 60 }, () => {
    const len = Math.floor(next() * 2000);
    const bytes = Array.from({ length: len }, () => String.fromCharCode(Math.floor(next() * 256))).join('');
    return {
      body: bytes,
      contentType: pick(['application/json', 'application/x-www-form-urlencoded', 'text/plain', undefined]),
    };
  });
  return [...fixed, ...random];
}

describe('every signed request gets an answer', () => {
  const signedPost = async (body: string, contentType: string) => {
    const timestamp = Math.floor(Date.now() / 1000);
    const started = performance.now();
    const res = await fetch(`${bot.url}/slack/events`, {
      method: 'POST',
      headers: {
        'content-type': contentType,
        'x-slack-request-timestamp': String(timestamp),
        'x-slack-signature': signature(SECRET, timestamp, body),
      },
      body,
    });
    return { status: res.status, ms: performance.now() - started };
  };

  it('400 at once for a body that parses to null, a number or a list', async () => {
    for (const body of ['null', '1', '[]']) expect((await signedPost(body, 'application/json')).status).toBe(400);
    expect((await signedPost('payload=null', 'application/x-www-form-urlencoded')).status).toBe(400);
  });

  it('400 at once, not 404 after 3 s, for an interaction no listener takes', async () => {
    for (const payload of [
      { type: 'shortcut', callback_id: 'unknown' },
      { type: 'view_submission', view: { callback_id: 'unknown' }, user: { id: 'U1' } },
      { no: 'type' },
    ]) {
      const r = await signedPost(
        new URLSearchParams({ payload: JSON.stringify(payload) }).toString(),
        'application/x-www-form-urlencoded',
      );
      expect(r.status).toBe(400);
      expect(r.ms).toBeLessThan(1_000);
    }
  });
});

describe('fuzzing /slack/events and /api/messages with malformed bodies', () => {
  it('never answers 5xx, never shows a stack, never takes over 1 s, and memory stays bounded', async () => {
    const bodies = malformedBodies();
    const before = bot.memory().rssMb;
    const results: { route: string; signed: boolean; status: number; ms: number; text: string; index: number }[] = [];
    const send = async (
      route: string,
      body: string,
      contentType: string | undefined,
      signed: boolean,
      index: number,
    ) => {
      const timestamp = Math.floor(Date.now() / 1000);
      const headers: Record<string, string> = {};
      if (contentType) headers['content-type'] = contentType;
      if (signed) {
        headers['x-slack-request-timestamp'] = String(timestamp);
        headers['x-slack-signature'] = signature(SECRET, timestamp, body);
      }
      const started = performance.now();
      const res = await fetch(`${bot.url}${route}`, {
        method: 'POST',
        headers,
        body,
        signal: AbortSignal.timeout(5_000),
      });
      const text = await res.text();
      results.push({ route, signed, status: res.status, ms: performance.now() - started, text, index });
    };
    // Eight at a time: a burst, not a flood.
    const jobs = bodies.flatMap((b, i) => [
      () => send('/slack/events', b.body, b.contentType, true, i),
      () => send('/slack/events', b.body, b.contentType, false, i),
      () => send('/api/messages', b.body, b.contentType, false, i),
    ]);
    for (let i = 0; i < jobs.length; i += 8) await Promise.all(jobs.slice(i, i + 8).map((j) => j()));

    expect(results).toHaveLength(bodies.length * 3);
    expect(results.filter((r) => r.status >= 500)).toEqual([]);
    expect(results.filter((r) => r.ms > 1_000).map((r) => ({ ...r, text: undefined }))).toEqual([]);
    expect(results.filter((r) => /\bat .+:\d+:\d+|node_modules|Error:|<html/i.test(r.text))).toEqual([]);
    // Unsigned Slack requests are refused (Slack's ssl_check alone needs no signature).
    const unsigned = results.filter(
      (r) => r.route === '/slack/events' && !r.signed && !bodies[r.index]!.body.startsWith('ssl_check'),
    );
    expect(unsigned.filter((r) => r.status !== 401 && r.status !== 400)).toEqual([]);
    // Logs carry error metadata, never a stack.
    expect(bot.output()).not.toMatch(/"stack"|\bat .+:\d+:\d+/);
    expect(bot.memory().rssMb - before).toBeLessThan(60);
  }, 120_000);

  it('keeps answering signed questions afterwards', async () => {
    const message = directMessage({ text: 'Hvor længe kan jeg holde orlov?', channel: 'DFUZZAFTER' });
    expect((await sendSigned(`${bot.url}/slack/events`, asJson(message), { secret: SECRET })).status).toBe(200);
    const answer = await api.waitFor('chat.postMessage', (c) => c.body.channel === 'DFUZZAFTER', 10_000);
    expect(JSON.stringify(answer.body)).toContain('seks måneder');
  });
});
