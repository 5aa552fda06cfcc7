import { copyFile, mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { basename, extname, join } from 'node:path';
import { isKnowledgeFile } from '../core/knowledge/ingest/loaders.js';
import { bankFiles, QUESTIONS_DIR } from '../core/knowledge/ingest/question-bank.js';

// A corpus N times the real one for the bench: each copy keeps the real documents' style (PDF
// artefacts and all) but shuffles their paragraphs and lightly perturbs the words, so copies are
// not identical and the index really holds N times as many distinct passages.

function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

const SWAPS: [RegExp, string][] = [
  [/\bfrivillige\b/g, 'frivillige medlemmer'],
  [/\bvigtigt\b/g, 'væsentligt'],
  [/\bhospitalet\b/g, 'sygehuset'],
  [/\bsamtaler\b/g, 'møder'],
];

/** Which word swaps a copy makes: decided first, so the bank's quotes can make the same ones. */
const swapsFor = (random: () => number) => SWAPS.filter(() => random() < 0.5);
const swapped = (text: string, swaps: [RegExp, string][]) => swaps.reduce((t, [re, to]) => t.replace(re, to), text);

function perturb(text: string, random: () => number): string {
  const swaps = swapsFor(random);
  const paragraphs = text.split(/\n\s*\n/);
  for (let i = paragraphs.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [paragraphs[i], paragraphs[j]] = [paragraphs[j]!, paragraphs[i]!];
  }
  return swapped(paragraphs.join('\n\n'), swaps);
}

/** Writes `factor` perturbed copies of every text document in `from` (plus manifest and glossary) to `to`. */
export async function writeSyntheticCorpus(from: string, to: string, factor: number): Promise<number> {
  const files = (await readdir(from)).filter((f) => isKnowledgeFile(f) && extname(f) !== '.pdf');
  let written = 0;
  const copies: { doc: string; copy: string; swaps: [RegExp, string][] }[] = [];
  for (const f of files) {
    const text = await readFile(join(from, f), 'utf8');
    for (let i = 0; i < factor; i++) {
      const copy = `${basename(f, extname(f))}-${String(i + 1).padStart(2, '0')}`;
      await writeFile(join(to, `${copy}${extname(f)}`), perturb(text, rng(i * 7919 + f.length)));
      copies.push({ doc: basename(f, extname(f)), copy, swaps: swapsFor(rng(i * 7919 + f.length)) });
      written++;
    }
  }
  for (const f of ['manifest.json', 'glossary.json']) await copyFile(join(from, f), join(to, f)).catch(() => undefined);
  await writeSyntheticBank(from, to, copies);
  return written;
}

/** The question bank N times over: each entry once per copy of its document, quoting the copy's words. */
async function writeSyntheticBank(
  from: string,
  to: string,
  copies: { doc: string; copy: string; swaps: [RegExp, string][] }[],
): Promise<void> {
  const files = await bankFiles(from);
  if (!files.length) return;
  await mkdir(join(to, QUESTIONS_DIR), { recursive: true });
  for (const f of files) {
    const entries = (await readFile(join(from, f), 'utf8'))
      .split('\n')
      .filter((l) => l.trim())
      .map((l) => JSON.parse(l) as { doc?: string; quote: string });
    const out = copies.flatMap(({ doc, copy, swaps }) =>
      entries
        .filter((e) => e.doc === doc)
        .map((e) => JSON.stringify({ ...e, doc: copy, quote: swapped(e.quote, swaps) })),
    );
    await writeFile(join(to, f), `${out.join('\n')}\n`);
  }
}
