import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { inflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { COMMAND_WORDS } from '../../../src/adapters/teams/ids.js';

// manifests/teams: what Teams checks when the app is sideloaded.

const dir = join(import.meta.dirname, '../../../manifests/teams');
const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'));

/** Width, height and RGBA pixels of an 8-bit RGBA, non-interlaced PNG. */
function readPng(file: string): { width: number; height: number; pixels: Buffer } {
  const data = readFileSync(join(dir, file));
  expect(data.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  let i = 8;
  let width = 0;
  let height = 0;
  const idat: Buffer[] = [];
  while (i < data.length) {
    const len = data.readUInt32BE(i);
    const type = data.toString('ascii', i + 4, i + 8);
    const body = data.subarray(i + 8, i + 8 + len);
    if (type === 'IHDR') {
      width = body.readUInt32BE(0);
      height = body.readUInt32BE(4);
      expect([body[8], body[9]]).toEqual([8, 6]); // 8-bit RGBA
    }
    if (type === 'IDAT') idat.push(body);
    i += 12 + len;
  }
  const raw = inflateSync(Buffer.concat(idat));
  const stride = width * 4 + 1;
  const pixels = Buffer.alloc(width * height * 4);
  for (let y = 0; y < height; y++) {
    expect(raw[y * stride]).toBe(0); // filter "none", as written
    raw.copy(pixels, y * width * 4, y * stride + 1, (y + 1) * stride);
  }
  return { width, height, pixels };
}

describe('the Teams manifest', () => {
  it('uses the current schema and a bot in personal, team and group chat scopes', () => {
    expect(manifest.$schema).toBe(
      `https://developer.microsoft.com/json-schemas/teams/v${manifest.manifestVersion}/MicrosoftTeams.schema.json`,
    );
    expect(Number(manifest.manifestVersion)).toBeGreaterThanOrEqual(1.22);
    const [bot] = manifest.bots;
    expect(bot.scopes).toEqual(['personal', 'team', 'groupChat']);
    expect(bot.botId).toMatch(/^[0-9a-f-]{36}$/);
    expect(manifest.id).toMatch(/^[0-9a-f-]{36}$/);
  });

  type Command = { title: string; description: string };
  const lists: { scopes: string[]; commands: Command[] }[] = manifest.bots[0].commandLists;
  const isCommand = (c: Command) => COMMAND_WORDS[c.title] !== undefined;

  it('validates against the v1.22 schema’s command-list rules: ≤ 3 lists, one list per scope, ≤ 10 commands, titles ≤ 32, descriptions ≤ 128', () => {
    expect(lists.length).toBeLessThanOrEqual(3);
    const scopes = lists.flatMap((l) => l.scopes);
    expect(new Set(scopes).size).toBe(scopes.length);
    expect([...scopes].sort()).toEqual(['groupChat', 'personal', 'team']);
    for (const list of lists) {
      expect(list.commands.length).toBeLessThanOrEqual(10);
      for (const c of list.commands) {
        expect(Object.keys(c).sort()).toEqual(['description', 'title']); // additionalProperties: false in 1.22
        expect(c.title.length).toBeGreaterThan(0);
        expect(c.title.length).toBeLessThanOrEqual(32);
        expect(c.description.length).toBeLessThanOrEqual(128);
      }
    }
  });

  it('every scope lists exactly the commands the adapter understands, with Danish descriptions', () => {
    for (const list of lists)
      expect(list.commands.filter(isCommand).map((c) => c.title)).toEqual(['afbud', 'orlov', 'bekymring', 'hjælp']);
    for (const list of lists)
      for (const c of list.commands.filter(isCommand)) expect(c.description).toMatch(/[æøå]|vagt|konsulent/i);
  });

  it('offers prompt starters in the 1:1 chat: questions, not commands, and none starts with a command word', () => {
    const personal = lists.find((l) => l.scopes.includes('personal'))!;
    const starters = personal.commands.filter((c) => !isCommand(c));
    expect(starters.map((c) => c.title)).toContain('Må jeg tage noter?');
    expect(starters.length).toBeGreaterThanOrEqual(3);
    for (const s of starters) {
      expect(s.title.endsWith('?')).toBe(true);
      expect(COMMAND_WORDS[s.title.split(/\s+/)[0]!.toLowerCase()]).toBeUndefined();
    }
  });

  it('keeps names and descriptions within Teams’ limits', () => {
    expect(manifest.name.short.length).toBeLessThanOrEqual(30);
    expect(manifest.description.short.length).toBeLessThanOrEqual(80);
    expect(manifest.description.full.length).toBeLessThanOrEqual(4000);
  });

  it('has a 192×192 colour icon and a 32×32 outline icon that is white on transparent', () => {
    const color = readPng(manifest.icons.color);
    expect([color.width, color.height]).toEqual([192, 192]);
    const outline = readPng(manifest.icons.outline);
    expect([outline.width, outline.height]).toEqual([32, 32]);
    let opaque = 0;
    for (let p = 0; p < outline.pixels.length; p += 4) {
      const [r, g, b, a] = outline.pixels.subarray(p, p + 4);
      if (a! > 0) {
        expect([r, g, b]).toEqual([255, 255, 255]);
        opaque += 1;
      }
    }
    expect(opaque).toBeGreaterThan(100); // there is a shape
    expect(outline.pixels[3]).toBe(0); // the corner is transparent
  });
});

describe('the prompt starters', () => {
  it('are each answered from the documents with a citation (the real core)', async () => {
    const { makeTeamsCore } = await import('./teams-core.js');
    const made = await makeTeamsCore();
    try {
      const personal = (manifest.bots[0].commandLists as { scopes: string[]; commands: { title: string }[] }[]).find(
        (l) => l.scopes.includes('personal'),
      )!;
      for (const { title } of personal.commands.filter((c) => COMMAND_WORDS[c.title] === undefined)) {
        const reply = await made.core.ask(title);
        expect(reply.abstained, title).toBe(false);
        expect(reply.citations.length, title).toBeGreaterThan(0);
      }
    } finally {
      await made.cleanup();
    }
  }, 60_000);
});
