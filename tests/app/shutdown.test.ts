import { spawn } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CALLBACK } from '../../src/adapters/slack/ids.js';
import { type BotProcess, killBot, startBotProcess } from '../support/bot-process.js';
import { seedEnv } from '../support/seed.js';
import { bekymringValues, directMessage, viewSubmission } from '../support/slack-fixtures.js';
import { asInteraction, asJson } from '../support/slack-signing.js';
import { dmTo, PEOPLE, ROOT, sendSlack, startTwoPlatforms, type TwoPlatforms } from './two-platforms.js';

// SIGTERM while 100 questions are acknowledged but not yet answered and 10 /bekymring deliveries
// are on their way (Slack answers each call after 1.5 s): everything is answered or delivered,
// new requests are turned away, the open cases stay in the store, and the process exits 0.

let p: TwoPlatforms;
let bot: BotProcess | undefined;
beforeAll(async () => {
  p = await startTwoPlatforms();
});
afterAll(async () => {
  await killBot(bot);
  await p.close();
});

describe('graceful shutdown', () => {
  it('SIGTERM with 100 questions and 10 deliveries in flight: all answered or delivered, exit 0', async () => {
    bot = await startBotProcess(p.env);
    const url = bot.url;
    p.slack.slow('chat.postMessage', 1500);
    const channels = Array.from({ length: 100 }, (_, i) => `D0SHUT${String(i).padStart(3, '0')}`);
    const questions = channels.map((channel, i) =>
      sendSlack(
        url,
        asJson(
          directMessage({
            channel,
            user: `U0ASKER${String(i).padStart(3, '0')}`,
            ts: `1700000000.${String(i).padStart(6, '0')}`,
            text: 'Hvor længe kan jeg holde orlov?',
          }),
        ),
      ),
    );
    const concerns = Array.from({ length: 10 }, (_, i) =>
      sendSlack(
        url,
        asInteraction(
          viewSubmission(CALLBACK.bekymring, bekymringValues('no', 'hovedstaden'), { userId: `U0SHUTVOL${i}` }),
        ),
      ),
    );
    // Every question acknowledged by the bot, and every delivery on its way to Slack (not yet answered).
    for (const r of await Promise.all(questions)) expect(r.status).toBe(200);
    await p.slack.until(
      () => p.slack.calls.filter(dmTo(PEOPLE.consultantHovedstaden)).length === 10,
      20_000,
      'ten deliveries sent',
    );
    const answeredBefore = channels.filter((c) => p.slack.calls.some(dmTo(c))).length;

    bot.child.kill('SIGTERM');
    await bot.waitForLog((l) => l.event === 'shutdown');
    // New work is turned away (or the port is already closed).
    const late = await sendSlack(
      url,
      asJson(directMessage({ channel: 'D0LATE', user: 'U0LATE', ts: '1700000999.000001' })),
    ).then(
      (r) => r.status,
      () => 'refused',
    );
    expect([503, 'refused']).toContain(late);

    expect(await bot.exited).toEqual({ code: 0, signal: null });
    for (const r of await Promise.all(concerns)) expect(r.status).toBe(200);
    expect(channels.filter((c) => p.slack.calls.some(dmTo(c)))).toHaveLength(100);
    expect(p.slack.calls.some(dmTo('D0LATE'))).toBe(false);
    // Each volunteer was told the concern arrived.
    expect(p.slack.calls.filter((c) => String(c.body.text).includes('Din bekymring er sendt til'))).toHaveLength(10);
    const done = bot.logs.find((l) => l.event === 'shutdown_done');
    expect(done).toMatchObject({ finished: true, openCases: 10 });
    expect((done!.openCaseIds as string[]).every((id) => /^B-[A-Z2-9]{6}$/.test(id))).toBe(true);
    console.info(
      JSON.stringify({ answeredBeforeSigterm: answeredBefore, answered: 100, delivered: 10, shutdownMs: done!.ms }),
    );
  }, 120_000);

  it('a second signal exits at once', async () => {
    bot = await startBotProcess(p.env);
    p.slack.reset();
    p.slack.slow('chat.postMessage', 30_000);
    const r = await sendSlack(
      bot.url,
      asJson(directMessage({ channel: 'D0SLOW', user: 'U0SLOW', ts: '1700000500.000001' })),
    );
    expect(r.status).toBe(200);
    await p.slack.waitFor('chat.postMessage', dmTo('D0SLOW'), 20_000);
    bot.child.kill('SIGTERM');
    await bot.waitForLog((l) => l.event === 'shutdown');
    const second = Date.now();
    bot.child.kill('SIGINT');
    expect(await bot.exited).toEqual({ code: 1, signal: null });
    expect(Date.now() - second).toBeLessThan(5_000);
    expect(bot.logs.some((l) => l.event === 'shutdown_forced')).toBe(true);
  }, 60_000);

  it('`npm run serve` under a supervisor that signals only its PID: the server itself shuts down', async () => {
    const child = spawn('npm', ['run', '--silent', 'serve'], {
      cwd: ROOT,
      env: {
        PATH: process.env.PATH ?? '',
        HOME: process.env.HOME ?? '',
        NODE_ENV: 'test',
        PORT: '0',
        HOST: '127.0.0.1',
        DATA_DIR: p.env.DATA_DIR!,
        ...seedEnv(),
        KNOWLEDGE_DIR: p.env.KNOWLEDGE_DIR!,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    const seen = (re: RegExp) =>
      new Promise<void>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`not seen: ${re}; output: ${out.slice(-500)}`)), 60_000);
        const check = () => re.test(out) && (clearTimeout(timer), resolve());
        for (const s of [child.stdout, child.stderr])
          s.on('data', (c: Buffer) => ((out += c.toString('utf8')), check()));
      });
    await seen(/"event":"http_listening"/);
    const port = Number(/"event":"http_listening"[^\n]*"port":(\d+)/.exec(out)![1]);
    const exited = new Promise<number | null>((r) => child.once('exit', (code) => r(code)));
    child.kill('SIGTERM');
    await seen(/"event":"shutdown_done"/);
    expect(await exited).toBe(0);
    // Nothing is left listening on the port: the server was not orphaned.
    await expect(fetch(`http://127.0.0.1:${port}/healthz`)).rejects.toThrow();
  }, 90_000);
});
