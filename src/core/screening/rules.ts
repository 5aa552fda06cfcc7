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
// folded at load. "word*" = any ending; a lone "*" = any one word; "(a|b c)" = either;
// "x [optional] y" = an optional word (or "[a|b]");
// "{slot}" = a slot from slots.ts.

export const RULES_DIR = new URL('../../../config/screening/', import.meta.url);

const Entry = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/, 'ids are lower-case words joined by "-"'),
  /** Why the entry exists, in a sentence. */
  note: z.string().min(1),
  /** none: every match counts; not-if: not after "hvis"/"if"; report: not in a hypothetical or a question about the word; other-child: a report about someone else's child. */
  gate: z.enum(['none', 'not-if', 'report', 'other-child']),
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

// Route-tier entries (config/screening/route-*.json) feed the duty screen: a signal, and whether
// the words are an event on their own (strong) or a topic that needs a real report (weak).
const RouteEntry = Entry.omit({ gate: true }).extend({
  signal: z.enum(['suicide', 'violence', 'child', 'medical']),
  strength: z.enum(['strong', 'weak']),
  /** A condition on the whole message, kept in the grammar (safety.ts): someone else's child, and a parent named too. */
  requires: z.enum(['other-child', 'other-child-and-parent']).optional(),
});
const RouteFile = z.object({ $comment: z.string().optional(), entries: z.array(RouteEntry).min(1) });
export type RouteRuleEntry = z.infer<typeof RouteEntry> & { pattern: RegExp };
export type OfferReason = z.infer<typeof RuleFile>['reason'];

export interface CompiledEntry extends RuleEntry {
  reason: OfferReason;
  pattern: RegExp;
}

// " [a|b]" optional words, "(a|b)" alternatives, "{slot}", "*", regex characters to escape, plain text.
const TOKEN = / \[([^\]]*)\]|\(([^()]*)\)|\{(\w+)\}|\*|[.?+^$\\|]|(?:(?! \[)[^(){}[\]*.?+^$\\|])+/g;

/** One phrase as a regular expression source, on screeningForm()ed text. */
export function compilePhrase(phrase: string, where: string): string {
  if (/\([^)]*\(|\[[^\]]*[[(]/.test(phrase))
    throw new Error(`${where}: "${phrase}" nests brackets; write the alternatives out`);
  const alternatives = (list: string) =>
    list
      .split('|')
      .map((a) => compilePhrase(a, where))
      .join('|');
  let out = '';
  for (const m of screeningForm(phrase).matchAll(TOKEN)) {
    const [token, optional, either, slot] = m;
    if (optional !== undefined) out += `(?: (?:${alternatives(optional)}))?`;
    else if (either !== undefined) out += `(?:${alternatives(either)})`;
    else if (slot !== undefined) {
      const source = SLOTS[slot];
      if (!source) throw new Error(`${where}: unknown slot {${slot}} (known: ${Object.keys(SLOTS).join(', ')})`);
      out += source;
    } else if (token === '*') out += out === '' || out.endsWith(' ') ? String.raw`\w+` : String.raw`\w*`;
    else if (/^[.?+^$\\|]$/.test(token)) out += `\\${token}`;
    else out += token;
  }
  return out;
}

export function readRules<T extends { entries: { id: string }[] }>(name: string, schema: z.ZodType<T>): T {
  const parsed = schema.safeParse(JSON.parse(readFileSync(new URL(name, RULES_DIR), 'utf8')));
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new Error(`config/screening/${name}: ${issue.path.join('.')}: ${issue.message}`);
  }
  const ids = new Set<string>();
  for (const e of parsed.data.entries) {
    if (ids.has(e.id)) throw new Error(`config/screening/${name}: duplicate id ${e.id}`);
    ids.add(e.id);
  }
  return parsed.data;
}

const patternOf = (phrases: string[], where: string) =>
  new RegExp(phrases.map((p) => String.raw`\b${compilePhrase(p, where)}(?![\w])`).join('|'), 'g');

/** Reads, validates and compiles one offer rule file; a bad file stops the bot at start, naming the entry. */
export function loadRuleFile(name: string): CompiledEntry[] {
  const file = readRules(name, RuleFile);
  return file.entries.map((e) => ({
    ...e,
    reason: file.reason,
    pattern: patternOf(e.phrases, `config/screening/${name} → ${e.id}`),
  }));
}

/** Reads, validates and compiles one route rule file. */
export function loadRouteFile(name: string): RouteRuleEntry[] {
  return readRules(name, RouteFile).entries.map((e) => ({
    ...e,
    pattern: patternOf(e.phrases, `config/screening/${name} → ${e.id}`),
  }));
}
