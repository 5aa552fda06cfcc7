/**
 * Detects a draft that repeats the system prompt. The prompt is no secret (it is in the
 * repository), but a bot that recites its instructions on request is a bot that follows
 * injected instructions, so such a draft is dropped and the extractive answer shown instead.
 * This catches verbatim and near-verbatim echoes (any run of SHINGLE words from the prompt
 * that is not also in the passages); a paraphrase cannot be caught by code, only by the prompt.
 */
const SHINGLE = 6;

export function createPromptEchoGuard(prompts: string[]): (draft: string, passages: string[]) => boolean {
  const promptShingles = new Set(prompts.flatMap((p) => shingles(p)));
  return (draft, passages) => {
    const inPassages = new Set(passages.flatMap((p) => shingles(p)));
    return shingles(draft).some((s) => promptShingles.has(s) && !inPassages.has(s));
  };
}

function shingles(text: string): string[] {
  const words = text
    .toLowerCase()
    .normalize('NFKC')
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
  const out: string[] = [];
  for (let i = 0; i + SHINGLE <= words.length; i += 1) out.push(words.slice(i, i + SHINGLE).join(' '));
  return out;
}
