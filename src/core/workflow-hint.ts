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

/** The answer with the matching command added, when its first source is that section and the question asks about it. */
export function withWorkflowHint(r: BotReply, question: string): BotReply {
  const section = r.citations[0]?.section;
  if (r.abstained || r.route || !section) return r;
  const hint = HINTS.find((h) => h.section.test(section.trim()) && h.asks.test(question));
  return hint ? { ...r, text: `${r.text}\n\n${hint.text[r.lang]}`, workflowHint: hint.form } : r;
}
