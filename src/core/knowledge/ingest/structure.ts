import { endsSentence, hyphenatedVocabulary, joinHyphenated, type SourceLine, toSourceLines } from './clean-lines.js';

// Turns cleaned lines into headings, paragraphs, bullets and contact cards.

export type BlockKind = 'heading' | 'para' | 'bullet' | 'card';
export interface Block {
  kind: BlockKind;
  text: string;
  page?: number;
}

const BULLET = /^[•●▪◦]\s+/;
const DASH_ITEM = /^[-–]\s+/;
const NUMBERED_ONLY = /^\d{1,2}\.$/;
const STARTS_UPPER = /^[«»"“”'(]?[\p{Lu}\d]/u;
const STARTS_LOWER = /^\p{Ll}/u;
const CONTACT = /[\w.+-]+@[\w-]+\.[\w.]+|\b(?:telefon|tlf\.?|phone)\s*:?\s*\+?\s?\d|\+\s?45\b/i;

const LABEL = /^(husk|obs|bemærk|note|nb)\b/i;
/** List intros without a colon ("God kultur handler om") end on a function word; headings don't. */
const ENDS_FUNCTION_WORD = /(?<!\p{L})(fx|om|at|til|som|med|af|i|på|for|er|og|eller|der|de|en|et)$/iu;
const collapse = (s: string) => s.replace(/\s+/g, ' ').trim();
const isUpperCaseLine = (t: string) => /\p{Lu}{3}/u.test(t) && t === t.toUpperCase();

function isHeadingStart(lines: SourceLine[], i: number, prevText: string): boolean {
  const t = lines[i]!.text;
  if (t.length > 70 || !STARTS_UPPER.test(t) || /[.,;:\-–]$/.test(t) || BULLET.test(t) || LABEL.test(t)) return false;
  if (!/\p{L}{3}/u.test(t)) return false;
  // A name line above a role, e-mail and phone is a contact card, not a heading.
  for (let k = i; k < Math.min(lines.length, i + 5) && lines[k]!.text !== ''; k++)
    if (CONTACT.test(lines[k]!.text)) return false;
  if (lines[i]!.marked) return true;
  return prevText === '' || endsSentence(prevText);
}

/** Continuation lines of a heading the PDF split: "Tavsheds- og" + "afværgepligt". */
function headingContinuations(lines: SourceLine[], i: number): number {
  const first = lines[i]!.text;
  let n = 0;
  while (n < 2) {
    const next = lines[i + 1 + n]?.text ?? '';
    const lowerCont = (STARTS_LOWER.test(next) || /^[–-]\s/.test(next)) && next.length <= 45 && !endsSentence(next);
    const capsCont = isUpperCaseLine(first) && isUpperCaseLine(next) && next.length <= 45;
    if (!(lowerCont || capsCont)) break;
    n++;
  }
  return n;
}

/** After a heading comes body text: a sentence start, a bullet, or a longer line. */
function looksLikeBodyAfter(lines: SourceLine[], j: number, marked: boolean): boolean {
  let k = j;
  while (k < lines.length && lines[k]!.text === '') k++;
  const next = lines[k]?.text;
  if (next === undefined) return false;
  // A line that starts lower-case or ends on a comma continues a sentence: the "heading" was body text.
  if (STARTS_LOWER.test(next) || (/,$/.test(next) && next.length <= 45)) return false;
  if (DASH_ITEM.test(next) && k === j) return false;
  if (marked) return true;
  return BULLET.test(next) || DASH_ITEM.test(next) || next.length >= 30 || endsSentence(next);
}

/** "Heino Knudsen": a person's name, first and last name capitalised. */
const PERSON_NAME = /^\p{Lu}\p{Ll}+(?:[ -]\p{Lu}\p{Ll}+){1,3}$/u;

/**
 * A name over a role ("Heino Knudsen" / "Regionsrådsformand"): the signature under a foreword,
 * which says who wrote it. Short lines like a word cloud, but text to keep.
 */
const isSignature = (ls: string[]) => ls.length === 2 && PERSON_NAME.test(ls[0]!) && /^\p{Lu}\p{Ll}{3,}/u.test(ls[1]!);

/** Decorative word clouds: several very short lines with no sentence in them. */
const isWordCloud = (ls: string[]) =>
  ls.length >= 2 &&
  !isSignature(ls) &&
  ls.every((l) => l.length <= 22 && l.split(/\s+/).length <= 3 && !/[.]$/.test(l));

function paragraphBlocks(ls: SourceLine[]): Block[] {
  const texts = ls.map((l) => l.text);
  if (isWordCloud(texts)) return [];
  const page = ls[0]?.page;
  if (CONTACT.test(texts.join(' ')) && texts.length <= 6 && texts.every((t) => t.length <= 60)) {
    return [{ kind: 'card', text: texts.map(collapse).join(', '), page }];
  }
  if (isSignature(texts)) return [{ kind: 'para', text: `${collapse(texts[0]!)}, ${collapse(texts[1]!)}`, page }];
  const blocks: Block[] = [];
  for (const l of ls) {
    const t = l.text;
    const prev = blocks[blocks.length - 1];
    const item = BULLET.test(t) || (DASH_ITEM.test(t) && (!prev || endsSentence(prev.text)));
    if (item) {
      blocks.push({ kind: 'bullet', text: collapse(t.replace(BULLET, '').replace(DASH_ITEM, '')), page: l.page });
    } else if (!prev) {
      blocks.push({ kind: 'para', text: collapse(t), page: l.page });
    } else {
      // A bullet's title line followed by its explanation reads as two sentences.
      const glue = prev.kind === 'bullet' && !endsSentence(prev.text) && STARTS_UPPER.test(t) ? '. ' : ' ';
      prev.text = collapse(prev.text + glue + t);
    }
  }
  return blocks;
}

/** Groups lines into blocks; a blank line between an unfinished line and a lower-case one is not a break. */
export function toBlocks(pages: { num?: number; text: string }[]): Block[] {
  const rawText = pages.map((p) => p.text).join('\n');
  const lines = joinHyphenated(toSourceLines(pages), hyphenatedVocabulary(rawText));
  for (let i = 0; i < lines.length - 1; i++) {
    // "1." on its own line numbers the heading below it.
    if (NUMBERED_ONLY.test(lines[i]!.text) && lines[i + 1]!.text) {
      lines[i + 1] = { ...lines[i + 1]!, text: `${lines[i]!.text} ${lines[i + 1]!.text}` };
      lines[i] = { ...lines[i]!, text: '' };
    }
  }
  const blocks: Block[] = [];
  let para: SourceLine[] = [];
  let prevText = '';
  const flush = () => {
    if (para.length) blocks.push(...paragraphBlocks(para));
    para = [];
  };
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i]!;
    if (l.text === '') {
      // Bridge blank lines that fall inside a sentence.
      let k = i;
      while (k < lines.length && lines[k]!.text === '') k++;
      const next = lines[k]?.text ?? '';
      if (!(para.length && !endsSentence(prevText) && STARTS_LOWER.test(next))) flush();
      i = k - 1;
      continue;
    }
    if (isHeadingStart(lines, i, para.length ? prevText : '')) {
      const n = headingContinuations(lines, i);
      const length = lines.slice(i, i + 1 + n).reduce((a, x) => a + x.text.length + 1, 0);
      const joined = lines
        .slice(i, i + 1 + n)
        .map((x) => x.text)
        .join(' ')
        .trim();
      if (length <= 75 && !ENDS_FUNCTION_WORD.test(joined) && looksLikeBodyAfter(lines, i + 1 + n, l.marked)) {
        flush();
        const text = collapse(
          lines
            .slice(i, i + 1 + n)
            .map((x) => x.text)
            .join(' ')
            .replace(/- (og|eller)\b/g, '- $1'),
        );
        blocks.push({ kind: 'heading', text, page: l.page });
        i += n;
        prevText = `${text}.`;
        continue;
      }
    }
    para.push(l);
    prevText = l.text;
  }
  flush();
  return blocks;
}
