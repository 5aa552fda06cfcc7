import { createHash } from 'node:crypto';
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import type { Chunk } from '../../types.js';
import { DEFAULT_AUTHORITY, type DocumentInfo } from '../ingest/manifest.js';
import { VectorStore } from './vector-store.js';

// The saved index: meta.json (content hash, embedder, checksums), chunks.json (document text
// only) and vectors.hnsw. meta.json is written last, so a half-written index never looks valid.

export const INDEX_FORMAT = 1;
const META = 'meta.json';
const CHUNKS = 'chunks.json';
const VECTORS = 'vectors.hnsw';

export interface Problem {
  file: string;
  error: string;
}

export interface IndexContent {
  chunks: Chunk[];
  documents: DocumentInfo[];
  problems: Problem[];
}

const MetaSchema = z.object({
  format: z.literal(INDEX_FORMAT),
  contentHash: z.string(),
  embedderId: z.string(),
  dimensions: z.number().int().positive(),
  count: z.number().int().nonnegative(),
  chunksSha256: z.string(),
  vectorsSha256: z.string(),
  builtAt: z.string(),
});

const ContentSchema = z.object({
  chunks: z.array(
    z.object({
      id: z.string(),
      doc: z.string(),
      title: z.string(),
      section: z.string(),
      page: z.number().optional(),
      text: z.string(),
    }),
  ),
  documents: z.array(
    z.object({
      doc: z.string(),
      title: z.string(),
      titleEn: z.string(),
      source: z.string(),
      authority: z.number().default(DEFAULT_AUTHORITY),
    }),
  ),
  problems: z.array(z.object({ file: z.string(), error: z.string() })),
});

const sha256 = (data: Buffer | string) => createHash('sha256').update(data).digest('hex');

export type LoadOutcome =
  | { status: 'loaded'; content: IndexContent; vectors: VectorStore }
  | { status: 'missing' | 'stale' | 'corrupt'; reason: string };

export async function loadIndex(
  dir: string,
  expect: { contentHash: string; embedderId: string; dimensions: number },
): Promise<LoadOutcome> {
  let metaText: string;
  try {
    metaText = await readFile(join(dir, META), 'utf8');
  } catch {
    return { status: 'missing', reason: 'no saved index' };
  }
  try {
    const meta = MetaSchema.parse(JSON.parse(metaText));
    if (meta.contentHash !== expect.contentHash) return { status: 'stale', reason: 'knowledge changed' };
    if (meta.embedderId !== expect.embedderId || meta.dimensions !== expect.dimensions)
      return { status: 'stale', reason: 'embedder changed' };
    const [chunksRaw, vectorsRaw] = await Promise.all([readFile(join(dir, CHUNKS)), readFile(join(dir, VECTORS))]);
    // hnswlib trusts its input; a damaged file must never reach it.
    if (sha256(chunksRaw) !== meta.chunksSha256 || sha256(vectorsRaw) !== meta.vectorsSha256) {
      return { status: 'corrupt', reason: 'checksum mismatch' };
    }
    const content = ContentSchema.parse(JSON.parse(chunksRaw.toString('utf8')));
    if (content.chunks.length !== meta.count) return { status: 'corrupt', reason: 'chunk count mismatch' };
    const vectors = VectorStore.load(join(dir, VECTORS), meta.dimensions, meta.count);
    return { status: 'loaded', content, vectors };
  } catch (e) {
    return { status: 'corrupt', reason: e instanceof Error ? e.name : 'unreadable' };
  }
}

export async function saveIndex(
  dir: string,
  content: IndexContent,
  vectors: VectorStore,
  meta: { contentHash: string; embedderId: string; dimensions: number },
): Promise<void> {
  await mkdir(dir, { recursive: true });
  // Invalidate first: a crash mid-save leaves no meta.json, so the next start rebuilds.
  await rm(join(dir, META), { force: true });
  const suffix = `.tmp-${process.pid}`;
  const chunksData = JSON.stringify(content);
  await writeFile(join(dir, CHUNKS + suffix), chunksData);
  vectors.save(join(dir, VECTORS + suffix));
  const vectorsData = await readFile(join(dir, VECTORS + suffix));
  await rename(join(dir, CHUNKS + suffix), join(dir, CHUNKS));
  await rename(join(dir, VECTORS + suffix), join(dir, VECTORS));
  const full = {
    format: INDEX_FORMAT,
    ...meta,
    count: content.chunks.length,
    chunksSha256: sha256(chunksData),
    vectorsSha256: sha256(vectorsData),
    builtAt: new Date().toISOString(),
  };
  await writeFile(join(dir, META + suffix), JSON.stringify(full, null, 2));
  await rename(join(dir, META + suffix), join(dir, META));
}
