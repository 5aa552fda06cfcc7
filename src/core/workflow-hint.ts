import type { BotReply, Lang } from './types.js';

// An answer about cancelling a shift or about leave ends with the command that does it, so
// "hvad gør jeg, hvis jeg ikke kan tage min vagt?" leads straight to /afbud. The handbook's shift
// section also covers rotas and pairs, so the question itself must be about cancelling. Slack
// refuses slash commands in threads (bolt-js#1816), so `workflowHint` lets adapters add a button.

const HINTS: { form: 'afbud' | 'orlov'; section: RegExp; asks: RegExp; text: Record<Lang, string> }[] = [
  {
    form: 'afbud',
    section: /aflysning af vagt|afbud/i,
    asks: /afbud|aflys|melde fra|forhindret|\bsyg\b|kan ikke (?:komme|tage|nå)|cancel|call in sick|\bsick\b|can'?t (?:make|come|do)|cannot (?:make|come|do)/i,
    text: { da: '→ Vil du melde afbud nu? Skriv /afbud.', en: '→ Want to cancel a shift now? Type /afbud.' },
  },
  {
    form: 'orlov',
    section: /^orlov/i,
    asks: /./,
    text: { da: '→ Vil du søge orlov? Skriv /orlov.', en: '→ Want to ask for leave? Type /orlov.' },
  },
];

/** The answer with the matching command added, when it cites that section and the question asks about it. */
export function withWorkflowHint(r: BotReply, question: string): BotReply {
  const sections = r.citations.map((c) => c.section.trim());
  if (r.abstained || r.route || !sections.length) return r;
  // Any cited source: "jeg er syg og kan ikke tage min vagt" may lead with "stay home when ill".
  const hint = HINTS.find((h) => sections.some((s) => h.section.test(s)) && h.asks.test(question));
  return hint ? { ...r, text: `${r.text}\n\n${hint.text[r.lang]}`, workflowHint: hint.form } : r;
}
