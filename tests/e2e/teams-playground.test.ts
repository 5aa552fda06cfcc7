import { existsSync } from 'node:fs';
import { readdir, readFile, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeE2eCore } from './e2e-core.js';
import {
  CHROMIUM,
  PLAYGROUND_USER_AAD,
  type PlaygroundSession,
  say,
  startPlaygroundSession,
} from './playground-session.js';

// End to end in headless Chromium: the real Microsoft 365 Agents Playground web UI, the real Teams
// mount and the real core. The Playground listens on one fixed port (56150), so this file must
// not run twice at the same time (vitest runs each file once).

const hasChromium = existsSync(CHROMIUM);
const started = Date.now();

async function telemetryBufferedSince(since: number): Promise<string[]> {
  const dirs = (await readdir(tmpdir())).filter((d) => d.startsWith('appInsights-node'));
  const files = await Promise.all(
    dirs.map(async (d) => (await readdir(join(tmpdir(), d))).map((f) => join(tmpdir(), d, f))),
  );
  const fresh = await Promise.all(files.flat().map(async (f) => ((await stat(f)).mtimeMs >= since ? f : undefined)));
  return fresh.filter((f): f is string => f !== undefined);
}
if (!hasChromium)
  console.warn(
    `Skipping the Teams Playground e2e test: ${CHROMIUM} is missing (apt-get install -y chromium; .ci/run installs it).`,
  );

// In CI the browser is installed by .ci/run: a missing one there is a failure, not a skip.
describe.skipIf(!hasChromium && !process.env.CI)('Teams in the Agents Playground (headless Chromium)', () => {
  let s: PlaygroundSession;
  let core: Awaited<ReturnType<typeof makeE2eCore>>;

  beforeAll(async () => {
    core = await makeE2eCore();
    s = await startPlaygroundSession(core.core);
    await s.page.getByText('Hvad kan jeg hjælpe med?').first().waitFor({ timeout: 30_000 });
  }, 120_000);

  afterAll(async () => {
    const workDir = s?.playground.workDir;
    await s?.close();
    await core?.cleanup();
    // The Playground's verbatim message log went with its temporary folder, and with telemetry
    // off it left no Application Insights buffer (/tmp/appInsights-node…) behind either.
    if (workDir) expect(existsSync(workDir)).toBe(false);
    expect(await telemetryBufferedSince(started)).toEqual([]);
  }, 60_000);

  it('answers "Må jeg tage noter?" with its citation', async () => {
    const { page } = s;
    await say(page, 'Må jeg tage noter?');
    const sources = page.locator('.ac-adaptiveCard').filter({ hasText: 'Kilder' }).last();
    await sources.waitFor({ timeout: 30_000 });
    // The core's answer is on the page as the bot's message.
    const answer = core.answers.at(-1)!;
    expect(answer.text).toMatch(/note/i);
    const firstWords = answer.text
      .replace(/[*_>#`]/g, '')
      .split('\n')[0]!
      .slice(0, 40);
    await page.getByText(firstWords).first().waitFor({ timeout: 10_000 });
    const cardText = await sources.textContent();
    expect(cardText).toMatch(/\[1\] .+ · .+/); // document · section
    expect(cardText).toMatch(/“[^”]{20,}”/); // the quoted passage
  }, 60_000);

  it('out of the box (no Teams ids): a bekymring is delivered to the local user, labelled, acknowledged, and the volunteer told', async () => {
    const { page } = s;
    await say(page, 'bekymring');
    const form = page.locator('.ac-adaptiveCard').filter({ hasText: 'Er nogen i akut fare lige nu?' }).last();
    await form.waitFor({ timeout: 30_000 });
    await form.getByRole('radio', { name: 'Nej' }).check();
    await form.getByRole('radio', { name: 'Jeg har brug for sparring' }).check();
    await form.getByRole('combobox').click();
    await page.getByRole('option', { name: 'Region Hovedstaden' }).click();
    await form.getByRole('textbox').fill('En pårørende virkede meget presset efter samtalen.');
    await form.getByRole('button', { name: 'Send til konsulenten' }).click();

    // No Teams ids in the shipped directory: in development the delivery lands in this chat, labelled.
    const delivery = page
      .locator('.ac-adaptiveCard')
      .filter({ has: page.getByRole('button', { name: 'Kvittér' }) })
      .last();
    await delivery.waitFor({ timeout: 30_000 });
    expect(await delivery.textContent()).toContain('(udvikling: ville være sendt til Mia Jandrup)');
    await expect.poll(async () => form.count()).toBe(0); // the form was replaced by the confirmation
    await page.getByText('Din bekymring er sendt til Mia Jandrup').first().waitFor({ timeout: 10_000 });
    expect(await page.getByText('kunne IKKE leveres').count()).toBe(0);

    // Acknowledging updates the card in place (no button left) and adds one message: the volunteer's notice.
    const botMessages = () => page.getByText('Test Bot', { exact: true }).count();
    const before = await botMessages();
    await delivery.getByRole('button', { name: 'Kvittér' }).click();
    await expect.poll(async () => page.getByRole('button', { name: 'Kvittér' }).count(), { timeout: 30_000 }).toBe(0);
    await expect.poll(botMessages, { timeout: 30_000 }).toBe(before + 1);
    await page.getByText('Mia Jandrup har set og kvitteret for din bekymring').first().waitFor({ timeout: 10_000 });

    const shot = join(s.shotsDir, 'playground.png');
    await page.screenshot({ path: shot, fullPage: true });
    expect((await readFile(shot)).length).toBeGreaterThan(10_000);
  });

  it('the Playground writes message text to its log folder, which is why it runs in a temporary one', async () => {
    // Measured with 0.2.28: messages that arrive while no browser tab is connected are logged
    // verbatim ("buffering message: {…text…}") to ./devTools/m365agentsplayground.log.
    const logFile = join(s.playground.workDir, 'devTools', 'm365agentsplayground.log');
    const count = (text: string, word: string) => text.split(word).length - 1;
    await s.page.close();
    await expect
      .poll(
        async () => {
          const log = await readFile(logFile, 'utf8');
          return count(log, 'stopping web socket client') >= count(log, 'started web socket client');
        },
        { timeout: 15_000 },
      )
      .toBe(true);
    const canary = `kanarie-${Date.now()}`;
    await s.deps.ports.sendToUser(PLAYGROUND_USER_AAD, { text: canary });
    await expect.poll(async () => (await readFile(logFile, 'utf8')).includes(canary), { timeout: 10_000 }).toBe(true);
    expect(logFile.startsWith(tmpdir())).toBe(true);
  }, 90_000);
});
