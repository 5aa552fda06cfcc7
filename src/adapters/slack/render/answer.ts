import { clip } from '../../../core/clip.js';
import { formatUpdated } from '../../../core/sources.js';
import type { BotReply, Citation, Lang } from '../../../core/types.js';
import { ACTION, BLOCK } from '../ids.js';
import { type Button, button, context, escapeMrkdwn, type KnownBlock, plain, section, sections } from './block-kit.js';

// Block Kit for one free-chat answer: safety first, then the answer, its sources, and buttons.

const MAX_CITATIONS = 4;
const QUOTE_MAX = 500;

const TEXT = {
  da: {
    acute: ':rotating_light: *Er nogen i fare lige nu? Ring 112 først.*',
    sources: '*Kilder*',
    page: 's.',
    updated: 'opdateret',
    openBekymring: 'Åbn /bekymring',
    openAfbud: 'Meld afbud',
    openOrlov: 'Søg orlov',
    up: 'Brugbart',
    down: 'Ikke brugbart',
    upLabel: 'Svaret var brugbart',
    downLabel: 'Svaret var ikke brugbart',
    thanks: 'Tak for din vurdering.',
    failed: 'Beklager, jeg kunne ikke svare lige nu. Prøv igen om lidt, eller kontakt din konsulent.',
  },
  en: {
    acute: ':rotating_light: *Is anyone in danger right now? Call 112 first.*',
    sources: '*Sources*',
    page: 'p.',
    updated: 'updated',
    openBekymring: 'Open /bekymring',
    openAfbud: 'Cancel a shift',
    openOrlov: 'Ask for leave',
    up: 'Helpful',
    down: 'Not helpful',
    upLabel: 'The answer was helpful',
    downLabel: 'The answer was not helpful',
    thanks: 'Thank you for your feedback.',
    failed: 'Sorry, I could not answer right now. Please try again shortly, or contact your consultant.',
  },
} as const;

export function answerBlocks(reply: BotReply, answerId: string): KnownBlock[] {
  const t = TEXT[reply.lang];
  const blocks: KnownBlock[] = [];
  if (reply.acuteDanger) blocks.push(section(t.acute));
  blocks.push(...sections(escapeMrkdwn(reply.text)));
  const forms: Button[] = [];
  // Slash commands fail inside a thread, so the "Skriv /afbud" hint comes with a button that opens the form.
  if (reply.workflowHint === 'afbud')
    forms.push(button({ text: t.openAfbud, actionId: ACTION.openAfbud, style: 'primary', value: reply.lang }));
  if (reply.workflowHint === 'orlov')
    forms.push(button({ text: t.openOrlov, actionId: ACTION.openOrlov, style: 'primary', value: reply.lang }));
  if (reply.offerBekymring || reply.route)
    forms.push(button({ text: t.openBekymring, actionId: ACTION.openBekymring, style: 'danger', value: reply.lang }));
  if (forms.length > 0) blocks.push({ type: 'actions', elements: forms });
  const citations = reply.citations.slice(0, MAX_CITATIONS);
  if (citations.length > 0) {
    blocks.push({ type: 'divider' }, context(t.sources));
    for (const c of citations) blocks.push(citationBlock(c, reply.lang));
  }
  // Slack's native 👍/👎 (feedback_buttons in a context_actions block): the value holds the
  // rating, the language to thank in and the answer's random id, nothing else.
  blocks.push({
    type: 'context_actions',
    block_id: BLOCK.feedback,
    elements: [
      {
        type: 'feedback_buttons',
        action_id: ACTION.feedback,
        positive_button: {
          text: plain(t.up, 75),
          accessibility_label: t.upLabel,
          value: FeedbackValue.encode(answerId, reply.lang, 'up'),
        },
        negative_button: {
          text: plain(t.down, 75),
          accessibility_label: t.downLabel,
          value: FeedbackValue.encode(answerId, reply.lang, 'down'),
        },
      },
    ],
  });
  return blocks;
}

/** "Document · section · p. 3 · updated 2021" and the quoted passage, in one context block; the title links to the document when its address is known. */
export function citationBlock(c: Citation, lang: Lang): KnownBlock {
  const where = [
    c.section,
    c.page !== undefined ? `${TEXT[lang].page} ${c.page}` : '',
    c.updated ? `${TEXT[lang].updated} ${formatUpdated(c.updated, lang)}` : '',
  ]
    .filter(Boolean)
    .join(' · ');
  const title = c.url ? `*<${c.url}|${escapeMrkdwn(c.title).replace(/\|/g, '¦')}>*` : `*${escapeMrkdwn(c.title)}*`;
  const source = `:page_facing_up: ${title}${where ? ` · ${escapeMrkdwn(where)}` : ''}`;
  const quote = escapeMrkdwn(clip(c.text.replace(/\s+/g, ' ').trim(), QUOTE_MAX));
  return context(`${source}\n> “${quote}”`);
}

/** Notification text (push, screen readers): the answer alone. */
export const answerFallbackText = (reply: BotReply): string => clip(reply.text, 2900);

export const answerFailedText = (lang: Lang): string => TEXT[lang].failed;

/** The answer's blocks with the feedback buttons replaced by a thank-you line. */
export function withFeedbackThanks<B extends { type: string; block_id?: string }>(
  blocks: readonly B[],
  lang: Lang,
): (B | KnownBlock)[] {
  return [...blocks.filter((b) => b.block_id !== BLOCK.feedback), context(TEXT[lang].thanks)];
}

/**
 * A feedback button's value: the rating, the language to thank in and the answer's random id. No
 * content. Buttons posted before feedback_buttons carry no rating (their action id has it).
 */
export const FeedbackValue = {
  encode: (answerId: string, lang: Lang, rating: 'up' | 'down'): string => `${rating}:${lang}:${answerId}`,
  parse(raw: string | undefined): { answerId: string; lang: Lang; rating?: 'up' | 'down' } | undefined {
    const m = /^(?:(up|down):)?(da|en):([\w-]{1,64})$/.exec(raw ?? '');
    if (!m) return undefined;
    return {
      lang: m[2] === 'en' ? 'en' : 'da',
      answerId: m[3] ?? '',
      ...(m[1] ? { rating: m[1] === 'up' ? 'up' : 'down' } : {}),
    };
  },
};
