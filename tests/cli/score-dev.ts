import { execFile } from 'node:child_process';
import { promisify } from 'node:util';

const run = promisify(execFile);

export const DEV_QUESTIONS = '../shared/eval/questions.dev.jsonl';
const SCORER = '../shared/eval/score.mjs';

/** Scores eval results with the shared scorer at the acceptance thresholds; returns its summary. */
export async function scoreWithSharedScorer(results: string, questions = DEV_QUESTIONS): Promise<Record<string, number>> {
  const args = [SCORER, questions, results, '--json', '--min-recall5', '0.95', '--min-citation', '0.9', '--min-abstain', '1', '--max-false-abstain', '0'];
  // The scorer exits 1 when a threshold is missed; its JSON summary is on stdout either way.
  const out = await run(process.execPath, args, { maxBuffer: 8 << 20 }).catch((e: { stdout: string }) => e);
  return (JSON.parse(out.stdout) as { summary: Record<string, number> }).summary;
}
