import { readFile } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import { z } from 'zod';

// knowledge/manifest.json: display titles and sources for each document.

const ManifestSchema = z.object({
  description: z.string().optional(),
  documents: z.array(
    z.object({
      file: z.string().min(1),
      title: z.string().min(1),
      titleEn: z.string().optional(),
      source: z.string().optional(),
      /** How far the document is the volunteers' own rulebook, 0..1 (see DEFAULT_AUTHORITY). */
      authority: z.number().min(0).max(1).optional(),
    }),
  ),
});

export interface DocumentInfo {
  doc: string;
  title: string;
  titleEn: string;
  source: string;
  /**
   * 0..1: how far the document speaks for the volunteers' own rules. A gentle tie-breaker in
   * ranking: the handbook's rule beats a regional policy or a toolkit saying nearly the same.
   */
  authority: number;
}

/** A document the manifest does not rank counts as background. */
export const DEFAULT_AUTHORITY = 0.5;

export const docIdOf = (file: string): string => basename(file, extname(file));

export type Manifest = Map<string, DocumentInfo>;

/** Reads the manifest; a file not listed in it still loads, titled by its file name. */
export async function readManifest(path: string): Promise<Manifest> {
  const parsed = ManifestSchema.parse(JSON.parse(await readFile(path, 'utf8')));
  return new Map(
    parsed.documents.map((d) => [
      d.file,
      {
        doc: docIdOf(d.file),
        title: d.title,
        titleEn: d.titleEn ?? d.title,
        source: d.source ?? '',
        authority: d.authority ?? DEFAULT_AUTHORITY,
      },
    ]),
  );
}

export function documentInfo(manifest: Manifest, file: string): DocumentInfo {
  const known = manifest.get(file);
  if (known) return known;
  const doc = docIdOf(file);
  return { doc, title: doc, titleEn: doc, source: file, authority: DEFAULT_AUTHORITY };
}
