import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chunkBlocks } from '../../../src/core/knowledge/ingest/chunker.js';
import { markdownToText, readKnowledgeFile } from '../../../src/core/knowledge/ingest/loaders.js';
import { toBlocks } from '../../../src/core/knowledge/ingest/structure.js';
import { PDF_PAGES, writeHandbookPdf } from './pdf-fixture.js';

let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'hjertebot-loaders-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('knowledge file loaders', () => {
  it('reads a real PDF page by page, with page numbers and Danish letters', async () => {
    const file = join(dir, 'handbog.pdf');
    await writeHandbookPdf(file);
    const pages = await readKnowledgeFile(file);
    expect(pages.map((p) => p.num)).toEqual([1, 2, 3]);
    const flat = (t: string) => t.replace(/\s+/g, ' ');
    expect(flat(pages[1]!.text)).toContain('Tavshedspligten gælder også over for din egen familie');
    expect(flat(pages[2]!.text)).toContain('højst 50 km på én vagt');
  });

  it('chunks a PDF by its headings and keeps the page of each chunk', async () => {
    const file = join(dir, 'handbog-chunks.pdf');
    await writeHandbookPdf(file);
    const chunks = chunkBlocks(toBlocks(await readKnowledgeFile(file)), { doc: 'handbog', title: 'Testhåndbog' });
    for (const [i, p] of PDF_PAGES.entries()) {
      const c = chunks.find((x) => x.text.includes(p.body.slice(0, 40)));
      expect(c?.section).toBe(p.heading);
      expect(c?.page).toBe(i + 1);
    }
    // The page numbers printed in the footer are page furniture, not text.
    expect(chunks.some((c) => /(^|\n)[123]$/.test(c.text))).toBe(false);
  });

  it('reads Markdown headings as section headings', async () => {
    const file = join(dir, 'noter.md');
    await writeFile(
      file,
      '# Orlov\n\nDu kan holde **orlov** i op til seks måneder. Tal med din [konsulent](https://example.org).\n\n## Kørsel\n\n- Refusion for højst 50 km pr. vagt, både til og fra.\n',
    );
    const chunks = chunkBlocks(toBlocks(await readKnowledgeFile(file)), { doc: 'noter', title: 'Noter' });
    expect(chunks.map((c) => c.section)).toEqual(['Orlov', 'Kørsel']);
    expect(chunks[0]!.text).toBe('Du kan holde orlov i op til seks måneder. Tal med din konsulent.');
    expect(markdownToText('<https://hjerteforeningen.dk/>')).toBe('https://hjerteforeningen.dk/');
  });

  it('rejects a corrupt PDF and a binary file posing as text', async () => {
    const pdf = join(dir, 'broken.pdf');
    await writeFile(pdf, Buffer.from('%PDF-1.7\n this is not really a pdf \u0000\u0001'));
    await expect(readKnowledgeFile(pdf)).rejects.toThrow();
    const txt = join(dir, 'binary.txt');
    await writeFile(txt, Buffer.from([0, 1, 2, 255, 254, 0, 0, 7]));
    await expect(readKnowledgeFile(txt)).rejects.toThrow(/not a text file/);
  });
});
