import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { citationBlock } from '../../src/adapters/slack/render/answer.js';
import { renderReply as teamsReply } from '../../src/adapters/teams/render/answer.js';
import { citationEntity } from '../../src/adapters/teams/render/citations.js';
import { renderReply as terminalReply } from '../../src/adapters/terminal/render.js';
import { formatUpdated, isOlderThanAYear, readSourceLinks, withSourceLinks } from '../../src/core/sources.js';
import type { Citation } from '../../src/core/types.js';
import { botReply } from '../support/bot-reply.js';
import { capturingLogger, FakeClock } from './workflows/support.js';

// Citations a volunteer can open: the optional url and updated date of each document in
// knowledge/manifest.json, shown on every platform, and an answer that says when its source is
// more than a year old.

const clock = new FakeClock('2026-03-10T09:00:00+01:00');
const policy: Citation = { doc: 'politik', title: 'Frivilligpolitik', section: 'Forord', text: 'Frivillige bidrager.' };
const handbook: Citation = {
  doc: 'haandbog',
  title: 'Håndbog',
  section: 'Orlov',
  page: 4,
  text: 'Orlov i op til seks måneder.',
};
const links = new Map([
  ['politik', { url: 'https://example.org/politik.pdf', updated: '2021' }],
  ['haandbog', { updated: '2025-09' }],
]);

describe('manifest url and updated', () => {
  let dir: string;
  const log = capturingLogger();
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'hjertebot-sources-'));
    const documents = [
      { file: 'politik.txt', title: 'P', url: 'https://example.org/politik.pdf', updated: '2021' },
      { file: 'haandbog.txt', title: 'H', url: '', updated: '2025-09-01' },
      { file: 'ukendt.txt', title: 'U' },
      { file: 'farlig.txt', title: 'F', url: 'javascript:alert(1)', updated: 'sidste år' },
    ];
    await writeFile(join(dir, 'manifest.json'), JSON.stringify({ documents }));
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it('reads them per document; empty or absent means unknown; a bad url or date is dropped and named', async () => {
    const read = await readSourceLinks(dir, log.logger);
    expect(Object.fromEntries(read)).toEqual({
      politik: { url: 'https://example.org/politik.pdf', updated: '2021' },
      haandbog: { updated: '2025-09-01' },
    });
    expect(log.lines()).toContain('"file":"farlig.txt"');
  });

  it('the shipped manifest has no invented addresses', async () => {
    const shipped = await readSourceLinks(join(import.meta.dirname, '../../knowledge'), log.logger);
    for (const link of shipped.values()) expect(link.url).toBeUndefined();
    expect(shipped.get('frivilligpolitik-region-sjaelland-2021')).toEqual({ updated: '2021' });
  });

  it('formats and ages dates by the last day they can mean', () => {
    expect(formatUpdated('2021', 'da')).toBe('2021');
    expect(formatUpdated('2024-03', 'da')).toBe('marts 2024');
    expect(formatUpdated('2024-03-12', 'en')).toBe('12 March 2024');
    expect(isOlderThanAYear('2025', '2026-03-10')).toBe(false); // may mean 31 December 2025
    expect(isOlderThanAYear('2025-03', '2026-03-10')).toBe(false);
    expect(isOlderThanAYear('2025-03-09', '2026-03-10')).toBe(true);
    expect(isOlderThanAYear('2021', '2026-03-10')).toBe(true);
  });
});

describe('answers say when a source is more than a year old', () => {
  it('adds the links to the citations and names the old source', () => {
    const r = withSourceLinks(botReply({ text: 'Svar.', citations: [policy, handbook] }), links, clock);
    expect(r.citations[0]).toMatchObject({ url: 'https://example.org/politik.pdf', updated: '2021' });
    expect(r.citations[1]).toMatchObject({ updated: '2025-09' });
    expect(r.text).toBe(
      'Svar.\n\nBemærk: kilden "Frivilligpolitik" (fra 2021) er mere end et år gammel. Spørg din frivilligkonsulent, hvis du er i tvivl om, at det stadig gælder.',
    );
  });

  it('in English too; a recent source alone gets no note', () => {
    expect(withSourceLinks(botReply({ lang: 'en', citations: [policy] }), links, clock).text).toMatch(
      /^Svar\.\n\nNote: the source "Frivilligpolitik" \(from 2021\) is more than a year old\./,
    );
    expect(withSourceLinks(botReply({ citations: [handbook] }), links, clock).text).toBe('Svar.');
  });

  it('no note on an abstention or a safety reply, but the links are still there', () => {
    for (const over of [{ abstained: true }, { route: 'afvaergepligt' as const, acuteDanger: true }]) {
      const r = withSourceLinks(botReply({ ...over, citations: [policy] }), links, clock);
      expect(r.text).toBe('Svar.');
      expect(r.citations[0]?.url).toBe('https://example.org/politik.pdf');
    }
  });
});

describe('every platform shows the link and the date', () => {
  const linked = { ...policy, url: 'https://example.org/politik.pdf', updated: '2021' };

  it('Slack: the title links to the document, the date follows the section', () => {
    const text = JSON.stringify(citationBlock(linked, 'da'));
    expect(text).toContain('*<https://example.org/politik.pdf|Frivilligpolitik>* · Forord · opdateret 2021');
    expect(JSON.stringify(citationBlock(handbook, 'da'))).toContain('*Håndbog* · Orlov · s. 4');
  });

  it('Teams: the citation entity carries the url, the sources card links the label', () => {
    const entity = citationEntity([linked], 'da') as { citation: { appearance: { url?: string; name: string } }[] };
    expect(entity.citation[0]!.appearance).toMatchObject({
      url: 'https://example.org/politik.pdf',
      name: 'Frivilligpolitik · Forord · opdateret 2021',
    });
    const card = JSON.stringify(teamsReply(botReply({ citations: [linked] })).attachments);
    expect(card).toContain('[1] [Frivilligpolitik · Forord · opdateret 2021](https://example.org/politik.pdf)');
  });

  it('terminal: the date in the label and the address on its own line', () => {
    const out = terminalReply(botReply({ citations: [linked] }));
    expect(out).toContain('[1] Frivilligpolitik · Forord · opdateret 2021\n    https://example.org/politik.pdf\n');
  });
});
