import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';

// Reads one knowledge file into page texts. Structure (headings, paragraphs) is found later,
// the same way for every format.

export interface PageText {
  /** 1-based page number, for PDFs. */
  num?: number;
  text: string;
}

export const KNOWLEDGE_EXTENSIONS = ['.txt', '.md', '.pdf'] as const;

export const isKnowledgeFile = (name: string): boolean =>
  (KNOWLEDGE_EXTENSIONS as readonly string[]).includes(extname(name).toLowerCase());

/** Markdown to the plain-text conventions of the PDF extractions: a heading is a line with one leading space. */
export function markdownToText(md: string): string {
  return md
    .replace(/```[\s\S]*?```/g, '')
    .replace(/^\s{0,3}#{1,6}\s+(.+?)\s*#*\s*$/gm, '\n $1\n')
    .replace(/^\s{0,3}[-*+]\s+/gm, '• ')
    .replace(/!\[[^\]]*\]\([^)]*\)/g, '')
    .replace(/\[([^\]]+)\]\([^)]*\)/g, '$1')
    .replace(/<(https?:\/\/[^>]+)>/g, '$1')
    .replace(/(\*\*|__)(.+?)\1/g, '$2')
    .replace(/(^|\W)[*_](\S.*?\S|\S)[*_](?=\W|$)/g, '$1$2')
    .replace(/`([^`]+)`/g, '$1')
    .replace(/^\s{0,3}>\s?/gm, '');
}

async function readPdf(data: Buffer): Promise<PageText[]> {
  // Loaded on demand: pdf.js is large and most deployments only ship text files.
  const { PDFParse } = await import('pdf-parse');
  const parser = new PDFParse({ data: new Uint8Array(data) });
  try {
    const result = await parser.getText();
    return result.pages.map((p) => ({ num: p.num, text: p.text }));
  } finally {
    await parser.destroy();
  }
}

export async function readKnowledgeFile(path: string): Promise<PageText[]> {
  const data = await readFile(path);
  const ext = extname(path).toLowerCase();
  let pages: PageText[];
  if (ext === '.pdf') pages = await readPdf(data);
  else {
    const text = data.toString('utf8');
    // A text file full of NUL bytes or replacement characters is binary, not text.
    if (/\u0000/.test(text) || (text.match(/\uFFFD/g)?.length ?? 0) > text.length / 20)
      throw new Error('not a text file');
    pages = [{ text: ext === '.md' ? markdownToText(text) : text }];
  }
  if (!pages.some((p) => /\p{L}{2}/u.test(p.text))) throw new Error('no readable text');
  return pages;
}
