import { createHash } from 'node:crypto';
import { cp, mkdir, readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { AppError } from '../../errors.js';
import type { Logger } from '../../logger.js';
import type { Embedder } from '../ports.js';
import type { Chunk } from '../types.js';
import { bankEmbedder } from './index/bank-embedder.js';
import { type AnalysedBankQuestion, bankTerms } from './index/bank-index.js';
import { bankKey, buildAndSaveBank, loadSavedBank } from './index/bank-store.js';
import { HashedEmbedder } from './index/hashed-embedder.js';
import { INDEX_FORMAT, type IndexContent, loadIndex, type Problem, saveIndex } from './index/index-store.js';
import { VectorStore } from './index/vector-store.js';
import { CHUNKER_VERSION, chunkBlocks, indexText } from './ingest/chunker.js';
import { isKnowledgeFile, readKnowledgeFile } from './ingest/loaders.js';
import { type DocumentInfo, documentInfo, type Manifest, readManifest } from './ingest/manifest.js';
import { loadQuestionBank } from './ingest/question-bank.js';
import { toBlocks } from './ingest/structure.js';
import { Glossary } from './query/glossary.js';
import { DEFAULT_WEIGHTS, HybridRetriever, type KnowledgeRetriever } from './rank/hybrid-retriever.js';

export type { Problem } from './index/index-store.js';
export type { DocumentInfo } from './ingest/manifest.js';

export interface KnowledgeBase {
  retriever: KnowledgeRetriever;
  chunks: Chunk[];
  documents: DocumentInfo[];
  /** How many bank questions were loaded (knowledge/questions). */
  bankQuestions: number;
  /** Knowledge files (and bank entries, by file:line) that could not be read; the rest still load. */
  problems: Problem[];
}

export interface LoadKnowledgeOptions {
  knowledgeDir: string;
  dataDir: string;
  embedder?: Embedder;
  logger: Logger;
  /** Ignore a saved index and build anew (npm run index). */
  forceRebuild?: boolean;
  /**
   * A prebuilt index folder (INDEX_SEED_DIR) copied into dataDir/index when that holds none: an
   * image can ship its index, so a fresh volume starts in a second, not after the bank is trained.
   * A seed built from other documents is only a start: the usual checks rebuild what does not match.
   */
  seedDir?: string;
}

export const MANIFEST_FILE = 'manifest.json';
export const GLOSSARY_FILE = 'glossary.json';

/** Hash of everything the index is made from; any change forces a rebuild. */
async function contentHash(dir: string, files: string[], embedderId: string): Promise<string> {
  const h = createHash('sha256').update(`format:${INDEX_FORMAT};chunker:${CHUNKER_VERSION};embedder:${embedderId}\n`);
  for (const f of [...files, MANIFEST_FILE, GLOSSARY_FILE]) {
    h.update(`${f}\n`);
    h.update(await readFile(join(dir, f)).catch(() => Buffer.from('<absent>')));
  }
  return h.digest('hex');
}

async function buildContent(dir: string, files: string[], manifest: Manifest, logger: Logger): Promise<IndexContent> {
  const chunks: Chunk[] = [];
  const documents: DocumentInfo[] = [];
  const problems: Problem[] = [];
  for (const file of files) {
    const info = documentInfo(manifest, file);
    try {
      const pages = await readKnowledgeFile(join(dir, file));
      const docChunks = chunkBlocks(toBlocks(pages), { doc: info.doc, title: info.title });
      if (docChunks.length === 0) throw new Error('no text to index');
      chunks.push(...docChunks);
      documents.push(info);
    } catch (e) {
      const error = e instanceof Error && e.message ? e.message.slice(0, 200) : 'could not be read';
      problems.push({ file, error });
      logger.warn({ event: 'knowledge_file_failed', file, err: e }, 'knowledge file could not be read');
    }
  }
  return { chunks, documents, problems };
}

export async function loadKnowledge(opts: LoadKnowledgeOptions): Promise<KnowledgeBase> {
  const { knowledgeDir, dataDir, logger } = opts;
  const embedder = opts.embedder ?? new HashedEmbedder();
  const started = performance.now();
  const files = (
    await readdir(knowledgeDir).catch((e: unknown) => {
      throw new AppError(
        'knowledge_unavailable',
        `Knowledge folder "${knowledgeDir}" cannot be read: set KNOWLEDGE_DIR to the folder with the documents.`,
        { cause: e },
      );
    })
  )
    .filter(isKnowledgeFile)
    .sort();
  let manifest: Manifest = new Map();
  const manifestProblems: Problem[] = [];
  try {
    manifest = await readManifest(join(knowledgeDir, MANIFEST_FILE));
  } catch (e) {
    manifestProblems.push({ file: MANIFEST_FILE, error: 'manifest missing or invalid; file names used as titles' });
    logger.warn({ event: 'knowledge_manifest_invalid', err: e }, 'knowledge manifest missing or invalid');
  }
  let glossary = Glossary.empty();
  try {
    glossary = await Glossary.load(join(knowledgeDir, GLOSSARY_FILE));
  } catch (e) {
    manifestProblems.push({ file: GLOSSARY_FILE, error: 'glossary missing or invalid; searching without synonyms' });
    logger.warn({ event: 'knowledge_glossary_invalid', err: e }, 'glossary missing or invalid');
  }
  const hash = await contentHash(knowledgeDir, files, embedder.id);
  const indexDir = join(dataDir, 'index');
  if (opts.seedDir && !opts.forceRebuild) await seedIndex(opts.seedDir, indexDir, logger);
  const expect = { contentHash: hash, embedderId: embedder.id, dimensions: embedder.dimensions };
  const saved = opts.forceRebuild
    ? ({ status: 'missing', reason: 'rebuild requested' } as const)
    : await loadIndex(indexDir, expect);
  let content: IndexContent;
  let vectors: VectorStore;
  if (saved.status === 'loaded') {
    ({ content, vectors } = saved);
    logger.info(
      { event: 'knowledge_index_loaded', chunks: content.chunks.length, ms: Math.round(performance.now() - started) },
      'knowledge index loaded',
    );
  } else {
    logger.info({ event: 'knowledge_index_build', reason: saved.reason }, 'building knowledge index');
    content = await buildContent(knowledgeDir, files, manifest, logger);
    const embeddings = await embedder.embedDocuments(content.chunks.map(indexText));
    vectors = VectorStore.build(embeddings, embedder.dimensions);
    try {
      await saveIndex(indexDir, content, vectors, expect);
    } catch (e) {
      // A read-only data folder costs a rebuild at every start, nothing more.
      logger.warn({ event: 'knowledge_index_save_failed', err: e }, 'could not save knowledge index');
    }
    logger.info(
      {
        event: 'knowledge_index_built',
        chunks: content.chunks.length,
        problems: content.problems.length,
        ms: Math.round(performance.now() - started),
      },
      'knowledge index built',
    );
  }
  for (const p of content.problems)
    logger.warn({ event: 'knowledge_file_problem', file: p.file }, 'knowledge file skipped');
  const authority = new Map(content.documents.map((d) => [d.doc, d.authority]));
  const reader = new HybridRetriever(content.chunks, vectors, embedder, glossary, { authority });
  const bankStarted = performance.now();
  const bank = await loadQuestionBank(knowledgeDir, content.chunks);
  const key = await bankKey(knowledgeDir, bank.files, hash, bankEmbedder.id);
  const analyse = (): AnalysedBankQuestion[] =>
    bank.questions.map((q) => {
      const analysed = reader.analyse(q.q);
      return { terms: bankTerms(analysed), vectorText: `${q.q} ${analysed.expansionText}` };
    });
  const bankIndex =
    (await loadSavedBank(indexDir, key, bankEmbedder)) ??
    (await buildAndSaveBank(indexDir, key, bank.questions, analyse(), bankEmbedder, content.chunks.length));
  for (const p of bank.problems)
    logger.warn({ event: 'question_bank_problem', file: p.file }, 'question bank entry skipped');
  logger.info(
    {
      event: 'question_bank_loaded',
      questions: bank.questions.length,
      problems: bank.problems.length,
      ms: Math.round(performance.now() - bankStarted),
    },
    'question bank loaded',
  );
  const retriever = new HybridRetriever(
    content.chunks,
    vectors,
    embedder,
    glossary,
    { authority },
    DEFAULT_WEIGHTS,
    bankIndex,
    undefined,
    bankIndex.classifier,
  );
  return {
    retriever,
    chunks: content.chunks,
    documents: content.documents,
    bankQuestions: bank.questions.length,
    problems: [...manifestProblems, ...content.problems, ...bank.problems],
  };
}

/** Copies a prebuilt index into an index folder that has none; a missing or unreadable seed is skipped. */
async function seedIndex(seedDir: string, indexDir: string, logger: Logger): Promise<void> {
  if ((await readdir(indexDir).catch(() => [] as string[])).length > 0) return;
  try {
    await mkdir(indexDir, { recursive: true });
    await cp(seedDir, indexDir, { recursive: true });
    logger.info({ event: 'index_seeded' }, 'index copied from INDEX_SEED_DIR');
  } catch (e) {
    logger.warn({ event: 'index_seed_failed', err: e }, 'INDEX_SEED_DIR could not be copied; building the index');
  }
}
