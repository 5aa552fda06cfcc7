import type { Logger } from '../../logger.js';
import type { AnswerGenerator, GeneratedDraft } from '../ports.js';
import type { Chunk, Lang } from '../types.js';

// A model draft is shown only when it is well-formed and cites the passages it was given.

export const DEFAULT_GENERATOR_TIMEOUT_MS = 20_000;

export type DraftCheck = { ok: true; draft: GeneratedDraft } | { ok: false; reason: string };

const markers = (text: string): Set<number> => new Set([...text.matchAll(/\[(\d{1,3})\]/g)].map((m) => Number(m[1])));

export function validateDraft(draft: GeneratedDraft | null | undefined, passageCount: number): DraftCheck {
  if (!draft || typeof draft !== 'object') return { ok: false, reason: 'no_draft' };
  if (draft.kind === 'abstain') return { ok: true, draft };
  if (draft.kind !== 'answer' || typeof draft.text !== 'string' || draft.text.trim() === '')
    return { ok: false, reason: 'empty_text' };
  if (!Array.isArray(draft.cited) || draft.cited.length === 0) return { ok: false, reason: 'no_citation' };
  if (!draft.cited.every((n) => Number.isInteger(n) && n >= 1 && n <= passageCount))
    return { ok: false, reason: 'citation_out_of_range' };
  const inText = markers(draft.text);
  const cited = new Set(draft.cited);
  if (inText.size !== cited.size || [...inText].some((n) => !cited.has(n)))
    return { ok: false, reason: 'citation_mismatch' };
  return { ok: true, draft };
}

/** Runs a model call under a deadline; the signal tells the provider to stop. */
export async function withDeadline<T>(ms: number, run: (signal: AbortSignal) => Promise<T>): Promise<T> {
  const controller = new AbortController();
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      // Reject before aborting: a provider that resolves on abort must not win the race.
      reject(Object.assign(new Error('generator timed out'), { name: 'TimeoutError' }));
      controller.abort();
    }, ms);
    timer.unref?.();
  });
  try {
    return await Promise.race([run(controller.signal), deadline]);
  } finally {
    clearTimeout(timer);
  }
}

export type GenerationOutcome =
  | { kind: 'answer'; text: string; cited: Chunk[] }
  | { kind: 'abstain' }
  | { kind: 'fallback' };

export async function generateGrounded(
  generator: AnswerGenerator,
  input: { question: string; lang: Lang; passages: Chunk[] },
  logger: Logger,
  timeoutMs = DEFAULT_GENERATOR_TIMEOUT_MS,
): Promise<GenerationOutcome> {
  const started = performance.now();
  let draft: GeneratedDraft | null;
  try {
    draft = await withDeadline(timeoutMs, (signal) => generator.generate(input, signal));
  } catch (e) {
    const reason = e instanceof Error && e.name === 'TimeoutError' ? 'timeout' : 'error';
    logger.warn(
      { event: 'generator_fallback', reason, err: e, ms: Math.round(performance.now() - started) },
      'generator failed',
    );
    return { kind: 'fallback' };
  }
  const check = validateDraft(draft, input.passages.length);
  if (!check.ok) {
    logger.warn(
      { event: 'generator_fallback', reason: check.reason, ms: Math.round(performance.now() - started) },
      'generator draft rejected',
    );
    return { kind: 'fallback' };
  }
  logger.info(
    { event: 'generator_answer', kind: check.draft.kind, ms: Math.round(performance.now() - started) },
    'generator answered',
  );
  if (check.draft.kind === 'abstain') return { kind: 'abstain' };
  const cited = [...new Set(check.draft.cited)].sort((a, b) => a - b).map((n) => input.passages[n - 1]!);
  return { kind: 'answer', text: check.draft.text.trim(), cited };
}
