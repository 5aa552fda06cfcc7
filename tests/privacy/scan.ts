import type { Dirent } from 'node:fs';
import { open, readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';

const MAX_BYTES = 32 * 1024 * 1024;

/**
 * Files under `root` written since `since` that contain `needle` (UTF-8 or UTF-16LE). A new,
 * random canary can only be in a file written after the canary existed, so older files are skipped.
 */
export async function filesContaining(root: string, needle: string, since: number): Promise<string[]> {
  const hits: string[] = [];
  const utf8 = Buffer.from(needle, 'utf8');
  const utf16 = Buffer.from(needle, 'utf16le');
  const walk = async (dir: string, depth: number): Promise<void> => {
    if (depth > 12) return;
    let entries: Dirent[];
    try {
      entries = await readdir(dir, { withFileTypes: true });
    } catch {
      return; // another user's folder, or gone meanwhile
    }
    for (const e of entries) {
      const path = join(dir, e.name);
      if (e.isDirectory()) await walk(path, depth + 1);
      else if (e.isFile() && (await containsIfNew(path, utf8, utf16, since))) hits.push(path);
    }
  };
  await walk(root, 0);
  return hits;
}

async function containsIfNew(path: string, utf8: Buffer, utf16: Buffer, since: number): Promise<boolean> {
  try {
    const s = await stat(path);
    if (s.mtimeMs < since - 2000 && s.ctimeMs < since - 2000) return false;
    const fh = await open(path, 'r');
    try {
      const buf = Buffer.alloc(Math.min(s.size, MAX_BYTES));
      await fh.read(buf, 0, buf.length, 0);
      return buf.includes(utf8) || buf.includes(utf16);
    } finally {
      await fh.close();
    }
  } catch {
    return false;
  }
}
