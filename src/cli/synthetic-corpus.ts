import { copyFile, readdir, readFile, writeFile } from 'node:fs/promises';
import { basename, extname, join } from 'node:path';
import { isKnowledgeFile } from '../core/knowledge/ingest/loaders.js';

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

function perturb(text: string, random: () => number): string {
  const paragraphs = text.split(/\n\s*\n/);
  for (let i = paragraphs.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [paragraphs[i], paragraphs[j]] = [paragraphs[j]!, paragraphs[i]!];
  }
  let out = paragraphs.join('\n\n');
  for (const [re, to] of SWAPS) if (random() < 0.5) out = out.replace(re, to);
  return out;
}

/** Writes `factor` perturbed copies of every text document in `from` (plus manifest and glossary) to `to`. */
export async function writeSyntheticCorpus(from: string, to: string, factor: number): Promise<number> {
  const files = (await readdir(from)).filter((f) => isKnowledgeFile(f) && extname(f) !== '.pdf');
  let written = 0;
  for (const f of files) {
    const text = await readFile(join(from, f), 'utf8');
    for (let i = 0; i < factor; i++) {
      await writeFile(join(to, `${basename(f, extname(f))}-${String(i + 1).padStart(2, '0')}${extname(f)}`), perturb(text, rng(i * 7919 + f.length)));
      written++;
    }
  }
  for (const f of ['manifest.json', 'glossary.json']) await copyFile(join(from, f), join(to, f)).catch(() => undefined);
  return written;
}
