import { createHash } from 'node:crypto';
import { readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import { BANK } from '../../tuning.js';
import type { BankQuestion } from '../ingest/question-bank.js';
import { type AnalysedBankQuestion, BankIndex } from './bank-index.js';
import type { HashedEmbedder } from './hashed-embedder.js';
import { VectorStore } from './vector-store.js';

// The analysed bank saved beside the passage index (bank.json + bank.hnsw): reading 2,600
// questions through the glossary and typo repair takes seconds, loading them takes milliseconds.
// Keyed by everything the analysis depends on; a mismatch or a damaged file means a rebuild.

/** Bump when the bank's analysis changes. */
export const BANK_FORMAT = 4;
const FILE = 'bank.json';
const VECTORS = 'bank.hnsw';

const Saved = z.object({
  key: z.string(),
  vectorsSha256: z.string(),
  questions: z.array(
    z.object({
      q: z.string(),
      lang: z.enum(['da', 'en']),
      passages: z.array(z.number().int().nonnegative()),
      notCovered: z.boolean().optional(),
      terms: z.array(z.string()),
    }),
  ),
});

const sha256 = (data: Buffer | string) => createHash('sha256').update(data).digest('hex');

export async function bankKey(
  knowledgeDir: string,
  files: string[],
  contentHash: string,
  embedderId: string,
): Promise<string> {
  const h = createHash('sha256').update(`bank:${BANK_FORMAT};${contentHash};${embedderId}\n`);
  for (const f of files) h.update(`${f}\n`).update(await readFile(join(knowledgeDir, f)));
  return h.digest('hex');
}

export async function loadSavedBank(
  dir: string,
  key: string,
  embedder: HashedEmbedder,
): Promise<BankIndex | undefined> {
  try {
    const raw = JSON.parse(await readFile(join(dir, FILE), 'utf8'));
    const saved = Saved.parse(raw);
    if (saved.key !== key) return undefined;
    const vectorsRaw = await readFile(join(dir, VECTORS));
    // hnswlib trusts its input; a damaged file must never reach it.
    if (sha256(vectorsRaw) !== saved.vectorsSha256) return undefined;
    const vectors = VectorStore.load(join(dir, VECTORS), embedder.dimensions, saved.questions.length);
    return BankIndex.fromParts(
      saved.questions,
      saved.questions.map((q) => q.terms),
      vectors,
    );
  } catch {
    return undefined;
  }
}

export async function buildAndSaveBank(
  dir: string,
  key: string,
  questions: BankQuestion[],
  analysed: AnalysedBankQuestion[],
  embedder: HashedEmbedder,
): Promise<BankIndex> {
  const vectors = VectorStore.buildFrom(
    analysed.length,
    embedder.dimensions,
    (i) => embedder.embed(analysed[i]!.vectorText),
    BANK.efConstruction,
  );
  const index = BankIndex.fromParts(
    questions,
    analysed.map((a) => a.terms),
    vectors,
  );
  try {
    const suffix = `.tmp-${process.pid}`;
    vectors.save(join(dir, VECTORS + suffix));
    const vectorsSha256 = sha256(await readFile(join(dir, VECTORS + suffix)));
    const data = { key, vectorsSha256, questions: questions.map((q, i) => ({ ...q, terms: analysed[i]!.terms })) };
    await writeFile(join(dir, FILE + suffix), JSON.stringify(data));
    await rename(join(dir, VECTORS + suffix), join(dir, VECTORS));
    await rename(join(dir, FILE + suffix), join(dir, FILE));
  } catch {
    // A read-only data folder costs a rebuild at every start, nothing more.
  }
  return index;
}
