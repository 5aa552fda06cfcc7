import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { isFurniture, normaliseChars } from '../../../src/core/knowledge/ingest/clean-lines.js';
import { toBlocks } from '../../../src/core/knowledge/ingest/structure.js';

const blocksOf = (text: string) => toBlocks([{ text }]);
const handbook = () => readFileSync('knowledge/haandbog-frivillig-stoette.txt', 'utf8');

describe('cleaning PDF extraction artefacts', () => {
  it('joins words hyphenated over a line break but keeps real compound hyphens', () => {
    const text = 'Som frivillig i denne peer-støtte ind-\nsats møder du mange frivillige peer-\nstøtte-\nprojekter.\n';
    const [para] = blocksOf(text);
    expect(para?.text).toBe(
      'Som frivillig i denne peer-støtte indsats møder du mange frivillige peer-støtteprojekter.',
    );
  });

  it('keeps "Tavsheds- og" and joins a heading the PDF split over two lines', () => {
    const blocks = blocksOf(
      ' Tavsheds- og \nafværgepligt \n\nSom støtte forpligter du dig til at overholde din tavshedspligt.\n',
    );
    expect(blocks[0]).toEqual({ kind: 'heading', text: 'Tavsheds- og afværgepligt', page: undefined });
    expect(blocks[1]?.kind).toBe('para');
  });

  it('drops page numbers, letter-spaced running heads and link annotations', () => {
    expect(isFurniture('14')).toBe(true);
    expect(isFurniture('R E G I O N  S J Æ L L A N D S  F R I V I L L I G P O L I T I K  2 0 2 1')).toBe(true);
    expect(isFurniture('mailto:someone@example.org')).toBe(true);
    expect(isFurniture('Hygiejne')).toBe(false);
    const blocks = blocksOf('Første del af en sætning\n\n3\n\nfortsætter her.\n');
    expect(blocks.map((b) => b.text)).toEqual(['Første del af en sætning fortsætter her.']);
  });

  it('turns PDF bullet glyphs into list items and removes replacement characters', () => {
    expect(normaliseChars('•\t\uFFFD udføres for andre')).toBe('• udføres for andre');
    const blocks = blocksOf(
      'Husk:\n• Sprit hænder før og efter hver samtale\n•\t\uFFFD Undlad fysisk kontakt som håndtryk eller kram – hold \ngenerel afstand.\n',
    );
    expect(blocks.filter((b) => b.kind === 'bullet').map((b) => b.text)).toEqual([
      'Sprit hænder før og efter hver samtale',
      'Undlad fysisk kontakt som håndtryk eller kram – hold generel afstand.',
    ]);
  });

  it('keeps a contact card together instead of reading the name as a heading', () => {
    const blocks = blocksOf(
      'Kirsten Magaard\nFrivilligkonsulent / Region Syd\nkmagaard@hjerteforeningen.dk\nTelefon: +45 61 42 02 69\n',
    );
    expect(blocks).toHaveLength(1);
    expect(blocks[0]?.kind).toBe('card');
    expect(blocks[0]?.text).toContain('Kirsten Magaard, Frivilligkonsulent / Region Syd');
  });

  it('finds the handbook sections, with split headings joined', () => {
    const headings = toBlocks([{ text: handbook() }])
      .filter((b) => b.kind === 'heading')
      .map((b) => b.text);
    expect(headings).toEqual(
      expect.arrayContaining([
        'Introduktion til indsatsen',
        'Tavsheds- og afværgepligt',
        'Orlov – hvis du har brug for en pause',
        'Hvordan vi passer på hinanden – grænseoverskridende og krænkende adfærd',
        'Til dig, der har samtaler over telefon',
        'Refusion af transportudgifter',
        'Tøj og navneskilt',
      ]),
    );
    expect(headings).not.toContain('Husk');
    expect(headings.every((h) => h.length <= 80)).toBe(true);
  });

  it('leaves no line-break hyphenation or running heads in the cleaned text', () => {
    const all = toBlocks([{ text: readFileSync('knowledge/frivilligpolitik-region-sjaelland-2021.txt', 'utf8') }])
      .map((b) => b.text)
      .join('\n');
    expect(all).toContain('indsats til patienter');
    expect(all).toContain('sundhedsvæsenet');
    expect(all).toContain('velfungerende samarbejde');
    expect(all).toContain('hjemme- og akutsygeplejersker');
    expect(all).not.toMatch(/R E G I O N/);
    expect(all).not.toMatch(/\bind- sats|\bsam- arbejde/);
  });

  it('keeps a signature (a name over a role) but still drops decorative word clouds', () => {
    const signed = blocksOf('Vi sætter stor pris på alle frivilliges indsats.\n\nHeino Knudsen\nRegionsrådsformand\n');
    expect(signed.map((b) => b.text)).toEqual([
      'Vi sætter stor pris på alle frivilliges indsats.',
      'Heino Knudsen, Regionsrådsformand',
    ]);
    expect(blocksOf('Spildte år\nOpløftet\nHåb\n')).toEqual([]);
    expect(blocksOf('Positiv rolle\nSmitte\n')).toEqual([]);
  });
});
