import { randomUUID } from 'node:crypto';
import { lstat, readdir, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ACTION, BLOCK, CALLBACK, SHORTCUT } from '../../../src/adapters/slack/ids.js';
import {
  afbudValues,
  appMention,
  bekymringValues,
  blockAction,
  directMessage,
  text,
  user,
  viewSubmission,
} from '../../support/slack-fixtures.js';
import { type SlackHarness, startSlackHarness } from '../../support/slack-harness.js';
import { asInteraction, asJson } from '../../support/slack-signing.js';
import { PEOPLE } from '../../support/slack-test-directory.js';
import { BOT_USER_ID } from '../../support/slack-web-api.js';

// Zero retention through Slack: a canary typed into messages and form fields must end up in no
// file (data dir, temp dir) and in no log line, even with debug logging on.

const CANARY = `KANARIE${randomUUID().replace(/-/g, '')}`;

async function filesContaining(root: string, needle: string, since: number): Promise<string[]> {
  const hits: string[] = [];
  async function walk(dir: string, depth: number): Promise<void> {
    if (depth > 8) return;
    let entries: string[];
    try {
      entries = await readdir(dir);
    } catch {
      return;
    }
    for (const name of entries) {
      const path = join(dir, name);
      const info = await lstat(path).catch(() => undefined);
      if (!info || info.isSymbolicLink()) continue;
      if (info.isDirectory()) await walk(path, depth + 1);
      // Only files written during this test run, and not huge ones, keep the scan quick.
      else if (info.isFile() && info.mtimeMs >= since && info.size < 20_000_000) {
        const body = await readFile(path).catch(() => undefined);
        if (body?.includes(needle)) hits.push(path);
      }
    }
  }
  await walk(root, 0);
  return hits;
}

describe('Slack zero retention', () => {
  let h: SlackHarness;
  const started = Date.now() - 1000;
  beforeAll(async () => {
    h = await startSlackHarness();
  });
  afterAll(async () => h.close());

  it('keeps a canary from DMs, mentions and form fields out of every file and log line', async () => {
    const dmTs = '1610000001.000100';
    await h.send(asJson(directMessage({ text: `Hvor længe kan jeg holde orlov? ${CANARY}`, ts: dmTs })));
    await h.api.workDone(dmTs);

    const mentionTs = '1610000002.000100';
    await h.send(asJson(appMention({ text: `<@${BOT_USER_ID}> må jeg tage noter? ${CANARY}`, ts: mentionTs })));
    await h.api.workDone(mentionTs);

    const afbudVolunteer = 'U0PRIVACY1';
    const afbud = afbudValues({ shift: text(`formiddag ${CANARY}`), partner: user(PEOPLE.partner) });
    await h.send(asInteraction(viewSubmission(CALLBACK.afbud, afbud, { userId: afbudVolunteer })));
    await h.api.waitFor('chat.postMessage', (c) => c.body.channel === afbudVolunteer);

    const bekymringVolunteer = 'U0PRIVACY2';
    const bekymring = bekymringValues('no', 'hovedstaden', `Samtalen gik skævt ${CANARY}`);
    await h.send(asInteraction(viewSubmission(CALLBACK.bekymring, bekymring, { userId: bekymringVolunteer })));
    await h.api.waitFor('chat.postMessage', (c) => c.body.channel === bekymringVolunteer);

    // Issue 14: a threaded question whose answer has a form button, the button pressed, the native
    // feedback buttons pressed, and a form opened from a global shortcut.
    const threadTs = '1610000003.000100';
    const inThread = '1610000004.000100';
    // The question itself is plain: a hex canary with eight digits in a row reads as a phone number,
    // and an answer with a personal-data warning carries no form button.
    h.api.threads.set(`D024BE91L:${threadTs}`, [
      { ts: threadTs, user: 'U2147483697', text: `Tak for sidst ${CANARY}` },
    ]);
    await h.send(asJson(directMessage({ text: 'Hvor længe kan jeg holde orlov?', ts: inThread, thread_ts: threadTs })));
    await h.api.workDone(inThread, threadTs);
    const answer = h.api.calls.find((c) => c.method === 'chat.postMessage' && c.body.thread_ts === threadTs)!;
    type El = { action_id?: string; value?: string; negative_button?: { value: string } };
    const elements = (answer.body.blocks as { elements?: El[] }[]).flatMap((b) => b.elements ?? []);
    const orlovButton = elements.find((e) => e.action_id === ACTION.openOrlov)!;
    const press = blockAction(ACTION.openOrlov, orlovButton.value!, { userId: 'U2147483697', channel: 'D024BE91L' });
    await h.send(asInteraction(press));
    await h.api.waitFor('views.open', (c) => c.body.trigger_id === press.trigger_id);
    const feedback = elements.find((e) => e.action_id === ACTION.feedback)!;
    const rated = blockAction(ACTION.feedback, feedback.negative_button!.value, {
      userId: 'U2147483697',
      channel: 'D024BE91L',
      blocks: answer.body.blocks as unknown[],
    });
    await h.send(
      asInteraction({
        ...rated,
        actions: [
          {
            type: 'feedback_buttons',
            action_id: ACTION.feedback,
            block_id: BLOCK.feedback,
            value: feedback.negative_button!.value,
          },
        ],
      }),
    );
    await h.api.waitFor('chat.update');
    await h.send(
      asInteraction({
        type: 'shortcut',
        callback_id: SHORTCUT.afbud,
        trigger_id: `trigger.${CANARY}`,
        user: { id: 'U2147483697' },
        team: { id: 'T0000TEST' },
      }),
    );
    await h.api.waitFor('views.open', (c) => c.body.trigger_id === `trigger.${CANARY}`);

    // The canary did reach the adapter (so the test can fail): the core was asked with it.
    expect(h.asked.some((a) => a.message.includes(CANARY))).toBe(true);
    expect(h.logLines.length).toBeGreaterThan(5);
    expect(h.logLines.filter((l) => l.includes(CANARY))).toEqual([]);
    expect(await filesContaining(h.dataDir, CANARY, started)).toEqual([]);
    expect(await filesContaining(tmpdir(), CANARY, started)).toEqual([]);
  });

  it('logs metadata for an answer: event type, ids and timing', async () => {
    const line = h.logLines
      .map((l) => JSON.parse(l) as Record<string, unknown>)
      .find((l) => l.event === 'slack_answer');
    expect(line).toMatchObject({
      eventType: 'message',
      isDm: true,
      outcome: expect.any(String),
      ms: expect.any(Number),
    });
    expect(Object.keys(line!)).not.toContain('text');
  });
});
