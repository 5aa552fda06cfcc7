import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve as resolvePath } from 'node:path';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { createSlackMount, SLACK_EVENTS_PATH } from '../adapters/slack/slack-mount.js';
import { parseConfig, type SlackConfig } from '../config.js';
import type { Core } from '../core/core.js';
import { createCore } from '../core/create-core.js';
import { createLogger, type Logger } from '../logger.js';
import { startHttpServer } from '../server/http-server.js';
import { nextMessage } from './bench-next-message.js';
import { SIGNED_POST_SOURCE } from './bench-slack-signed.js';
import { percentile, round } from './bench-stats.js';

// Slack ack latency: signed slash commands sent to the real Slack mount on loopback, timed
// from send to Slack's HTTP 200. The Web API (views.open after the ack) is a loopback stub.

const SECRET = 'bench-signing-secret';
const TOTAL = 200;
const CONCURRENCY = 50;
const WARM_UP = 100;

export interface AckLatency {
  p50Ms: number;
  p99Ms: number;
  count: number;
  /** The bot's event-loop busy time per command (ack and views.open): the cost that load does not inflate much. */
  busyMsPerCommand: number;
}

/**
 * Runs the Slack ack benchmark against the real core: the given one, or one built here from the
 * knowledge documents with its index in a temporary folder.
 */
export async function benchSlackAck(
  opts: { core?: Core; knowledgeDir?: string; directoryFile?: string } = {},
): Promise<AckLatency> {
  const logger = createLogger('silent');
  if (opts.core) return measure(opts.core, logger);
  const dataDir = await mkdtemp(join(tmpdir(), 'hjertebot-bench-slack-'));
  const config = parseConfig({
    DATA_DIR: dataDir,
    LOG_LEVEL: 'silent',
    KNOWLEDGE_DIR: opts.knowledgeDir,
    DIRECTORY_FILE: opts.directoryFile,
  });
  const core = await createCore({ config, logger });
  try {
    return await measure(core, logger);
  } finally {
    await core.close();
    await rm(dataDir, { recursive: true, force: true });
  }
}

async function measure(core: Core, logger: Logger): Promise<AckLatency> {
  // Slack's side runs in worker threads, as it would on Slack's machines: otherwise its request
  // building, parsing and answering would share the bot's event loop and count as ack time.
  const webApi = await startWorker(WEB_API_SOURCE, {});
  const client = await startWorker(CLIENT_SOURCE, {
    secret: SECRET,
    total: TOTAL,
    concurrency: CONCURRENCY,
    warmUp: WARM_UP,
  });
  const { apiUrl } = await webApi.next<{ apiUrl: string }>();
  const config: SlackConfig = { botToken: 'xoxb-bench', signingSecret: SECRET, apiUrl };
  const server = await startHttpServer({
    port: 0,
    host: '127.0.0.1',
    logger,
    mounts: [createSlackMount(config, core, logger)],
  });
  try {
    const before = performance.eventLoopUtilization();
    const done = client.next<{ timings: number[] }>();
    client.worker.postMessage({ eventsUrl: `${server.url}${SLACK_EVENTS_PATH}` });
    const { timings } = await done;
    // Let the last views.open calls finish, so their cost is counted too.
    await new Promise((resolve) => setTimeout(resolve, 200));
    const busy = performance.eventLoopUtilization(before).active;
    timings.sort((a, b) => a - b);
    return {
      p50Ms: round(percentile(timings, 0.5)),
      p99Ms: round(percentile(timings, 0.99)),
      count: timings.length,
      busyMsPerCommand: round(busy / (timings.length + WARM_UP)),
    };
  } finally {
    await server.close();
    await client.worker.terminate();
    await webApi.worker.terminate();
  }
}

async function startWorker(source: string, workerData: object) {
  const worker = new Worker(source, { eval: true, workerData });
  const next = <T>() => nextMessage<T>(worker, 'error', (e) => e as Error);
  return { worker, next };
}

// Plain JavaScript for the workers: they run without a TypeScript loader.

/** Web API stub: every method answers ok (enough for auth.test and views.open). */
const WEB_API_SOURCE = `
const { parentPort } = require('node:worker_threads');
const http = require('node:http');
const reply = JSON.stringify({ ok: true, user_id: 'U0BENCHBOT', bot_id: 'B0BENCHBOT', view: { id: 'V0BENCH' } });
const api = http.createServer((req, res) => {
  req.resume();
  req.on('end', () => {
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(reply);
  });
});
api.listen(0, '127.0.0.1', () => parentPort.postMessage({ apiUrl: 'http://127.0.0.1:' + api.address().port + '/api/' }));
`;

/** Sends signed /afbud commands and times each until its HTTP 200; requests are signed before the clock starts. */
const CLIENT_SOURCE = `
const { workerData, parentPort } = require('node:worker_threads');
const { createHmac } = require('node:crypto');
const http = require('node:http');
const { stringify } = require('node:querystring');
const { secret, total, concurrency, warmUp } = workerData;
const agent = new http.Agent({ keepAlive: true, maxSockets: concurrency });

function signed(n) {
  const body = stringify({ command: '/afbud', text: '', user_id: 'U0BENCH' + n, channel_id: 'C0BENCH', team_id: 'T0BENCH',
    trigger_id: 'bench.' + n, response_url: 'http://127.0.0.1:9/unused' });
  return signedRequest(body, 'application/x-www-form-urlencoded');
}

${SIGNED_POST_SOURCE}
parentPort.once('message', ({ eventsUrl }) => {
  (async () => {
    // Batches of 'concurrency' commands; the warm-up is sent the same way, so connections and
    // code paths are warm before the timed commands.
    const batches = async (from, count) => {
      const timings = [];
      for (let sent = 0; sent < count; sent += concurrency) {
        const batch = Array.from({ length: Math.min(concurrency, count - sent) }, (_, i) => signed(from + sent + i));
        timings.push(...(await Promise.all(batch.map((r) => send(eventsUrl, r)))));
      }
      return timings;
    };
    await batches(0, warmUp);
    const timings = await batches(warmUp, total);
    agent.destroy();
    parentPort.postMessage({ timings });
  })().catch((e) => parentPort.postMessage({ error: String(e && e.message) }));
});
`;

// `npx tsx src/cli/bench-slack-ack.ts` runs it alone; npm run bench runs it so, in a process of its own.
if (process.argv[1] && import.meta.url === pathToFileURL(resolvePath(process.argv[1])).href) {
  const { knowledgeDir, directoryFile } = parseConfig(process.env);
  benchSlackAck({ knowledgeDir, directoryFile }).then(
    (r) => console.log(JSON.stringify({ slackAck: r })),
    (e: unknown) => {
      console.error(e);
      process.exitCode = 1;
    },
  );
}
