import { readFile } from 'node:fs/promises';
import type { z } from 'zod';
import { AppError } from '../../errors.js';
import type { Contact, Directory } from '../types.js';
import { type DirectoryFile, DirectoryFileSchema } from './directory-schema.js';

/** Reads and validates the routing directory; a bad file stops the start with the bad entry named. */
export async function loadDirectory(file: string): Promise<Directory> {
  let raw: string;
  try {
    raw = await readFile(file, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code ?? 'unreadable';
    throw new AppError(
      'directory_invalid',
      `Routing directory ${file} could not be read (${code}). Set DIRECTORY_FILE or restore config/directory.json.`,
    );
  }
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch (e) {
    throw new AppError('directory_invalid', `Routing directory ${file} is not valid JSON: ${(e as Error).message}`);
  }
  return parseDirectory(json, file);
}

export function parseDirectory(json: unknown, source = 'directory'): Directory {
  const parsed = DirectoryFileSchema.safeParse(json);
  if (!parsed.success) {
    const lines = parsed.error.issues.slice(0, 10).map((i) => `  ${describePath(json, i.path)}: ${i.message}`);
    throw new AppError('directory_invalid', `Routing directory ${source} is invalid:\n${lines.join('\n')}`);
  }
  return resolve(parsed.data, source);
}

function resolve(file: DirectoryFile, source: string): Directory {
  const problems: string[] = [];
  const duplicates = (kind: string, ids: string[]) => {
    const seen = new Set<string>();
    for (const id of ids) {
      if (seen.has(id)) problems.push(`${kind} "${id}" is listed twice`);
      seen.add(id);
    }
  };
  duplicates(
    'contact',
    file.contacts.map((c) => c.id),
  );
  duplicates(
    'region',
    file.regions.map((r) => r.id),
  );
  duplicates(
    'group',
    file.groups.map((g) => g.id),
  );

  const contacts = new Map<string, Contact>(
    file.contacts.map((c) => [
      c.id,
      { id: c.id, name: c.name, role: c.role, email: c.email, phone: c.phone, chat: c.chat },
    ]),
  );
  const known = [...contacts.keys()].join(', ');
  const contact = (ref: string, where: string): Contact => {
    const c = contacts.get(ref);
    if (!c) problems.push(`${where}: "${ref}" is not one of the contacts (${known})`);
    return c ?? { id: ref, name: ref, role: '', phone: '', chat: {} };
  };

  const regions = file.regions.map((r, i) => ({
    id: r.id,
    name: r.name,
    aliases: r.aliases,
    consultant: contact(r.consultant, `regions[${i}] ("${r.id}").consultant`),
  }));
  const regionIds = new Set(regions.map((r) => r.id));
  const groups = file.groups.map((g, i) => {
    if (!regionIds.has(g.regionId))
      problems.push(
        `groups[${i}] ("${g.id}").regionId: "${g.regionId}" is not one of the regions (${[...regionIds].join(', ')})`,
      );
    return {
      id: g.id,
      name: g.name,
      regionId: g.regionId,
      aliases: g.aliases,
      tovholder: g.tovholder ? contact(g.tovholder, `groups[${i}] ("${g.id}").tovholder`) : undefined,
    };
  });
  const fallback = contact(file.fallback, 'fallback');
  if (problems.length > 0) {
    throw new AppError(
      'directory_invalid',
      `Routing directory ${source} is invalid:\n${problems.map((p) => `  ${p}`).join('\n')}`,
    );
  }
  return { regions, groups, fallback };
}

/** "regions[2] ("syddanmark").consultant" rather than "regions.2.consultant". */
function describePath(json: unknown, path: z.core.$ZodIssue['path']): string {
  let out = '';
  let node: unknown = json;
  for (const key of path) {
    if (typeof key === 'number') {
      node = Array.isArray(node) ? node[key] : undefined;
      const entryId = node && typeof node === 'object' && 'id' in node ? (node as { id: unknown }).id : undefined;
      out += `[${key}]${typeof entryId === 'string' ? ` ("${entryId}")` : ''}`;
    } else {
      node = node && typeof node === 'object' ? (node as Record<string, unknown>)[String(key)] : undefined;
      out += out ? `.${String(key)}` : String(key);
    }
  }
  return out || '(top level)';
}
