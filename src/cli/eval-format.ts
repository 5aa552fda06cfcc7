import type { BotReply } from '../core/types.js';

// One line of eval output, exactly as ../shared/eval/README.md describes it.

export interface EvalQuestion {
  id: string;
  question: string;
  lang?: string;
}

export function evalLine(q: EvalQuestion, r: BotReply, ms: number) {
  return {
    id: q.id,
    retrieved: r.retrieved.map((p) => ({ doc: p.chunk.doc, text: p.chunk.text })),
    answer: r.text,
    citations: r.citations.map((c) => ({ doc: c.doc, text: c.text })),
    abstained: r.abstained,
    route: r.route,
    offerBekymring: r.offerBekymring,
    piiWarning: r.piiWarning,
    ms: Math.round(ms * 100) / 100,
  };
}

export function parseQuestions(jsonl: string): EvalQuestion[] {
  return jsonl
    .split('\n')
    .filter((l) => l.trim())
    .map((l, n) => {
      const o = JSON.parse(l) as Partial<EvalQuestion>;
      if (typeof o.id !== 'string' || typeof o.question !== 'string')
        throw new Error(`line ${n + 1}: needs "id" and "question"`);
      return { id: o.id, question: o.question, lang: o.lang };
    });
}
