import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { PassThrough, Readable } from 'node:stream';
import { runTerminalChat } from '../../../src/adapters/terminal/terminal-chat.js';
import { parseConfig } from '../../../src/config.js';
import type { Core } from '../../../src/core/core.js';
import { createCore } from '../../../src/core/create-core.js';
import { type KnowledgeBase, loadKnowledge } from '../../../src/core/knowledge/knowledge-base.js';
import { createLogger, type Logger } from '../../../src/logger.js';
import { memoryCaseStore } from '../../../src/store/open-case-store.js';
import { FakeClock } from '../../core/workflows/support.js';
import { seedDir } from '../../support/seed.js';

export const ROOT = resolve(import.meta.dirname, '../../..');

let shared: { dataDir: string; knowledge: KnowledgeBase } | undefined;

/** The real documents, indexed once per test file into a fresh temp folder. */
export async function sharedKnowledge(): Promise<{ dataDir: string; knowledge: KnowledgeBase }> {
  if (!shared) {
    const dataDir = await mkdtemp(join(tmpdir(), 'hjertebot-term-'));
    const knowledge = await loadKnowledge({
      knowledgeDir: join(ROOT, 'knowledge'),
      dataDir,
      seedDir: seedDir(),
      logger: createLogger('silent'),
    });
    shared = { dataDir, knowledge };
  }
  return shared;
}

export async function releaseKnowledge(): Promise<void> {
  if (shared) await rm(shared.dataDir, { recursive: true, force: true });
  shared = undefined;
}

export async function realCore(opts: { clock?: FakeClock; logger?: Logger } = {}): Promise<Core> {
  const { dataDir, knowledge } = await sharedKnowledge();
  const config = parseConfig({
    DATA_DIR: dataDir,
    KNOWLEDGE_DIR: join(ROOT, 'knowledge'),
    DIRECTORY_FILE: join(ROOT, 'config/directory.json'),
  });
  // Cores in one file share the data folder: each keeps its cases in a store of its own.
  return createCore({
    config,
    logger: opts.logger ?? createLogger('silent'),
    knowledge,
    clock: opts.clock ?? new FakeClock('2026-03-10T09:00:00+01:00'),
    caseStore: await memoryCaseStore(),
  });
}

/** Pipes lines into the terminal chat as `echo … | npm start` would, and returns everything it printed. */
export async function runPiped(core: Core, lines: string[], logger: Logger = createLogger('silent')): Promise<string> {
  const output = new PassThrough();
  let text = '';
  output.on('data', (c: Buffer) => (text += c.toString('utf8')));
  await runTerminalChat({ core, input: Readable.from(lines.map((l) => `${l}\n`)), output, interactive: false, logger });
  return text;
}

/** Like runPiped, but the lines come from a generator that can wait for output first. */
export async function runInteractively(
  core: Core,
  script: (printed: (until: RegExp) => Promise<string>) => AsyncGenerator<string>,
): Promise<string> {
  const output = new PassThrough();
  let text = '';
  const waiters: { until: RegExp; resolve: (t: string) => void }[] = [];
  output.on('data', (c: Buffer) => {
    text += c.toString('utf8');
    for (const w of [...waiters]) if (w.until.test(text)) waiters.splice(waiters.indexOf(w), 1) && w.resolve(text);
  });
  const printed = (until: RegExp) =>
    new Promise<string>((resolve) => (until.test(text) ? resolve(text) : waiters.push({ until, resolve })));
  async function* lines() {
    for await (const line of script(printed)) yield `${line}\n`;
  }
  await runTerminalChat({
    core,
    input: Readable.from(lines()),
    output,
    interactive: false,
    logger: createLogger('silent'),
  });
  return text;
}
