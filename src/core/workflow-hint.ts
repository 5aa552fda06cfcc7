import type { BotReply, Lang } from './types.js';

// An answer from the handbook's section on cancelling a shift or on leave ends with the command
// that does it, so "hvad gør jeg, hvis jeg ikke kan tage min vagt?" leads straight to /afbud.
// Slack, Teams and the terminal all take the command as typed.

const HINTS: { section: RegExp; text: Record<Lang, string> }[] = [
  { section: /aflysning af vagt|afbud/i, text: { da: '→ Vil du melde afbud nu? Skriv /afbud.', en: '→ Want to cancel a shift now? Type /afbud.' } },
  { section: /^orlov/i, text: { da: '→ Vil du søge orlov? Skriv /orlov.', en: '→ Want to ask for leave? Type /orlov.' } },
];

/** The answer with the matching command added, when its first source is that section. */
export function withWorkflowHint(r: BotReply): BotReply {
  const section = r.citations[0]?.section;
  if (r.abstained || r.route || !section) return r;
  const hint = HINTS.find((h) => h.section.test(section.trim()));
  return hint ? { ...r, text: `${r.text}\n\n${hint.text[r.lang]}` } : r;
}
