import type { Chunk } from '../../types.js';
import type { Block } from './structure.js';

// Section-aware chunking: every chunk stays inside one section and is small enough to quote.

/** Bump when chunking changes, so saved indexes are rebuilt. */
export const CHUNKER_VERSION = 4;

export const MAX_CHUNK_CHARS = 700;
const OVERLAP_MAX_CHARS = 220;

export interface DocMeta {
  doc: string;
  title: string;
}

interface Unit {
  text: string;
  page?: number;
}

const unitText = (b: Block) => (b.kind === 'bullet' ? `• ${b.text}` : b.text);

/** Sentence boundaries inside one long paragraph: ". " followed by an upper-case letter. */
export function splitSentences(text: string): string[] {
  const parts = text.split(/(?<=[.!?])\s+(?=[«"“(]?[\p{Lu}\d•])/u);
  return parts.map((p) => p.trim()).filter(Boolean);
}

/** Long paragraphs are cut into sentence groups no longer than the chunk limit. */
function toUnits(blocks: Block[]): Unit[] {
  const units: Unit[] = [];
  for (const b of blocks) {
    const text = unitText(b);
    if (text.length <= MAX_CHUNK_CHARS * 0.6) {
      units.push({ text, page: b.page });
      continue;
    }
    let cur = '';
    for (const s of splitSentences(text)) {
      if (cur && cur.length + s.length + 1 > MAX_CHUNK_CHARS * 0.6) {
        units.push({ text: cur, page: b.page });
        cur = '';
      }
      cur = cur ? `${cur} ${s}` : s;
    }
    if (cur) units.push({ text: cur, page: b.page });
  }
  return units;
}

/** Windows of units up to the limit; the last unit of a window repeats at the start of the next. */
function windows(units: Unit[]): Unit[][] {
  const out: Unit[][] = [];
  let cur: Unit[] = [];
  let len = 0;
  for (const u of units) {
    if (cur.length && len + u.text.length + 1 > MAX_CHUNK_CHARS) {
      // A list intro ("Husk:") belongs with the items after it.
      const carry: Unit[] = [];
      while (cur.length > 1 && /:$/.test(cur[cur.length - 1]!.text)) carry.unshift(cur.pop()!);
      out.push(cur);
      const last = cur[cur.length - 1]!;
      const overlap =
        carry.length === 0 && last.text.length <= OVERLAP_MAX_CHARS && !last.text.startsWith('• ') ? [last] : [];
      cur = [...overlap, ...carry];
      len = cur.reduce((a, x) => a + x.text.length + 1, 0);
    }
    cur.push(u);
    len += u.text.length + 1;
  }
  if (cur.length) out.push(cur);
  return out;
}

interface Section {
  heading: string;
  page?: number;
  blocks: Block[];
}

function sections(blocks: Block[], title: string): Section[] {
  const out: Section[] = [];
  let cur: Section = { heading: '', blocks: [] };
  for (const b of blocks) {
    if (b.kind === 'heading') {
      if (cur.blocks.length) out.push(cur);
      cur = { heading: b.text, page: b.page, blocks: [] };
    } else {
      cur.blocks.push(b);
    }
  }
  if (cur.blocks.length) out.push(cur);
  return mergeTiny(out, title);
}

const TINY_SECTION_CHARS = 150;

/**
 * Title pages and tables of contents (short, no sentence in them) are dropped. A short opening
 * section (a subtitle under the document title) joins the section after it, so it does not stand
 * alone at the top of rankings as a near-empty passage.
 */
function mergeTiny(sections: Section[], title: string): Section[] {
  const out: Section[] = [];
  let carry: Block[] = [];
  const isTitle = (h: string) => h === '' || h.toLowerCase() === title.toLowerCase();
  for (const [i, s] of sections.entries()) {
    const body = s.blocks.map((b) => b.text).join(' ');
    const tiny = body.length < TINY_SECTION_CHARS;
    if (tiny && !/[.!?:]/.test(body) && !s.blocks.some((b) => b.kind === 'bullet')) continue;
    const blocks = [...carry, ...s.blocks];
    carry = [];
    if (tiny && i === 0 && isTitle(s.heading) && sections.length > 1) carry = blocks;
    else out.push({ ...s, blocks });
  }
  return out;
}

export function chunkBlocks(blocks: Block[], meta: DocMeta): Chunk[] {
  const chunks: Chunk[] = [];
  for (const s of sections(blocks, meta.title)) {
    for (const w of windows(toUnits(s.blocks))) {
      const text = w.map((u) => u.text).join('\n');
      if (!/\p{L}{2}/u.test(text)) continue;
      const page = w[0]?.page ?? s.page;
      chunks.push({
        id: `${meta.doc}#${chunks.length + 1}`,
        doc: meta.doc,
        title: meta.title,
        section: s.heading,
        ...(page !== undefined ? { page } : {}),
        text,
      });
    }
  }
  return chunks;
}

/** What the lexical and vector indexes see: the heading gives every chunk its topic. */
export const indexText = (c: Chunk): string => (c.section ? `${c.section}\n${c.text}` : c.text);
