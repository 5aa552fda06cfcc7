import { clip } from '../../../core/clip.js';
import { formatUpdated } from '../../../core/sources.js';
import type { Citation, Lang } from '../../../core/types.js';
import { type CardElement, textBlock } from './card.js';
import { texts } from './texts.js';

// Citations twice over: Teams' own citation entities (the numbered pills and their pop-ups) and
// a "Sources" list in the card, which every client shows, with document · section/page and quote.

/** "Håndbog for frivillige · Tavshedspligt · s. 4 · opdateret 2021" */
export function sourceLabel(c: Citation, lang: Lang): string {
  const parts = [c.title || c.doc];
  if (c.section) parts.push(c.section);
  if (c.page !== undefined) parts.push(`${texts(lang).page} ${c.page}`);
  if (c.updated) parts.push(`${texts(lang).updated} ${formatUpdated(c.updated, lang)}`);
  return parts.join(' · ');
}

/**
 * The message entity Teams reads citations from (name ≤ 80 and abstract ≤ 160 characters), and
 * where the "AI generated" label is asked for: only on text a model wrote, never on quotes.
 */
export function citationEntity(
  citations: Citation[],
  lang: Lang,
  opts: { generated?: boolean } = {},
): Record<string, unknown> {
  return {
    type: 'https://schema.org/Message',
    '@type': 'Message',
    '@context': 'https://schema.org',
    '@id': '',
    ...(opts.generated ? { additionalType: ['AIGeneratedContent'] } : {}),
    citation: citations.map((c, i) => ({
      '@type': 'Claim',
      position: i + 1,
      appearance: {
        '@type': 'DigitalDocument',
        name: clip(sourceLabel(c, lang), 80),
        abstract: clip(c.text.replace(/\s+/g, ' ').trim(), 160),
        ...(c.url ? { url: c.url } : {}),
        ...(c.section ? { keywords: [clip(c.section, 30)] } : {}),
      },
    })),
  };
}

/** Teams shows citation pills only where the text has [n] markers; add them when the core's text has none. */
export function withCitationMarkers(text: string, count: number, lang: Lang): string {
  if (count === 0 || /\[\d+\]/.test(text)) return text;
  const markers = Array.from({ length: count }, (_, i) => `[${i + 1}]`).join(' ');
  return `${text}\n\n${texts(lang).sources}: ${markers}`;
}

export function sourcesBlock(citations: Citation[], lang: Lang): CardElement[] {
  if (citations.length === 0) return [];
  return [
    textBlock(texts(lang).sources, { weight: 'Bolder', separator: true, spacing: 'Medium' }),
    ...citations.flatMap((c, i) => [
      // A TextBlock renders Markdown links: the label opens the document when its address is known.
      textBlock(
        `[${i + 1}] ${c.url ? `[${sourceLabel(c, lang).replace(/[[\]]/g, '')}](${c.url})` : sourceLabel(c, lang)}`,
        { weight: 'Bolder', size: 'Small', spacing: 'Small' },
      ),
      textBlock(`“${c.text.trim()}”`, { isSubtle: true, size: 'Small', spacing: 'None' }),
    ]),
  ];
}
