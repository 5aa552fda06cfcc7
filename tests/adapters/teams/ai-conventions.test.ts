import { readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { parseConfig } from '../../../src/config.js';
import type { Core } from '../../../src/core/core.js';
import { createCore } from '../../../src/core/create-core.js';
import {
  modelAnswer,
  type OpenAILoopback,
  serverError,
  startOpenAILoopback,
} from '../../support/openai-loopback-server.js';
import { seedEnv } from '../../support/seed.js';
import { message } from './activities.js';
import { capturingLogger, startTeamsHarness, type TeamsHarness } from './harness.js';
import { cardsOf, messagesIn } from './inspect.js';
import { writeTeamsDirectory } from './teams-people.js';

// Teams' conventions for AI answers, through the real SDK with a model on a loopback
// OpenAI-compatible server: the "AI generated" label on exactly the answers a model wrote, and
// the platform's own feedback loop (👍/👎 under the message, a `message/submitAction` invoke).

type Json = Record<string, unknown>;
const KNOWLEDGE_DIR = resolve(import.meta.dirname, '../../../knowledge');
const messageEntity = (m: Json) =>
  ((m.entities as Json[] | undefined) ?? []).find((e) => e.type === 'https://schema.org/Message');
const feedbackInvoke = (serviceUrl: string, replyToId: string, reaction: 'like' | 'dislike', comment: string): Json => {
  const base = JSON.parse(
    readFileSync(
      fileURLToPath(new URL('../../fixtures/teams.invoke-message-submit-action.json', import.meta.url)),
      'utf8',
    ),
  ) as Json;
  return {
    ...base,
    serviceUrl,
    replyToId,
    value: { actionName: 'feedback', actionValue: { reaction, feedback: JSON.stringify({ feedbackText: comment }) } },
  };
};

describe('Teams: AI label and feedback loop', () => {
  let server: OpenAILoopback;
  let dataDir: string;
  let core: Core;
  let h: TeamsHarness;
  const capture = capturingLogger();
  const logged = () => capture.lines.map((l) => JSON.parse(l) as Json);

  beforeAll(async () => {
    server = await startOpenAILoopback();
    dataDir = await mkdtemp(join(tmpdir(), 'hjertebot-teams-ai-'));
    const config = parseConfig({
      NODE_ENV: 'test',
      OPENAI_API_KEY: 'sk-loopback',
      OPENAI_BASE_URL: server.baseURL,
      OPENAI_TIMEOUT_MS: '2000',
      OPENAI_MAX_RETRIES: '0',
      KNOWLEDGE_DIR,
      DATA_DIR: dataDir,
      ...seedEnv(),
      DIRECTORY_FILE: await writeTeamsDirectory(dataDir),
    });
    core = await createCore({ config, logger: capture.logger });
    h = await startTeamsHarness(core, {}, capture);
  });
  afterAll(async () => {
    await h?.close();
    await core?.close();
    await server?.close();
    await rm(dataDir, { recursive: true, force: true });
  });
  beforeEach(() => {
    server.reset();
    h.connector.reset();
  });

  it('a model-written answer carries the AI-generated label, its citations and the feedback loop', async () => {
    server.onChat(() => modelAnswer('Nej, du må ikke tage noter med personoplysninger [1].', [1]));
    await h.post(message(h.connector.url, 'Må jeg tage noter?'));
    const [answer] = messagesIn(h.connector.calls);
    expect(String(answer!.text)).toContain('Nej, du må ikke tage noter');
    const entity = messageEntity(answer!);
    expect(entity?.additionalType).toEqual(['AIGeneratedContent']);
    expect(entity?.citation as unknown[]).toHaveLength(1);
    expect(answer!.channelData).toMatchObject({ feedbackLoopEnabled: true });
    // No home-made 👍/👎 buttons any more: the sources card has no actions.
    expect(cardsOf(answer!)[0]!.actions).toEqual([]);
  });

  it('an extractive answer (the model failed, the quote is shown) has no AI label', async () => {
    server.onChat(() => serverError());
    await h.post(message(h.connector.url, 'Hvor længe kan jeg holde orlov?'));
    const [answer] = messagesIn(h.connector.calls);
    expect(String(answer!.text)).toMatch(/seks måneder/);
    const entity = messageEntity(answer!);
    expect(entity?.citation).toBeDefined();
    expect(entity).not.toHaveProperty('additionalType');
    expect(answer!.channelData).toMatchObject({ feedbackLoopEnabled: true });
  });

  it('Teams’ own 👎 (message/submitAction) records the rating against the answer id, never the comment', async () => {
    server.onChat(() => modelAnswer('Nej, du må ikke tage noter med personoplysninger [1].', [1]));
    await h.post(message(h.connector.url, 'Må jeg tage noter?'));
    const sent = h.connector.calls.find((c) => c.body.type === 'message')!;
    const answerLine = logged()
      .filter((l) => l.event === 'teams_answer')
      .at(-1);
    expect(answerLine?.generated).toBe(true);

    const spy = vi.spyOn(core, 'recordFeedback');
    const comment = `KOMMENTAR-${Date.now()}`;
    const res = await h.post(feedbackInvoke(h.connector.url, sent.assignedId!, 'dislike', comment));
    expect(res.status).toBe(200);
    expect(spy).toHaveBeenCalledWith({ platform: 'teams', rating: 'down', answerId: answerLine!.answerId });
    spy.mockRestore();
    expect(capture.lines.join('\n')).not.toContain(comment);
    const feedbackLine = logged()
      .filter((l) => l.event === 'feedback')
      .at(-1);
    expect(
      Object.keys(feedbackLine!)
        .filter((k) => !['level', 'time', 'pid', 'hostname', 'msg', 'app'].includes(k))
        .sort(),
    ).toEqual(['answerId', 'event', 'platform', 'rating']);
  });

  it('a submitAction that is not feedback is refused with 400', async () => {
    const bad = feedbackInvoke(h.connector.url, 'x', 'like', 'x');
    const res = await h.post({ ...bad, value: { actionName: 'something-else', actionValue: {} } });
    expect(res.status).toBe(400);
  });
});
