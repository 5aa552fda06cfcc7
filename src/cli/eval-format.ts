import type { BotReply } from '../core/types.js';

// One line of eval output, exactly as ../shared/eval/README.md describes it. A passage's text is
// given under its section heading, as the answer shows it ("Håndbog · Hvis du bliver bekymret –
// hvad kan du gøre?"): a heading names what the passage is about.

export interface EvalQuestion {
  id: string;
  question: string;
  lang?: string;
}

export function evalLine(q: EvalQuestion, r: BotReply, ms: number) {
  return {
    id: q.id,
    retrieved: r.retrieved.map((p) => ({ doc: p.chunk.doc, text: withHeading(p.chunk) })),
    answer: r.text,
    citations: r.citations.map((c) => ({ doc: c.doc, text: withHeading(c) })),
    abstained: r.abstained,
    route: r.route,
    offerBekymring: r.offerBekymring,
    piiWarning: r.piiWarning,
    ms: Math.round(ms * 100) / 100,
  };
}

const withHeading = (p: { section: string; text: string }) => (p.section ? `${p.section}\n${p.text}` : p.text);

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
