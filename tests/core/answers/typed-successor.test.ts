import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../../../src/core/answers/answer-question.js';
import { DEFAULT_WEIGHTS, type HybridRetriever } from '../../../src/core/knowledge/rank/hybrid-retriever.js';
import { silentLogger as logger, useRealKnowledge } from './knowledge-fixture.js';

// The handbook explains a duty ("Underretningspligt") and gives what to do after a sub-heading
// ("Hvis du bliver bekymret – hvad kan du gøre?"). A question that asks what to do reaches the
// instructions; one that only tells does not pull them up.

const WHAT_TO_DO = 'Hvis du bliver bekymret – hvad kan du gøre?';

describe('instructions in the passage after the top one', () => {
  const knowledge = useRealKnowledge();
  const sectionAt = async (q: string, rank: number) =>
    (await knowledge().retriever.search(q, { k: 10 })).hits[rank]?.chunk.section;

  it('rank second and are quoted when the question asks what to do', async () => {
    const q = 'hvad hvis en forælder fortæller mig at barnet ikke trives derhjemme?';
    // The duty and what to do about it lead, in either order (the bank may already put the
    // instructions first; when it does not, this step moves them up to second).
    expect(new Set([await sectionAt(q, 0), await sectionAt(q, 1)])).toEqual(
      new Set(['Underretningspligt', WHAT_TO_DO]),
    );
    const r = await answerQuestion(q, { knowledge: knowledge(), logger });
    expect(r.abstained).toBe(false);
    expect(r.citations.map((c) => c.section)).toContain(WHAT_TO_DO);
    expect(r.text).toContain('Tal med din konsulent');
  });

  it('stay where they ranked when the message asks for no kind of answer', async () => {
    // Without the question bank and its classifier, whose worried-volunteer questions point at the instructions on their own.
    const retriever = (knowledge().retriever as HybridRetriever).withWeights({
      ...DEFAULT_WEIGHTS,
      bank: 0,
      classifier: 0,
    });
    const hits = (await retriever.search('en forælder fortæller mig at barnet ikke trives derhjemme', { k: 10 })).hits;
    expect(hits[1]?.chunk.section).not.toBe(WHAT_TO_DO);
  });
});
