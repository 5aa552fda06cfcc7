import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { chunkBlocks, MAX_CHUNK_CHARS, splitSentences } from '../../../src/core/knowledge/ingest/chunker.js';
import { toBlocks } from '../../../src/core/knowledge/ingest/structure.js';

const meta = { doc: 'haandbog-frivillig-stoette', title: 'Håndbog for frivillige støtter' };
const handbookChunks = () =>
  chunkBlocks(toBlocks([{ text: readFileSync('knowledge/haandbog-frivillig-stoette.txt', 'utf8') }]), meta);

describe('section chunking', () => {
  it('gives every chunk its document, title and section, small enough to quote', () => {
    const chunks = handbookChunks();
    expect(chunks.length).toBeGreaterThan(30);
    for (const c of chunks) {
      expect(c.doc).toBe(meta.doc);
      expect(c.title).toBe(meta.title);
      expect(c.section).not.toBe('');
      expect(c.text.length).toBeLessThanOrEqual(MAX_CHUNK_CHARS);
    }
    expect(new Set(chunks.map((c) => c.id)).size).toBe(chunks.length);
  });

  it('keeps the six-month leave rule under its own heading', () => {
    const orlov = handbookChunks().find((c) => c.text.includes('Du kan holde orlov i op til seks måneder.'));
    expect(orlov?.section).toBe('Orlov – hvis du har brug for en pause');
  });

  it('splits a long section into windows that overlap by a sentence', () => {
    const long = Array.from(
      { length: 12 },
      (_, i) => `Sætning nummer ${i + 1} handler om vagter og frivillige på hospitalet i Danmark.`,
    );
    const blocks = [
      { kind: 'heading' as const, text: 'Lang sektion' },
      ...long.map((text) => ({ kind: 'para' as const, text })),
    ];
    const chunks = chunkBlocks(blocks, { doc: 'x', title: 'X' });
    expect(chunks.length).toBeGreaterThan(1);
    expect(chunks.every((c) => c.section === 'Lang sektion')).toBe(true);
    const firstLast = chunks[0]!.text.split('\n').at(-1)!;
    expect(chunks[1]!.text.startsWith(firstLast)).toBe(true);
  });

  it('moves a list intro to the window that holds its items', () => {
    const filler = Array.from({ length: 5 }, (_, i) => ({
      kind: 'para' as const,
      text: `${`Afsnit ${i} `.repeat(15).trim()}.`,
    }));
    const blocks = [
      { kind: 'heading' as const, text: 'Hygiejne' },
      ...filler,
      { kind: 'para' as const, text: 'Husk:' },
      { kind: 'bullet' as const, text: 'Sprit hænder før og efter hver samtale' },
    ];
    const chunks = chunkBlocks(blocks, { doc: 'x', title: 'X' });
    const withItem = chunks.find((c) => c.text.includes('Sprit hænder'));
    expect(withItem?.text).toContain('Husk:\n• Sprit hænder');
  });

  it('drops a title page without sentences', () => {
    const chunks = chunkBlocks(
      [
        { kind: 'para', text: 'Region Sjællands FRIVILLIGPOLITIK 2021' },
        { kind: 'heading', text: 'Forord' },
        {
          kind: 'para',
          text: 'Frivillige bidrager med en særlig indsats til patienter, som er i behandling på regionens sygehuse og i psykiatrien. '.repeat(
            2,
          ),
        },
      ],
      { doc: 'x', title: 'X' },
    );
    expect(chunks.map((c) => c.section)).toEqual(['Forord']);
    expect(chunks[0]!.text).not.toContain('FRIVILLIGPOLITIK');
  });

  it('splits sentences at a full stop before a capital, not inside "fx" or numbers', () => {
    expect(
      splitSentences('Du kan holde orlov i op til seks måneder. Når perioden er slut, kan du: fx 6-8 gange.'),
    ).toEqual(['Du kan holde orlov i op til seks måneder.', 'Når perioden er slut, kan du: fx 6-8 gange.']);
  });
});
