import { type ChildProcess, fork } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve as resolvePath } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createSlackMount, SLACK_EVENTS_PATH } from '../adapters/slack/slack-mount.js';
import { parseConfig, type SlackConfig } from '../config.js';
import { createCore } from '../core/create-core.js';
import { createLogger } from '../logger.js';
import { startHttpServer } from '../server/http-server.js';
import { nextMessage } from './bench-next-message.js';
import { SIGNED_POST_SOURCE } from './bench-slack-signed.js';
import { percentile, round } from './bench-stats.js';

// Slack under load: 3,000 signed direct messages (real questions) at concurrency 50 through the
// real receiver, the real core, and a loopback Web API that counts the answers posted. Slack's
// side runs in two child processes (worker threads would add their heaps to the RSS measured).
// Reports ack latency, answers delivered, and the bot process's peak RSS.

const SECRET = 'bench-load-secret';
const TOTAL = 3_000;
const CONCURRENCY = 50;
/** Sent (and answered) first, not timed: a running bot's code is warm; the first questions compile it. */
const WARM_UP = 300;
const DELIVERY_TIMEOUT_MS = 300_000;

export interface SlackLoad {
  sent: number;
  /** Answers posted (chat.postMessage) for the timed questions: must equal sent. */
  delivered: number;
  warmUp: number;
  ackP50Ms: number;
  ackP99Ms: number;
  /** Resident memory after start-up (index loaded), at its highest during the run, and at the end, MB. */
  rssStartMb: number;
  peakRssMb: number;
  rssEndMb: number;
  seconds: number;
}

export async function benchSlackLoad(opts: {
  knowledgeDir?: string;
  directoryFile?: string;
  questionsFile: string;
  total?: number;
  warmUp?: number;
}): Promise<SlackLoad> {
  const total = opts.total ?? TOTAL;
  const warmUp = opts.warmUp ?? WARM_UP;
  const logger = createLogger('silent');
  const dataDir = await mkdtemp(join(tmpdir(), 'hjertebot-bench-load-'));
  const config = parseConfig({
    DATA_DIR: dataDir,
    LOG_LEVEL: 'silent',
    KNOWLEDGE_DIR: opts.knowledgeDir,
    DIRECTORY_FILE: opts.directoryFile,
  });
  const core = await createCore({ config, logger });
  const questions = readFileSync(opts.questionsFile, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => (JSON.parse(l) as { question: string }).question);
  const webApi = await startChild(dataDir, 'web-api', WEB_API_SOURCE, {});
  const client = await startChild(dataDir, 'client', CLIENT_SOURCE, {
    secret: SECRET,
    concurrency: CONCURRENCY,
    questions,
  });
  const { apiUrl } = await webApi.next<{ apiUrl: string }>();
  const slack: SlackConfig = { botToken: 'xoxb-bench', signingSecret: SECRET, apiUrl };
  const server = await startHttpServer({
    port: 0,
    host: '127.0.0.1',
    logger,
    mounts: [createSlackMount(slack, core, logger)],
  });
  const rssStartMb = rssMb();
  let peak = rssStartMb;
  const sampler = setInterval(() => (peak = Math.max(peak, rssMb())), 25);
  const eventsUrl = `${server.url}${SLACK_EVENTS_PATH}`;
  const sendAll = async (from: number, count: number) => {
    const acked = client.next<{ timings: number[] }>();
    client.worker.postMessage({ eventsUrl, from, count });
    return (await acked).timings;
  };
  try {
    await sendAll(0, warmUp);
    await deliveredCount(webApi, warmUp);
    const timedFrom = performance.now();
    const timings = await sendAll(warmUp, total);
    const delivered = (await deliveredCount(webApi, warmUp + total)) - warmUp;
    const seconds = (performance.now() - timedFrom) / 1000;
    peak = Math.max(peak, rssMb());
    timings.sort((a, b) => a - b);
    return {
      sent: total,
      delivered,
      warmUp,
      ackP50Ms: round(percentile(timings, 0.5)),
      ackP99Ms: round(percentile(timings, 0.99)),
      rssStartMb: Math.round(rssStartMb),
      peakRssMb: Math.round(peak),
      rssEndMb: Math.round(rssMb()),
      seconds: round(seconds),
    };
  } finally {
    clearInterval(sampler);
    await server.close();
    client.worker.kill();
    webApi.worker.kill();
    await core.close();
    await rm(dataDir, { recursive: true, force: true });
  }
}

const rssMb = (): number => process.memoryUsage.rss() / 1024 / 1024;

/** Asks the Web API worker how many answers it has received until all have, or the timeout. */
async function deliveredCount(webApi: Awaited<ReturnType<typeof startChild>>, total: number): Promise<number> {
  const deadline = Date.now() + DELIVERY_TIMEOUT_MS;
  for (;;) {
    const reply = webApi.next<{ delivered: number }>();
    webApi.worker.postMessage({ count: true });
    const { delivered } = await reply;
    if (delivered >= total || Date.now() > deadline) return delivered;
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** Slack's side as a child process, spoken to over IPC: `postMessage` sends, `next()` awaits the next reply. */
async function startChild(dir: string, name: string, source: string, data: object) {
  const file = join(dir, `${name}.cjs`);
  await writeFile(
    file,
    `const workerData = ${JSON.stringify(data)};\nconst parentPort = { postMessage: (m) => process.send(m), on: (e, f) => process.on(e, f), once: (e, f) => process.once(e, f) };\n${source}`,
  );
  const child: ChildProcess = fork(file, [], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  const worker = { postMessage: (m: object) => child.send(m), kill: () => child.kill() };
  const next = <T>() => nextMessage<T>(child, 'exit', (code) => new Error(`${name} exited (${String(code)})`));
  return { worker, next };
}

// Plain JavaScript for the child processes: they run without a TypeScript loader.

/** Web API stub: every method answers ok; chat.postMessage calls are counted as delivered answers. */
const WEB_API_SOURCE = `
const http = require('node:http');
let delivered = 0;
let ts = 1700000000;
const api = http.createServer((req, res) => {
  req.resume();
  req.on('end', () => {
    if (req.url.endsWith('/chat.postMessage')) delivered += 1;
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(JSON.stringify({ ok: true, user_id: 'U0BENCHBOT', bot_id: 'B0BENCHBOT', channel: 'D0BENCH', ts: (ts++) + '.000100', messages: [] }));
  });
});
api.keepAliveTimeout = 60000;
parentPort.on('message', (m) => { if (m.count) parentPort.postMessage({ delivered }); });
api.listen(0, '127.0.0.1', () => parentPort.postMessage({ apiUrl: 'http://127.0.0.1:' + api.address().port + '/api/' }));
`;

/** Sends signed message.im events, 'concurrency' in flight at any time, and times each until its HTTP 200. */
const CLIENT_SOURCE = `
const { createHmac } = require('node:crypto');
const http = require('node:http');
const { secret, concurrency, questions } = workerData;
const agent = new http.Agent({ keepAlive: true, maxSockets: concurrency });

function signed(n) {
  const ts = (1700000000 + n) + '.000100';
  const body = JSON.stringify({ token: 'x', team_id: 'T0BENCH', api_app_id: 'A0BENCH', type: 'event_callback', event_id: 'Ev0LOAD' + n, event_time: 1700000000,
    event: { type: 'message', channel: 'D0BENCH' + (n % 500), channel_type: 'im', user: 'U0BENCH' + (n % 500), text: questions[n % questions.length], ts, event_ts: ts } });
  return signedRequest(body, 'application/json');
}

${SIGNED_POST_SOURCE}
parentPort.on('message', ({ eventsUrl, from, count }) => {
  (async () => {
    const timings = [];
    let next = from;
    const lane = async () => {
      while (next < from + count) {
        const n = next++;
        timings.push(await send(eventsUrl, signed(n)));
      }
    };
    await Promise.all(Array.from({ length: concurrency }, lane));
    parentPort.postMessage({ timings });
  })().catch((e) => parentPort.postMessage({ error: String(e && e.message) }));
});
`;

// `npx tsx src/cli/bench-slack-load.ts [QUESTIONS.jsonl]` runs it alone; npm run bench runs it so, in a process of its own.
if (process.argv[1] && import.meta.url === pathToFileURL(resolvePath(process.argv[1])).href) {
  const { knowledgeDir, directoryFile } = parseConfig(process.env);
  const questionsFile = process.argv[2] ?? '../shared/eval/questions.dev.jsonl';
  benchSlackLoad({ knowledgeDir, directoryFile, questionsFile }).then(
    (r) => console.log(JSON.stringify({ slackLoad: r })),
    (e: unknown) => {
      console.error(e);
      process.exitCode = 1;
    },
  );
}
