import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { answeringChunk } from '../../../src/core/answers/extractive.js';
import { Bm25Index } from '../../../src/core/knowledge/index/bm25.js';
import { HashedEmbedder } from '../../../src/core/knowledge/index/hashed-embedder.js';
import { VectorStore } from '../../../src/core/knowledge/index/vector-store.js';
import { DEFAULT_AUTHORITY, readManifest } from '../../../src/core/knowledge/ingest/manifest.js';
import { terms } from '../../../src/core/knowledge/query/analyzer.js';
import { Glossary } from '../../../src/core/knowledge/query/glossary.js';
import { analyseQuery } from '../../../src/core/knowledge/query/query.js';
import { HybridRetriever, isNarrative } from '../../../src/core/knowledge/rank/hybrid-retriever.js';
import type { Chunk } from '../../../src/core/types.js';

describe('narrative passages', () => {
  it('tells a first-person story from a rule', () => {
    expect(isNarrative('Jeg er blevet afklaret omkring min egen sygdom, og det giver mig en identitet tilbage.')).toBe(
      true,
    );
    expect(isNarrative('Hvis du bliver forhindret i at tage en vagt, skal du melde afbud så tidligt som muligt.')).toBe(
      false,
    );
    // One quoted example sentence in a long instruction is not a story.
    expect(
      isNarrative(
        'Sig det højt i samtalen – hvis det føles naturligt, kan du nævne din bekymring direkte over for forælderen, ' +
          'fx: "Jeg kan mærke, at jeg bliver lidt bekymret – hvordan har I det egentlig?" Tal med din konsulent, ' +
          'du kan altid kontakte din konsulent i Hjerteforeningen og få sparring om, hvordan du skal forholde dig, ' +
          'og del din bekymring med personalet, hvis du er på hospitalet.',
      ),
    ).toBe(false);
  });
});

describe('manifest authority', () => {
  it('reads a document authority and defaults the rest to background', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'hjertebot-manifest-'));
    try {
      const path = join(dir, 'manifest.json');
      await writeFile(
        path,
        JSON.stringify({
          description: 'x',
          documents: [
            { file: 'a.txt', title: 'A', authority: 1 },
            { file: 'b.md', title: 'B' },
          ],
        }),
      );
      const m = await readManifest(path);
      expect(m.get('a.txt')!.authority).toBe(1);
      expect(m.get('b.md')!.authority).toBe(DEFAULT_AUTHORITY);
      await writeFile(path, JSON.stringify({ documents: [{ file: 'a.txt', title: 'A', authority: 3 }] }));
      await expect(readManifest(path)).rejects.toThrow();
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});

describe('the answering chunk of a section', () => {
  const chunk = (id: string, section: string, text: string): Chunk => ({ id, doc: 'h', title: 'H', section, text });
  const a = chunk('h#1', 'Samarbejde', 'Et godt samarbejde med personalet er vigtigt.');
  const b = chunk('h#2', 'Samarbejde', 'Du skal melde din ankomst til personalet på afdelingen.');
  const c = chunk('h#3', 'Hygiejne', 'Meld din ankomst og sprit hænder.');
  const far = chunk('h#9', 'Samarbejde', 'Meld din ankomst til personalet, når du møder ind.');
  const index = new Bm25Index([a, b, c, far].map((x) => terms(x.text)));
  const concepts = analyseQuery('ankomst personalet', index, Glossary.empty(), [...index.vocabulary()]).concepts;

  it('quotes the neighbour in the same section whose sentence holds more of the question', () => {
    expect(answeringChunk(a, [a, b], concepts, 'ankomst personalet')).toBe(b);
  });
  it('keeps the top passage when no neighbour of its own section does better', () => {
    expect(answeringChunk(a, [a, c], concepts, 'ankomst personalet')).toBe(a);
    expect(answeringChunk(a, [a, far], concepts, 'ankomst personalet')).toBe(a);
    expect(answeringChunk(b, [a, b], concepts, 'ankomst personalet')).toBe(b);
  });
});

describe('ranking priors', () => {
  const rule = 'Tavshedspligten gælder over for andre frivillige, familie og venner.';
  const chunks: Chunk[] = [
    { id: 'policy#1', doc: 'policy', title: 'Policy', section: 'Aftaler', text: rule },
    { id: 'handbook#1', doc: 'handbook', title: 'Handbook', section: 'Tavshedspligt', text: rule },
    {
      id: 'toolkit#1',
      doc: 'toolkit',
      title: 'Toolkit',
      section: 'En frivillig fortæller',
      text: `Jeg synes min ${rule} Det lærte jeg mig selv.`,
    },
  ];
  const retriever = async (authority?: Map<string, number>) => {
    const embedder = new HashedEmbedder(256);
    const vectors = VectorStore.build(await embedder.embedDocuments(chunks.map((c) => c.text)), embedder.dimensions);
    return new HybridRetriever(chunks, vectors, embedder, Glossary.empty(), { authority });
  };

  it('breaks a tie for the document with more authority, and ranks a personal story last', async () => {
    const plain = await (await retriever()).retrieve('tavshedspligt familie venner', 3);
    // Without authority the tie goes to document order.
    expect(plain[0]!.chunk.id).toBe('policy#1');
    const ranked = await (
      await retriever(
        new Map([
          ['handbook', 1],
          ['policy', 0.3],
          ['toolkit', 0.3],
        ]),
      )
    ).retrieve('tavshedspligt familie venner', 3);
    expect(ranked.map((r) => r.chunk.id)).toEqual(['handbook#1', 'policy#1', 'toolkit#1']);
  });
});
