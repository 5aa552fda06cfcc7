import { createHash } from 'node:crypto';
import { readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import { BANK } from '../../tuning.js';
import type { BankQuestion } from '../ingest/question-bank.js';
import { type AnalysedBankQuestion, BankIndex } from './bank-index.js';
import type { HashedEmbedder } from './hashed-embedder.js';
import { PassageClassifier } from './passage-classifier.js';
import { VectorStore } from './vector-store.js';

// The analysed bank saved beside the passage index (bank.json + bank.hnsw): reading 2,600
// questions through the glossary and typo repair takes seconds, loading them takes milliseconds.
// Keyed by everything the analysis depends on; a mismatch or a damaged file means a rebuild.

/** Bump when the bank's analysis changes. */
export const BANK_FORMAT = 6;
const FILE = 'bank.json';
const VECTORS = 'bank.hnsw';
const CLASSIFIER = 'bank-classifier.bin';

const Saved = z.object({
  key: z.string(),
  vectorsSha256: z.string(),
  /** The passage classifier's weights (float32, the table then the biases), when one was trained. */
  classifier: z.object({ classes: z.number().int().nonnegative(), sha256: z.string() }).optional(),
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
  const h = createHash('sha256').update(`bank:${BANK_FORMAT};${JSON.stringify(BANK)};${contentHash};${embedderId}\n`);
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
    let classifier: PassageClassifier | undefined;
    if (saved.classifier) {
      const bin = await readFile(join(dir, CLASSIFIER));
      const { classes } = saved.classifier;
      if (sha256(bin) !== saved.classifier.sha256 || bin.length !== (PassageClassifier.tableSize + classes + 1) * 4)
        return undefined;
      const floats = new Float32Array(bin.buffer.slice(bin.byteOffset, bin.byteOffset + bin.length));
      classifier = PassageClassifier.fromParts(
        classes,
        floats.slice(0, PassageClassifier.tableSize),
        floats.slice(PassageClassifier.tableSize),
      );
    }
    return BankIndex.fromParts(
      saved.questions,
      saved.questions.map((q) => q.terms),
      vectors,
      classifier,
    );
  } catch {
    return undefined;
  }
}

/**
 * The passage classifier, unless the bank and corpus are too large to train it at index time
 * (BANK.classifierMaxWork); then answers use the nearest-question vote alone.
 */
function trainClassifier(
  questions: BankQuestion[],
  analysed: AnalysedBankQuestion[],
  classes: number,
): PassageClassifier | undefined {
  if (questions.length === 0 || questions.length * (classes + 1) > BANK.classifierMaxWork) return undefined;
  return PassageClassifier.train(
    questions.map((q, i) => ({ text: q.q, terms: analysed[i]!.terms, label: q.notCovered ? -1 : q.passages[0]! })),
    classes,
  );
}

export async function buildAndSaveBank(
  dir: string,
  key: string,
  questions: BankQuestion[],
  analysed: AnalysedBankQuestion[],
  embedder: HashedEmbedder,
  /** How many passages there are: the classifier's classes. */
  classes: number,
): Promise<BankIndex> {
  const vectors = VectorStore.buildFrom(
    analysed.length,
    embedder.dimensions,
    (i) => embedder.embed(analysed[i]!.vectorText),
    BANK.efConstruction,
  );
  const classifier = trainClassifier(questions, analysed, classes);
  const index = BankIndex.fromParts(
    questions,
    analysed.map((a) => a.terms),
    vectors,
    classifier,
  );
  try {
    const suffix = `.tmp-${process.pid}`;
    vectors.save(join(dir, VECTORS + suffix));
    const vectorsSha256 = sha256(await readFile(join(dir, VECTORS + suffix)));
    let saved: { classes: number; sha256: string } | undefined;
    if (classifier) {
      const { weights, bias } = classifier.parts;
      const bin = Buffer.concat([Buffer.from(weights.buffer), Buffer.from(bias.buffer)]);
      await writeFile(join(dir, CLASSIFIER + suffix), bin);
      saved = { classes, sha256: sha256(bin) };
    }
    const data = {
      key,
      vectorsSha256,
      ...(saved ? { classifier: saved } : {}),
      questions: questions.map((q, i) => ({ ...q, terms: analysed[i]!.terms })),
    };
    await writeFile(join(dir, FILE + suffix), JSON.stringify(data));
    await rename(join(dir, VECTORS + suffix), join(dir, VECTORS));
    if (saved) await rename(join(dir, CLASSIFIER + suffix), join(dir, CLASSIFIER));
    await rename(join(dir, FILE + suffix), join(dir, FILE));
  } catch {
    // A read-only data folder costs a rebuild at every start, nothing more.
  }
  return index;
}
