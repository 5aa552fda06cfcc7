// Line-level repair of PDF text extractions: odd characters, page furniture, hyphenation.

export interface SourceLine {
  text: string;
  page?: number;
  /** The extractor put a single space before the line: in these PDFs that marks a heading at a page top. */
  marked: boolean;
}

const SENTENCE_END = /[.!?:;]["”»)]*$/;

/** Normalises characters without touching layout: odd spaces, replacement glyphs, PDF bullet forms. */
export function normaliseChars(raw: string): string {
  return (
    raw
      .normalize('NFC')
      .replace(/\r\n?/g, '\n')
      .replace(/\f/g, '\n\n')
      .replace(/\u00ad/g, '')
      .replace(/^(\s*)[•●▪◦]\s*[\uFFFD\uE000-\uF8FF]?\s*/gmu, '$1• ')
      .replace(/^(\s*)(\d{1,2})\t[\uFFFD\uE000-\uF8FF]?\s*/gmu, '$1$2. ')
      .replace(/[\uFFFD\uE000-\uF8FF]/gu, '')
      .replace(/[\u00a0\u2007\u202f\u2009\u200a\u2028\u2029]/g, ' ')
      .replace(/[\u200b-\u200d\ufeff]/g, '')
      .replace(/\t/g, ' ')
      // Control characters other than newline carry no text.
      .replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, '')
  );
}

/** "R E G I O N  S J Æ L L A N D S": a letter-spaced running head. */
const isSpacedHead = (t: string): boolean => {
  const tokens = t.trim().split(/\s+/);
  const singles = tokens.filter((x) => x.length === 1).length;
  return tokens.length >= 6 && singles / tokens.length >= 0.7;
};

/** Page numbers, running heads, link annotations and stray letters of rotated decorative text. */
export function isFurniture(t: string): boolean {
  const s = t.trim();
  if (s === '') return false;
  if (/^\d{1,3}$/.test(s)) return true;
  if (/^(https?:\/\/|mailto:)\S+$/i.test(s)) return true;
  if (/^<https?:\/\/\S+>$/i.test(s)) return true;
  if (/^\p{L}{1,2}$/u.test(s) && s.toUpperCase() === s) return true;
  return isSpacedHead(s);
}

/** Words written with an in-word hyphen somewhere in the text (not at a line end): "peer-støtte". */
export function hyphenatedVocabulary(text: string): Set<string> {
  const vocab = new Set<string>();
  for (const m of text.toLowerCase().matchAll(/\p{L}+(?:-\p{L}+)+/gu)) vocab.add(m[0]);
  return vocab;
}

/**
 * Glues words split across a line break. The hyphen stays only when the document elsewhere writes
 * the word with a hyphen ("peer-\nstøtter" → "peer-støtter"); otherwise it was typesetting ("ind-\nsats").
 */
export function joinHyphenated(lines: SourceLine[], vocab: Set<string>): SourceLine[] {
  const out: SourceLine[] = [];
  for (let i = 0; i < lines.length; i++) {
    let cur = { ...lines[i]! };
    while (/\p{Ll}-$/u.test(cur.text.trimEnd())) {
      const next = lines[i + 1];
      const nextText = next?.text.trimStart() ?? '';
      if (!next || !/^\p{Ll}/u.test(nextText)) break;
      const left = cur.text.trimEnd().slice(0, -1);
      const leftWord = (left.match(/[\p{L}-]+$/u)?.[0] ?? '').toLowerCase();
      const rightWord = (nextText.match(/^\p{L}+/u)?.[0] ?? '').toLowerCase();
      const keep = vocab.has(`${leftWord}-${rightWord}`) || [...vocab].some((v) => v.startsWith(`${leftWord}-`));
      cur = { ...cur, text: `${left}${keep ? '-' : ''}${nextText}` };
      i++;
    }
    out.push(cur);
  }
  return out;
}

/** Splits raw text into lines with their page, marking single-space-indented lines. */
export function toSourceLines(pages: { num?: number; text: string }[]): SourceLine[] {
  const lines: SourceLine[] = [];
  for (const p of pages) {
    for (const raw of normaliseChars(p.text).split('\n')) {
      const marked = /^ \S/.test(raw) && !/^ [•\-–]/.test(raw);
      const text = raw.replace(/\s+$/, '');
      if (isFurniture(text)) continue;
      lines.push({ text: text.trim() === '' ? '' : text.trim(), page: p.num, marked });
    }
    lines.push({ text: '', page: p.num, marked: false });
  }
  return lines;
}

export const endsSentence = (t: string): boolean => SENTENCE_END.test(t.trim());
