import { describe, expect, it } from 'vitest';
import { isCovered } from '../../../src/core/answers/abstention.js';
import { answerQuestion } from '../../../src/core/answers/answer-question.js';
import { ANSWER_TEXTS } from '../../../src/core/answers/texts.js';
import { termsWithParts } from '../../../src/core/knowledge/analyzer.js';
import type { KnowledgeBase } from '../../../src/core/knowledge/knowledge-base.js';
import type { KnowledgeRetriever, SearchHit } from '../../../src/core/knowledge/hybrid-retriever.js';
import type { Concept } from '../../../src/core/knowledge/query.js';
import type { Chunk } from '../../../src/core/types.js';
import { silentLogger as logger } from './knowledge-fixture.js';

// A passage that holds the whole question but is far from it in vector space (a signature, a staff
// card) is answered from, even when it ranks below passages that only partly match.

const chunk = (n: number, text: string): Chunk => ({ id: `politik#${n}`, doc: 'politik', title: 'Frivilligpolitik', section: `Afsnit ${n}`, text });
const hit = (c: Chunk, coverage: number, similarity: number, matched: number): SearchHit => ({ chunk: c, score: 1 / Number(c.id.split('#')[1]), coverage, matched, lexical: 1, similarity });

describe('isCovered', () => {
  it('takes three distinct concepts in place of vector nearness', () => {
    expect(isCovered(hit(chunk(1, 'x'), 0.45, 0.1, 3))).toBe(true);
    expect(isCovered(hit(chunk(1, 'x'), 0.45, 0.1, 2))).toBe(false);
    expect(isCovered(hit(chunk(1, 'x'), 0.45, 0.25, 1))).toBe(true);
    expect(isCovered(hit(chunk(1, 'x'), 0.35, 0.1, 4))).toBe(false);
  });
});

describe('answerQuestion looks below the first three passages', () => {
  const partial = [1, 2, 3].map((n) => chunk(n, `Region Sjælland samarbejder med frivillige, afsnit ${n}.`));
  const signature = chunk(5, 'Vi sætter stor pris på alle frivilliges indsats. Heino Knudsen, regionsrådsformand');
  const concepts: Concept[] = ['regionsrådsformand', 'frivillig'].map((w) => ({ source: w, forms: new Map([[termsWithParts(w)[0]!, 1]]), idf: 3, weight: 1 }));
  const knowledgeWith = (hits: SearchHit[]): KnowledgeBase => {
    const retriever: KnowledgeRetriever = {
      search: async () => ({ hits, query: { concepts, expansionText: '' } }),
      retrieve: async () => hits,
    };
    return { retriever, chunks: [...partial, signature], documents: [], problems: [] };
  };
  const tentativeTop = partial.map((c) => hit(c, 0.35, 0.3, 2));

  it('answers from a covering passage in places 4-6 rather than hedge on the top three', async () => {
    const r = await answerQuestion('who is the chair of the regional council', { knowledge: knowledgeWith([...tentativeTop, hit(chunk(4, 'y'), 0.1, 0.1, 1), hit(signature, 0.52, 0.19, 3)]), logger });
    expect(r.abstained).toBe(false);
    expect(r.citations.map((c) => c.text)).toEqual([signature.text]);
    expect(r.text).toContain('Heino Knudsen');
    expect(r.text.startsWith(ANSWER_TEXTS.en.tentativeLead)).toBe(false);
  });

  it('hedges on the top three when nothing below covers the question either', async () => {
    const r = await answerQuestion('who is the chair of the regional council', { knowledge: knowledgeWith([...tentativeTop, hit(signature, 0.52, 0.19, 2)]), logger });
    expect(r.text.startsWith(ANSWER_TEXTS.en.tentativeLead)).toBe(true);
    expect(r.citations[0]!.text).toBe(partial[0]!.text);
  });
});

describe('a passage below the first three', () => {
  const top = [1, 2, 3].map((n) => chunk(n, `Du er en del af en lokal gruppe af frivillige, afsnit ${n}.`));
  const below = chunk(6, 'Giv gerne besked direkte til din makker, hvis du melder afbud.');
  const concepts: Concept[] = [{ source: 'group', forms: new Map([['grup', 1]]), idf: 2, weight: 1 }];
  const kb = (hits: SearchHit[]): KnowledgeBase => ({
    retriever: { search: async () => ({ hits, query: { concepts, expansionText: '' } }), retrieve: async () => hits },
    chunks: [...top, below],
    documents: [],
    problems: [],
  });

  it('is not taken when it holds only two of the question\'s concepts, however high its coverage', async () => {
    const hits = [hit(top[0]!, 0.36, 0.22, 2), hit(top[1]!, 0.3, 0.2, 2), hit(top[2]!, 0.29, 0.18, 1), hit(below, 0.78, 0.1, 2)];
    const r = await answerQuestion('who are the other volunteers in the group', { knowledge: kb(hits), logger });
    expect(r.citations[0]!.text).toBe(top[0]!.text);
  });
});
