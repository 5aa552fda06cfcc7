import { readFile } from 'node:fs/promises';
import { basename, extname, join } from 'node:path';
import { z } from 'zod';
import type { Logger } from '../logger.js';
import type { Clock } from './ports.js';
import type { BotReply, Citation, Lang } from './types.js';
import { addMonths, todayIn } from './workflows/dates.js';

// Where a volunteer can open a cited document, and how old it is: the optional `url` and
// `updated` of each document in knowledge/manifest.json. Both may be empty (unknown): a link is
// only shown when the organisation has given one, never guessed. An answer that rests on a
// source last updated more than a year ago says so.

/** "2021", "2024-03" or "2024-03-12"; empty or absent: unknown. */
const Updated = z.union([
  z.literal(''),
  z.string().regex(/^\d{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?)?$/),
]);
const Url = z.union([z.literal(''), z.url({ protocol: /^https?$/ })]);

const SourcesSchema = z.object({
  documents: z.array(
    z.looseObject({ file: z.string().min(1), url: z.unknown().optional(), updated: z.unknown().optional() }),
  ),
});

export interface SourceLink {
  url?: string;
  updated?: string;
}

/** Per document id (file name without extension). A bad url or date is left out and reported by file name. */
export async function readSourceLinks(knowledgeDir: string, logger: Logger): Promise<Map<string, SourceLink>> {
  const links = new Map<string, SourceLink>();
  let parsed: z.infer<typeof SourcesSchema>;
  try {
    parsed = SourcesSchema.parse(JSON.parse(await readFile(join(knowledgeDir, 'manifest.json'), 'utf8')));
  } catch {
    return links; // the knowledge loader reports a missing or broken manifest
  }
  for (const d of parsed.documents) {
    const url = Url.safeParse(d.url ?? '');
    const updated = Updated.safeParse(d.updated ?? '');
    if (!url.success || !updated.success) {
      logger.warn(
        { event: 'knowledge_source_link_invalid', file: d.file, url: url.success, updated: updated.success },
        'manifest url or updated not usable',
      );
    }
    const link: SourceLink = {
      ...(url.success && url.data ? { url: url.data } : {}),
      ...(updated.success && updated.data ? { updated: updated.data } : {}),
    };
    if (link.url || link.updated) links.set(basename(d.file, extname(d.file)), link);
  }
  return links;
}

const MONTHS = {
  da: [
    'januar',
    'februar',
    'marts',
    'april',
    'maj',
    'juni',
    'juli',
    'august',
    'september',
    'oktober',
    'november',
    'december',
  ],
  en: [
    'January',
    'February',
    'March',
    'April',
    'May',
    'June',
    'July',
    'August',
    'September',
    'October',
    'November',
    'December',
  ],
} as const;

/** "2024" / "marts 2024" / "12. marts 2024" (en: "March 2024", "12 March 2024"). */
export function formatUpdated(updated: string, lang: Lang): string {
  const [y, m, d] = updated.split('-');
  if (!m) return y!;
  const month = MONTHS[lang][Number(m) - 1]!;
  if (!d) return `${month} ${y}`;
  return lang === 'da' ? `${Number(d)}. ${month} ${y}` : `${Number(d)} ${month} ${y}`;
}

/** The last day the date could mean: a source is only called old once it surely is. */
function lastDayOf(updated: string): string {
  const [y, m, d] = updated.split('-');
  if (d) return updated;
  const month = Number(m ?? '12');
  const last = new Date(Date.UTC(Number(y), month, 0)).getUTCDate();
  return `${y}-${String(month).padStart(2, '0')}-${String(last).padStart(2, '0')}`;
}

export function isOlderThanAYear(updated: string, today: string): boolean {
  return addMonths(lastDayOf(updated), 12) < today;
}

const AGE_NOTE = {
  da: (list: string, _many: boolean) =>
    `Bemærk: ${list} er mere end et år gammel. Spørg din frivilligkonsulent, hvis du er i tvivl om, at det stadig gælder.`,
  en: (list: string, many: boolean) =>
    `Note: ${list} ${many ? 'are' : 'is'} more than a year old. Ask your volunteer consultant if you are unsure ${many ? 'they still apply' : 'it still applies'}.`,
} as const;

/**
 * The citations with their links and dates, and, on an answer (not an abstention or a safety
 * reply), a closing line naming each cited source more than a year old.
 */
export function withSourceLinks(reply: BotReply, links: Map<string, SourceLink>, clock: Clock): BotReply {
  if (links.size === 0 || reply.citations.length === 0) return reply;
  const citations: Citation[] = reply.citations.map((c) => ({ ...c, ...links.get(c.doc) }));
  const answered = !reply.abstained && reply.route === null && !reply.acuteDanger;
  const today = todayIn(clock);
  const old = new Map<string, string>();
  for (const c of citations) if (c.updated && isOlderThanAYear(c.updated, today)) old.set(c.title, c.updated);
  if (!answered || old.size === 0) return { ...reply, citations };
  const from = reply.lang === 'da' ? 'fra' : 'from';
  const source = reply.lang === 'da' ? 'kilden' : 'the source';
  const list = [...old]
    .map(([title, updated]) => `${source} "${title}" (${from} ${formatUpdated(updated, reply.lang)})`)
    .join(reply.lang === 'da' ? ' og ' : ' and ');
  return { ...reply, citations, text: `${reply.text}\n\n${AGE_NOTE[reply.lang](list, old.size > 1)}` };
}
