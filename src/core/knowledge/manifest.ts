import { readFile } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import { z } from 'zod';

// knowledge/manifest.json: display titles and sources for each document.

const ManifestSchema = z.object({
  documents: z.array(
    z.object({
      file: z.string().min(1),
      title: z.string().min(1),
      titleEn: z.string().optional(),
      source: z.string().optional(),
    }),
  ),
});

export interface DocumentInfo {
  doc: string;
  title: string;
  titleEn: string;
  source: string;
}

export const docIdOf = (file: string): string => basename(file, extname(file));

export type Manifest = Map<string, DocumentInfo>;

/** Reads the manifest; a file not listed in it still loads, titled by its file name. */
export async function readManifest(path: string): Promise<Manifest> {
  const parsed = ManifestSchema.parse(JSON.parse(await readFile(path, 'utf8')));
  return new Map(
    parsed.documents.map((d) => [
      d.file,
      { doc: docIdOf(d.file), title: d.title, titleEn: d.titleEn ?? d.title, source: d.source ?? '' },
    ]),
  );
}

export function documentInfo(manifest: Manifest, file: string): DocumentInfo {
  const known = manifest.get(file);
  if (known) return known;
  const doc = docIdOf(file);
  return { doc, title: doc, titleEn: doc, source: file };
}
