import { randomUUID } from 'node:crypto';
import type { Dirent } from 'node:fs';
import { readdir, readFile, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { Verb } from '../../../src/adapters/teams/ids.js';
import { cardAction, channelMention, installed, message } from './activities.js';
import { capturingLogger, useTeamsHarness } from './harness.js';
import { CONSULTANT_HOVEDSTADEN, TOVHOLDER_RH, VOLUNTEER } from './teams-people.js';

// Zero retention through Teams: a unique string typed into messages and card fields must not
// reach any file under the data folder or the system temp folder, nor any log line.

const CANARY = `kanarie${randomUUID().replace(/-/g, '')}`;
const started = Date.now();
// One log for the core and the adapter: neither may write the canary.
const t = useTeamsHarness({ capture: capturingLogger() });

async function filesContaining(root: string, needle: string): Promise<string[]> {
  const hits: string[] = [];
  async function visit(dir: string): Promise<void> {
    let entries: Dirent[];
    try {
      entries = await readdir(dir, { withFileTypes: true });
    } catch {
      return; // vanished or not ours to read
    }
    for (const e of entries) {
      const p = join(dir, e.name);
      if (e.isDirectory() && !e.isSymbolicLink()) await visit(p);
      else if (e.isFile()) {
        try {
          const s = await stat(p);
          if (s.mtimeMs < started - 1000 || s.size > 20_000_000) continue;
          if ((await readFile(p)).includes(needle)) hits.push(p);
        } catch {
          // unreadable or gone: skip
        }
      }
    }
  }
  await visit(root);
  return hits;
}

it('a canary in questions, mentions and every form field is in no file and no log line', async () => {
  const url = t.h.connector.url;
  for (const user of [VOLUNTEER, TOVHOLDER_RH, CONSULTANT_HOVEDSTADEN]) await t.h.post(installed(url, user));
  const responses: string[] = [];
  responses.push((await t.h.post(message(url, `Må jeg tage noter om ${CANARY}?`))).text);
  responses.push((await t.h.post(message(url, `Min patient ${CANARY} siger at han vil tage sit eget liv`))).text);
  responses.push((await t.h.post(channelMention(url, `Hvor længe kan ${CANARY} holde orlov?`))).text);
  responses.push((await t.h.post(message(url, `/afbud ${CANARY}`))).text);
  const tomorrow = new Date(Date.now() + 86_400_000).toISOString().slice(0, 10);
  responses.push(
    (await t.h.post(cardAction(url, Verb.afbudSubmit, { date: tomorrow, shift: CANARY, group: 'rigshospitalet' })))
      .text,
  );
  responses.push(
    (await t.h.post(cardAction(url, Verb.afbudSubmit, { date: CANARY, shift: CANARY, group: CANARY }))).text,
  );
  responses.push(
    (await t.h.post(cardAction(url, Verb.orlovSubmit, { region: 'hovedstaden', start: tomorrow, months: CANARY })))
      .text,
  );
  responses.push(
    (
      await t.h.post(
        cardAction(url, Verb.bekymringSubmit, {
          acute: 'no',
          kind: 'sparring',
          region: 'hovedstaden',
          text: `Det handler om ${CANARY}`,
        }),
      )
    ).text,
  );
  responses.push((await t.h.post(cardAction(url, CANARY, { text: CANARY }))).text);
  responses.push((await t.h.post(message(url, '', VOLUNTEER, { value: { verb: CANARY, note: CANARY } }))).text);
  // Issue 14: typed dates, a cancelled form, and Teams' feedback loop with a typed comment.
  responses.push(
    (
      await t.h.post(
        cardAction(url, Verb.orlovSubmit, {
          region: 'hovedstaden',
          start: `om to uger ${CANARY}`,
          end: `et halvt år ${CANARY}`,
        }),
      )
    ).text,
  );
  responses.push((await t.h.post(cardAction(url, Verb.formCancel, { lang: 'da', note: CANARY }))).text);
  const answer = t.h.connector.calls.find(
    (c) =>
      c.body.type === 'message' &&
      (c.body.channelData as { feedbackLoopEnabled?: boolean } | undefined)?.feedbackLoopEnabled,
  );
  expect(answer?.assignedId).toBeDefined();
  const feedback = {
    ...message(url, ''),
    type: 'invoke',
    name: 'message/submitAction',
    replyToId: answer!.assignedId,
    value: {
      actionName: 'feedback',
      actionValue: { reaction: 'like', feedback: JSON.stringify({ feedbackText: CANARY }) },
    },
  };
  responses.push((await t.h.post(feedback)).text);

  // The canary did travel: back to Teams (invoke responses, the connector), which is where it belongs.
  expect(JSON.stringify(t.h.connector.calls) + responses.join('')).toContain(CANARY);

  expect(t.h.logLines.length).toBeGreaterThan(5);
  expect(t.h.logLines.filter((l) => l.includes(CANARY))).toEqual([]);
  expect(await filesContaining(t.dataDir, CANARY)).toEqual([]);
  expect(await filesContaining(tmpdir(), CANARY)).toEqual([]);
});

it('conversation references hold ids only: no names, no text', async () => {
  const ref = t.h.deps.refs.forUser(VOLUNTEER.aadObjectId);
  expect(ref).toBeDefined();
  const serialized = JSON.stringify(ref);
  expect(serialized).not.toContain('Test Person');
  expect(serialized).not.toContain(CANARY);
  expect(Object.keys(ref!).sort()).toEqual([
    'agentId',
    'channelId',
    'conversationId',
    'serviceUrl',
    'tenantId',
    'userId',
  ]);
});
