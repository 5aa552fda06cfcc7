import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '../..');

/**
 * The shipped directory written to a temp file, every person given chat ids from their first
 * name (Mia Jandrup → U0MIA on Slack, 29:mia on Teams), since only the person a case was sent to
 * may answer it. Returns the file's path.
 */
export async function directoryWithChatIds(): Promise<string> {
  const json = JSON.parse(await readFile(join(ROOT, 'config/directory.json'), 'utf8')) as {
    contacts: { name: string; chat: { slack?: string; teams?: string } }[];
  };
  for (const c of json.contacts) {
    const first = c.name.split(' ')[0]!;
    c.chat = { slack: `U0${first.toUpperCase()}`, teams: `29:${first.toLowerCase()}` };
  }
  const file = join(await mkdtemp(join(tmpdir(), 'hjertebot-directory-')), 'directory.json');
  await writeFile(file, JSON.stringify(json));
  return file;
}
