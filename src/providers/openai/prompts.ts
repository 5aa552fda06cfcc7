import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export type PromptName = 'answer-system' | 'rewrite-query';

const PROMPTS_DIR = fileURLToPath(new URL('../../../prompts/', import.meta.url));

/** Reads prompts/<name>.md once at start; a missing prompt is a deployment error, so it throws. */
export function loadPrompt(name: PromptName, dir: string = PROMPTS_DIR): string {
  const text = readFileSync(`${dir}${dir.endsWith('/') ? '' : '/'}${name}.md`, 'utf8').trim();
  if (!text) throw new Error(`prompts/${name}.md is empty`);
  return text;
}
