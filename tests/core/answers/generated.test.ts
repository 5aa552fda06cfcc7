import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { answerQuestion } from '../../../src/core/answers/answer-question.js';
import { validateDraft } from '../../../src/core/answers/generated.js';
import type { KnowledgeBase } from '../../../src/core/knowledge/knowledge-base.js';
import type { AnswerGenerator, GeneratedDraft } from '../../../src/core/ports.js';
import type { Chunk, Lang } from '../../../src/core/types.js';
import { capturingLogger } from '../knowledge/log-capture.js';
import { realKnowledge } from './knowledge-fixture.js';

let knowledge: KnowledgeBase;
let cleanup: () => Promise<void>;
beforeAll(async () => {
  ({ knowledge, cleanup } = await realKnowledge());
});
afterAll(async () => {
  await cleanup();
});

type Input = { question: string; lang: Lang; passages: Chunk[] };

/** A small in-test model: writes whatever draft the test asks for and records what it was given. */
class ScriptedGenerator implements AnswerGenerator {
  calls: Input[] = [];
  rewrites: string[] = [];
  constructor(
    private readonly draft: (input: Input, signal?: AbortSignal) => Promise<GeneratedDraft | null>,
    readonly rewrite?: (q: string) => Promise<string | null>,
  ) {
    if (rewrite) this.rewriteQuery = async (q: string) => (this.rewrites.push(q), rewrite(q));
  }
  rewriteQuery?: (q: string) => Promise<string | null>;
  generate(input: Input, signal?: AbortSignal) {
    this.calls.push(input);
    return this.draft(input, signal);
  }
}

const citeFirstWith =
  (phrase: string) =>
  async (input: Input): Promise<GeneratedDraft> => {
    const n = input.passages.findIndex((p) => p.text.includes(phrase)) + 1;
    return { kind: 'answer', text: `Du kan holde orlov i op til seks måneder [${n}].`, cited: [n] };
  };

async function askWith(generator: AnswerGenerator, q = 'Hvor længe kan jeg holde orlov?', generatorTimeoutMs?: number) {
  const cap = capturingLogger();
  const reply = await answerQuestion(q, { knowledge, generator, logger: cap.logger, generatorTimeoutMs });
  return { reply, lines: cap.lines };
}

describe('validateDraft', () => {
  it('accepts a draft whose [n] markers match its citations', () => {
    expect(validateDraft({ kind: 'answer', text: 'Ja [1], og [3].', cited: [1, 3] }, 4).ok).toBe(true);
    expect(validateDraft({ kind: 'abstain' }, 4).ok).toBe(true);
  });
  it.each([
    [null, 'no_draft'],
    [{ kind: 'answer', text: '   ', cited: [1] }, 'empty_text'],
    [{ kind: 'answer', text: 'Ja.', cited: [] }, 'no_citation'],
    [{ kind: 'answer', text: 'Ja [7].', cited: [7] }, 'citation_out_of_range'],
    [{ kind: 'answer', text: 'Ja [0].', cited: [0] }, 'citation_out_of_range'],
    [{ kind: 'answer', text: 'Ja [1] og [2].', cited: [1] }, 'citation_mismatch'],
    [{ kind: 'answer', text: 'Ja.', cited: [2] }, 'citation_mismatch'],
  ])('rejects %j as %s', (draft, reason) => {
    expect(validateDraft(draft as GeneratedDraft | null, 4)).toEqual({ ok: false, reason });
  });
});

describe('answerQuestion with a generator', () => {
  it('uses a valid draft and cites exactly the cited passages, renumbered from 1', async () => {
    const gen = new ScriptedGenerator(citeFirstWith('seks måneder'));
    const { reply } = await askWith(gen);
    expect(gen.calls).toHaveLength(1);
    expect(gen.calls[0]!.passages.length).toBeGreaterThan(1);
    expect(reply.abstained).toBe(false);
    expect(reply.text).toBe('Du kan holde orlov i op til seks måneder [1].');
    expect(reply.citations).toHaveLength(1);
    expect(reply.citations[0]!.text).toContain('seks måneder');
  });

  it.each([
    [
      'an out-of-range citation',
      async (): Promise<GeneratedDraft> => ({ kind: 'answer', text: 'Ja [42].', cited: [42] }),
    ],
    [
      'markers that do not match',
      async (): Promise<GeneratedDraft> => ({ kind: 'answer', text: 'Ja [1] [2].', cited: [1] }),
    ],
    ['no draft', async () => null],
    [
      'an error',
      async (): Promise<GeneratedDraft> => {
        throw Object.assign(new Error('upstream 500 with the question in it'), { status: 500 });
      },
    ],
  ])('falls back to the extractive answer on %s, logging metadata only', async (_name, draft) => {
    const { reply, lines } = await askWith(new ScriptedGenerator(draft));
    expect(reply.abstained).toBe(false);
    expect(reply.text).toContain('Du kan holde orlov i op til seks måneder.');
    expect(reply.text).toMatch(/^Fra "Håndbog for frivillige støtter"/);
    const fallback = lines.find((l) => l.event === 'generator_fallback');
    expect(fallback).toBeDefined();
    expect(JSON.stringify(lines)).not.toContain('orlov');
    expect(JSON.stringify(lines)).not.toContain('question in it');
  });

  it('falls back when the model does not answer in time, and aborts it', async () => {
    let aborted = false;
    const gen = new ScriptedGenerator(
      (_input, signal) =>
        new Promise((resolve) => {
          signal?.addEventListener('abort', () => {
            aborted = true;
            resolve(null);
          });
        }),
    );
    const { reply, lines } = await askWith(gen, undefined, 50);
    expect(reply.text).toContain('seks måneder');
    expect(aborted).toBe(true);
    expect(lines.find((l) => l.event === 'generator_fallback')?.reason).toBe('timeout');
  });

  it('abstains when the model says the passages do not answer', async () => {
    const { reply } = await askWith(new ScriptedGenerator(async () => ({ kind: 'abstain' })));
    expect(reply.abstained).toBe(true);
    expect(reply.citations).toEqual([]);
  });

  it('is not asked when retrieval finds nothing: abstention needs no model', async () => {
    const gen = new ScriptedGenerator(citeFirstWith('x'));
    const { reply } = await askWith(gen, 'Hvem vandt Tour de France i 2023?');
    expect(reply.abstained).toBe(true);
    expect(gen.calls).toHaveLength(0);
  });

  it('adds the Danish rewrite of an English question to the search', async () => {
    const gen = new ScriptedGenerator(
      async (input) => {
        const n = input.passages.findIndex((p) => p.text.includes('kram')) + 1;
        return n > 0 ? { kind: 'answer', text: `Nej [${n}].`, cited: [n] } : null;
      },
      async () => 'fysisk kontakt kram håndtryk',
    );
    const { reply } = await askWith(gen, 'Is a cuddle ok?');
    expect(gen.rewrites).toEqual(['Is a cuddle ok?']);
    expect(reply.text).toBe('Nej [1].');
    expect(reply.citations[0]!.text).toContain('kram');
  });
});
