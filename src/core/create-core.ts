import type { AppConfig } from '../config.js';
import type { Logger } from '../logger.js';
import { ask } from './ask.js';
import type { Core } from './core.js';
import { loadDirectory } from './directory/load-directory.js';
import { type KnowledgeBase, loadKnowledge } from './knowledge/knowledge-base.js';
import { type AnswerGenerator, type Clock, type Embedder, systemClock } from './ports.js';
import { allowanceFor } from './screening/allowance.js';
import { createPersonalDataScreen } from './screening/personal-data.js';
import { readSourceLinks, withSourceLinks } from './sources.js';
import type { Directory } from './types.js';
import { WorkInFlight } from './work-in-flight.js';
import { afbud } from './workflows/afbud.js';
import { bekymring } from './workflows/bekymring.js';
import { caseAction } from './workflows/case-action.js';
import type { CaseStore } from './workflows/case-store.js';
import { Cases } from './workflows/cases.js';
import { checkLeaveEnd, checkLeaveStart, checkShiftDate } from './workflows/date-fields.js';
import { todayIn } from './workflows/dates.js';
import { startDeadlinePoller } from './workflows/deadline-poller.js';
import type { WorkflowDeps } from './workflows/deps.js';
import { orlov, sixMonthRefusal } from './workflows/orlov.js';
import type { SecondChannel } from './workflows/second-channel.js';

export interface CreateCoreOptions {
  config: AppConfig;
  logger: Logger;
  /** Loaded from config.knowledgeDir / config.dataDir when not given. */
  knowledge?: KnowledgeBase;
  /** Built from config.openai when not given (OpenAI-compatible mode); absent: extractive answers. */
  generator?: AnswerGenerator;
  /** Built from config.openai when OPENAI_EMBEDDING_MODEL is set; absent: local hashed embeddings. */
  embedder?: Embedder;
  clock?: Clock;
  /** Loaded from config.directoryFile when not given. */
  directory?: Directory;
  /** How long a delivery to a person may take before the volunteer is told it failed. */
  deliveryTimeoutMs?: number;
  /** Opened from config (DATABASE_URL, else SQLite in DATA_DIR) when not given; closed by close(). */
  caseStore?: CaseStore;
  /** How often due deadlines are looked for (default 2 s). */
  pollMs?: number;
  /** Built from config.smtp (SMTP_URL) when not given. */
  secondChannel?: SecondChannel & { close?(): void };
}

/** The composition root of the core: built once at start and handed to every adapter. */
export async function createCore(opts: CreateCoreOptions): Promise<Core> {
  const { config, logger } = opts;
  const clock = opts.clock ?? systemClock;
  const directory = opts.directory ?? (await loadDirectory(config.directoryFile));
  // Loaded on demand, so the offline default never loads the OpenAI SDK.
  const openai =
    config.openai && !opts.generator
      ? await (await import('../providers/openai/index.js')).createOpenAIProviders(config.openai, logger)
      : undefined;
  const generator = opts.generator ?? openai?.generator;
  const embedder = opts.embedder ?? openai?.embedder;
  const knowledge =
    opts.knowledge ??
    (await loadKnowledge({
      knowledgeDir: config.knowledgeDir,
      dataDir: config.dataDir,
      seedDir: config.indexSeedDir,
      embedder,
      logger,
    }));
  // Staff numbers and addresses, and those printed in the documents, are public, not personal data.
  const screenPersonalData = createPersonalDataScreen(allowanceFor(directory, knowledge.chunks));
  const store =
    opts.caseStore ??
    (await (
      await import('../store/open-case-store.js')
    ).openCaseStore({ dataDir: config.dataDir, databaseUrl: config.databaseUrl }));
  const cases = new Cases(store, clock);
  const secondChannel =
    opts.secondChannel ??
    (config.smtp ? (await import('../providers/smtp/mailer.js')).smtpChannel(config.smtp) : undefined);
  const work = new WorkInFlight();
  const deps: WorkflowDeps = {
    directory,
    clock,
    logger,
    cases,
    chunks: knowledge.chunks,
    screenPersonalData,
    bekymringAckMinutes: config.bekymringAckMinutes,
    deliveryTimeoutMs: opts.deliveryTimeoutMs,
    secondChannel,
  };
  const askDeps = { knowledge, generator, logger, screenPersonalData };
  const sourceLinks = await readSourceLinks(config.knowledgeDir, logger);
  const poller = startDeadlinePoller(deps, { pollMs: opts.pollMs, track: work.track });
  logger.info(
    {
      event: 'core_ready',
      caseStore: store.backend,
      regions: directory.regions.length,
      groups: directory.groups.length,
      chunks: knowledge.chunks.length,
      knowledgeProblems: knowledge.problems.length,
    },
    'core ready',
  );

  return {
    directory,
    ask: (message, ctx) => work.track(ask(message, askDeps, ctx).then((r) => withSourceLinks(r, sourceLinks, clock))),
    afbud: (req, ports) => work.track(afbud(req, ports, deps)),
    orlov: (req, ports) => work.track(orlov(req, ports, deps)),
    bekymring: (req, ports) => work.track(bekymring(req, ports, deps)),
    caseAction: (caseId, action, actor) => work.track(caseAction(caseId, action, actor, deps)),
    checkDate: (field, value, lang, start) => {
      const today = todayIn(clock);
      if (field === 'shift') return checkShiftDate(value, today, lang);
      if (field === 'leaveStart') return checkLeaveStart(value, today, lang);
      return checkLeaveEnd(value, start ?? today, lang, sixMonthRefusal(deps, lang));
    },
    attachPorts: (platform, ports) => {
      cases.attachPorts(platform, ports);
      // A platform that comes up acts at once on what came due while it was away.
      void poller.pollNow();
    },
    pollDeadlines: () => poller.pollNow(),
    references: store.references,
    drain: (timeoutMs) => work.idle(timeoutMs),
    openCases: () => store.openCases(),
    recordFeedback: (event) => {
      // Metadata only: which platform, up or down, and the answer's id, never the answer.
      const answerId = /^[\w.:-]{1,64}$/.test(String(event.answerId)) ? String(event.answerId) : 'invalid';
      logger.info(
        { event: 'feedback', platform: event.platform, rating: event.rating === 'up' ? 'up' : 'down', answerId },
        'feedback',
      );
    },
    close: async () => {
      await poller.stop();
      await store.close();
      secondChannel?.close?.();
    },
  };
}
