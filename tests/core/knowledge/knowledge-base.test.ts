import { appendFile, cp, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadKnowledge } from '../../../src/core/knowledge/knowledge-base.js';
import { capturingLogger } from './log-capture.js';
import { writeHandbookPdf } from './pdf-fixture.js';

let root: string;
let knowledgeDir: string;
let dataDir: string;

beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'hjertebot-kb-'));
  knowledgeDir = join(root, 'knowledge');
  dataDir = join(root, 'data');
  await mkdir(knowledgeDir);
  await cp('knowledge', knowledgeDir, { recursive: true });
});
afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

async function load() {
  const cap = capturingLogger();
  const kb = await loadKnowledge({ knowledgeDir, dataDir, logger: cap.logger });
  return { kb, events: cap.events(), lines: cap.lines };
}

// These tests build the real index (passages, the 6,600-question bank and its classifier) once or
// twice each, about 11 s a build on a quiet machine: more than the default 30 s on a loaded one.
const BUILDS = { timeout: 120_000 };

describe('loadKnowledge: saved index', BUILDS, () => {
  it('builds and saves at first start, then loads the identical index without rebuilding', async () => {
    const first = await load();
    expect(first.events).toContain('knowledge_index_built');
    expect(await readdir(join(dataDir, 'index'))).toEqual(
      expect.arrayContaining(['meta.json', 'chunks.json', 'vectors.hnsw']),
    );
    const second = await load();
    expect(second.events).toContain('knowledge_index_loaded');
    expect(second.events).not.toContain('knowledge_index_built');
    expect(second.kb.chunks).toEqual(first.kb.chunks);
    const [a, b] = await Promise.all([
      first.kb.retriever.retrieve('orlov seks måneder', 5),
      second.kb.retriever.retrieve('orlov seks måneder', 5),
    ]);
    expect(b.map((p) => p.chunk.id)).toEqual(a.map((p) => p.chunk.id));
  });

  it('rebuilds when a knowledge file changes', async () => {
    await load();
    await appendFile(
      join(knowledgeDir, 'patientstoetteindsatsen.txt'),
      '\n\nKaffeordning\nDer er altid gratis kaffe og te til frivillige i pausen på afdelingen.\n',
    );
    const after = await load();
    expect(after.events).toContain('knowledge_index_built');
    expect(after.lines.find((l) => l.event === 'knowledge_index_build')?.reason).toBe('knowledge changed');
    const hits = await after.kb.retriever.retrieve('gratis kaffe i pausen', 3);
    expect(hits[0]!.chunk.text).toContain('gratis kaffe');
  });

  it('rebuilds when the glossary changes', async () => {
    await load();
    const glossary = JSON.parse(await readFile(join(knowledgeDir, 'glossary.json'), 'utf8'));
    glossary.entries.push({ terms: ['snacks'], expand: ['kaffe'] });
    await writeFile(join(knowledgeDir, 'glossary.json'), JSON.stringify(glossary));
    expect((await load()).events).toContain('knowledge_index_built');
  });

  it('rebuilds a corrupt vector file instead of failing', async () => {
    await load();
    const file = join(dataDir, 'index', 'vectors.hnsw');
    const bytes = await readFile(file);
    bytes.fill(0x7f, 100, 4000);
    await writeFile(file, bytes);
    const after = await load();
    expect(after.lines.find((l) => l.event === 'knowledge_index_build')?.reason).toBe('checksum mismatch');
    expect((await after.kb.retriever.retrieve('Hvor længe kan jeg holde orlov?', 3))[0]!.chunk.section).toMatch(
      /^Orlov/,
    );
  });

  it('rebuilds when meta.json is garbage or the index folder is gone', async () => {
    await load();
    await writeFile(join(dataDir, 'index', 'meta.json'), '{not json');
    expect((await load()).events).toContain('knowledge_index_built');
    await rm(join(dataDir, 'index'), { recursive: true });
    expect((await load()).events).toContain('knowledge_index_built');
  });
});

describe('loadKnowledge: files', BUILDS, () => {
  it('reports a file that fails to parse by name and loads the rest', async () => {
    await writeFile(join(knowledgeDir, 'oedelagt.pdf'), Buffer.from('%PDF-1.4\n%garbage that is no pdf\n'));
    const { kb, lines } = await load();
    expect(kb.problems.map((p) => p.file)).toEqual(['oedelagt.pdf']);
    expect(kb.documents.map((d) => d.doc).sort()).toEqual([
      'frivilligpolitik-region-sjaelland-2021',
      'haandbog-frivillig-stoette',
      'patientstoetteindsatsen',
      'vaerktoejskasse-frivillig-peer-stoette',
    ]);
    const logged = lines.find((l) => l.event === 'knowledge_file_failed');
    expect(logged?.file).toBe('oedelagt.pdf');
  });

  it('indexes a PDF with its pages and titles a file the manifest does not list by its name', async () => {
    await writeHandbookPdf(join(knowledgeDir, 'ekstra-haandbog.pdf'));
    const { kb } = await load();
    const pdfChunks = kb.chunks.filter((c) => c.doc === 'ekstra-haandbog');
    expect(pdfChunks.map((c) => c.page)).toEqual([1, 2, 3]);
    expect(kb.documents.find((d) => d.doc === 'ekstra-haandbog')?.title).toBe('ekstra-haandbog');
    const hits = await kb.retriever.retrieve('højst 50 km på én vagt', 3);
    expect(hits.some((h) => h.chunk.doc === 'ekstra-haandbog' && h.chunk.page === 3)).toBe(true);
  });

  it('uses manifest titles and never indexes the manifest or glossary as documents', async () => {
    const { kb } = await load();
    expect(kb.documents.find((d) => d.doc === 'haandbog-frivillig-stoette')).toMatchObject({
      title: 'Håndbog for frivillige støtter',
      titleEn: 'Handbook for volunteer supporters',
    });
    expect(kb.chunks.some((c) => c.doc === 'manifest' || c.doc === 'glossary')).toBe(false);
  });

  it('fails with a clear error naming the variable when the knowledge folder is missing', async () => {
    await expect(
      loadKnowledge({ knowledgeDir: join(root, 'nowhere'), dataDir, logger: capturingLogger().logger }),
    ).rejects.toMatchObject({
      code: 'knowledge_unavailable',
      message: expect.stringContaining('KNOWLEDGE_DIR'),
    });
  });
});
