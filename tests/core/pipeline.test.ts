import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { PIPELINE, RANKING } from '../../src/core/pipeline.js';

// README's "How answers are found" is the pipeline as code runs it: same stages, same order.

const readme = readFileSync('README.md', 'utf8');
const section = readme.slice(
  readme.indexOf('## How answers are found'),
  readme.indexOf('### Adding questions and documents'),
);

describe('the answer pipeline', () => {
  it('is described in README stage by stage, in the order pipeline.ts runs it', () => {
    const at = PIPELINE.map((s) => section.indexOf(`**${s.stage}** (\`${s.folder.replace('core/', '')}/\`)`));
    expect(
      at.every((i) => i >= 0),
      JSON.stringify(PIPELINE.map((s) => s.stage)),
    ).toBe(true);
    expect([...at].sort((a, b) => a - b)).toEqual(at);
  });

  it('names every ranking step in README, in order', () => {
    const at = RANKING.map((r) => section.indexOf(`**${r.name}**`));
    expect(
      at.every((i) => i >= 0),
      RANKING.map((r) => r.name).join(', '),
    ).toBe(true);
    expect([...at].sort((a, b) => a - b)).toEqual(at);
  });

  it('has one folder per stage', async () => {
    const { existsSync } = await import('node:fs');
    for (const s of PIPELINE) expect(existsSync(`src/${s.folder}`), s.folder).toBe(true);
  });
});
