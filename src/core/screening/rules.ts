import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { screeningForm } from './normalize.js';
import { SLOTS } from './slots.js';

// Screening rules as reviewed data (config/screening/*.json), like knowledge/glossary.json: each
// entry lists phrases in ordinary Danish or English, the messages it exists for (examples) and
// messages it must leave calm (nearMisses). Tests are derived from both. The grammar (slots,
// gates, folding) is TypeScript; the words are data a consultant can propose.
//
// Phrase syntax: words as written ("er bekymret for {person}"); æøå, case and chat spellings are
// folded at load. "word*" = any ending; "(a|b c)" = either; "x [optional] y" = an optional word;
// "{slot}" = a slot from slots.ts.

export const RULES_DIR = new URL('../../../config/screening/', import.meta.url);

const Entry = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/, 'ids are lower-case words joined by "-"'),
  /** Why the entry exists, in a sentence. */
  note: z.string().min(1),
  /** none: every match counts; report: not in a hypothetical or a question about the word; other-child: a report about someone else's child. */
  gate: z.enum(['none', 'report', 'other-child']),
  phrases: z.array(z.string().min(2)).min(1),
  examples: z.array(z.string().min(3)).min(1),
  nearMisses: z.array(z.string().min(3)).min(1),
});
const RuleFile = z.object({
  $comment: z.string().optional(),
  reason: z.enum(['worried', 'child-home', 'harm-happened', 'concern-words']),
  entries: z.array(Entry).min(1),
});
export type RuleEntry = z.infer<typeof Entry>;
export type OfferReason = z.infer<typeof RuleFile>['reason'];

export interface CompiledEntry extends RuleEntry {
  reason: OfferReason;
  pattern: RegExp;
}

// " [a|b]" optional words, "(a|b)" alternatives, "{slot}", "*", regex characters to escape, plain text.
const TOKEN = / \[([^\]]*)\]|\(([^()]*)\)|\{(\w+)\}|\*|[.?+^$\\|]|(?:(?! \[)[^(){}[\]*.?+^$\\|])+/g;

/** One phrase as a regular expression source, on screeningForm()ed text. */
export function compilePhrase(phrase: string, where: string): string {
  if (/\([^)]*\(|\[[^\]]*[[(]/.test(phrase)) throw new Error(`${where}: "${phrase}" nests brackets; write the alternatives out`);
  const alternatives = (list: string) => list.split('|').map((a) => compilePhrase(a, where)).join('|');
  let out = '';
  for (const m of screeningForm(phrase).matchAll(TOKEN)) {
    const [token, optional, either, slot] = m;
    if (optional !== undefined) out += `(?: (?:${alternatives(optional)}))?`;
    else if (either !== undefined) out += `(?:${alternatives(either)})`;
    else if (slot !== undefined) {
      const source = SLOTS[slot];
      if (!source) throw new Error(`${where}: unknown slot {${slot}} (known: ${Object.keys(SLOTS).join(', ')})`);
      out += source;
    } else if (token === '*') out += String.raw`\w*`;
    else if (/^[.?+^$\\|]$/.test(token)) out += `\\${token}`;
    else out += token;
  }
  return out;
}

function compileEntry(entry: RuleEntry, reason: OfferReason, file: string): CompiledEntry {
  const where = `${file} → ${entry.id}`;
  const sources = entry.phrases.map((p) => String.raw`\b${compilePhrase(p, where)}(?![\w])`);
  return { ...entry, reason, pattern: new RegExp(sources.join('|'), 'g') };
}

/** Reads, validates and compiles one rule file; a bad file stops the bot at start, naming the entry. */
export function loadRuleFile(name: string): CompiledEntry[] {
  const url = new URL(name, RULES_DIR);
  const parsed = RuleFile.safeParse(JSON.parse(readFileSync(url, 'utf8')));
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new Error(`config/screening/${name}: ${issue.path.join('.')}: ${issue.message}`);
  }
  const ids = new Set<string>();
  return parsed.data.entries.map((e) => {
    if (ids.has(e.id)) throw new Error(`config/screening/${name}: duplicate id ${e.id}`);
    ids.add(e.id);
    return compileEntry(e, parsed.data.reason, `config/screening/${name}`);
  });
}
