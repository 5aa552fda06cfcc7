import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Metrics } from '../../src/server/metrics.js';
import { type BotChild, startBotChild } from '../support/bot-child.js';
import { directMessage } from '../support/slack-fixtures.js';
import { asJson, sendSigned } from '../support/slack-signing.js';
import { type SlackWebApiFake, startSlackWebApi } from '../support/slack-web-api.js';

describe('Metrics', () => {
  it('counts questions, abstentions, routes, deliveries, escalations and errors from log events, and nothing else', () => {
    const m = new Metrics();
    m.observe({ level: 30, event: 'ask', abstained: false, route: null, ms: 12 });
    m.observe({ level: 30, event: 'ask', abstained: true, route: null, ms: 3 });
    m.observe({ level: 30, event: 'ask', abstained: false, route: 'bekymring', ms: 700, text: 'never a label' });
    m.observe({ level: 30, event: 'workflow', type: 'afbud', delivered: true });
    m.observe({ level: 30, event: 'workflow', type: 'bekymring', delivered: false });
    m.observe({ level: 40, event: 'ack_deadline_passed', type: 'bekymring' });
    m.observe({ level: 50, event: 'ask_failed' });
    m.observe({ level: 30, event: 'ask', route: 'Jens Hansen <script>', abstained: false });
    const text = m.render();
    expect(text).toContain('hjertebot_questions_total{outcome="answered"} 3');
    expect(text).toContain('hjertebot_questions_total{outcome="abstained"} 1');
    expect(text).toContain('hjertebot_routes_total{route="bekymring"} 1');
    expect(text).toContain('hjertebot_routes_total{route="other"} 1');
    expect(text).toContain('hjertebot_deliveries_total{type="afbud",result="delivered"} 1');
    expect(text).toContain('hjertebot_deliveries_total{type="bekymring",result="failed"} 1');
    expect(text).toContain('hjertebot_escalations_total{type="bekymring"} 1');
    expect(text).toContain('hjertebot_errors_total 1');
    expect(text).toContain('hjertebot_answer_seconds_bucket{le="0.005"} 1');
    expect(text).toContain('hjertebot_answer_seconds_bucket{le="1"} 3');
    expect(text).toContain('hjertebot_answer_seconds_count 3');
    expect(text).not.toMatch(/Jens|script|never a label/);
  });
});

const freePort = () =>
  new Promise<number>((resolve) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });

describe('GET /metrics on the running bot', () => {
  let api: SlackWebApiFake;
  let dataDir: string;
  const bots: BotChild[] = [];
  beforeAll(async () => {
    api = await startSlackWebApi();
    dataDir = await mkdtemp(join(tmpdir(), 'hjertebot-metrics-'));
  });
  afterAll(async () => {
    for (const b of bots) await b.stop();
    await api.close();
    await rm(dataDir, { recursive: true, force: true });
  });
  const start = async (env: Record<string, string>, knownPort?: number) => {
    const bot = await startBotChild(
      ['--import', 'tsx', 'src/main.ts', '--serve'],
      {
        PORT: '0',
        HOST: '127.0.0.1',
        DATA_DIR: dataDir,
        LOG_LEVEL: 'warn',
        SLACK_BOT_TOKEN: 'xoxb-metrics',
        SLACK_SIGNING_SECRET: 'metrics-secret',
        SLACK_API_URL: api.url,
        ...env,
      },
      { knownPort },
    );
    bots.push(bot);
    return bot;
  };

  it('is off by default', async () => {
    const bot = await start({ LOG_LEVEL: 'info' });
    expect((await fetch(`${bot.url}/metrics`)).status).toBe(404);
  });

  it('with METRICS=1 counts a question answered over Slack, also when the log is quieter than info', async () => {
    // LOG_LEVEL=warn hides the listening line, so the port is chosen here.
    const port = await freePort();
    const bot = await start({ METRICS: '1', LOG_LEVEL: 'warn', PORT: String(port) }, port);
    const message = directMessage({ text: 'Hvor længe kan jeg holde orlov?', channel: 'DMETRICS1' });
    expect((await sendSigned(`${bot.url}/slack/events`, asJson(message), { secret: 'metrics-secret' })).status).toBe(
      200,
    );
    await api.waitFor('chat.postMessage', (c) => c.body.channel === 'DMETRICS1');
    const res = await fetch(`${bot.url}/metrics`);
    expect(res.headers.get('content-type')).toContain('text/plain');
    const text = await res.text();
    expect(text).toContain('hjertebot_questions_total{outcome="answered"} 1');
    expect(text).toContain('hjertebot_answer_seconds_count 1');
    expect(text).not.toMatch(/Hvor|længe|seks/);
  });
});
