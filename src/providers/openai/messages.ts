import type { Chunk, Lang } from '../../core/types.js';

const LANGUAGE_NAME: Record<Lang, string> = { da: 'Danish', en: 'English' };

/**
 * The user message: the language to answer in, the question and the numbered passages, nothing
 * else (no user id, no history, no platform data). Angle brackets in the content are swapped for
 * look-alikes so neither a question nor a passage can close its own tag and pose as ours.
 */
export function answerUserMessage(question: string, lang: Lang, passages: Chunk[]): string {
  const numbered = passages.map(
    (p, i) => `<passage n="${i + 1}" source="${escapeText(sourceLine(p))}">\n${escapeText(p.text)}\n</passage>`,
  );
  return [
    `Answer language: ${LANGUAGE_NAME[lang]}`,
    `<question>\n${escapeText(question)}\n</question>`,
    `<passages>\n${numbered.join('\n')}\n</passages>`,
  ].join('\n\n');
}

export function rewriteUserMessage(question: string): string {
  return `<question>\n${escapeText(question)}\n</question>`;
}

function sourceLine(p: Chunk): string {
  return [p.title, p.section, p.page ? `p. ${p.page}` : ''].filter(Boolean).join(' — ');
}

function escapeText(text: string): string {
  return text.replace(/</g, '‹').replace(/>/g, '›').replace(/"/g, '”');
}
