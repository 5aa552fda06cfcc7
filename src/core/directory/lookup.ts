import { fold } from '../screening/normalize.js';
import type { Contact, Directory, HospitalGroup, Platform, Region } from '../types.js';

// Routing questions the workflows ask the directory.

/** "Region Sjælland", "region-sjaelland" and "sjaelland " compare equal. */
const comparable = (s: string): string =>
  fold(s)
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();

function matches(input: string, entry: { id: string; name: string; aliases?: string[] }): boolean {
  const q = comparable(input);
  if (!q) return false;
  return [entry.id, entry.name, ...(entry.aliases ?? [])].some((candidate) => comparable(candidate) === q);
}

/** A region by id, name or alias ("syd", "Region Syddanmark", "Southern Denmark"); undefined when unknown. */
export function findRegion(directory: Directory, input: string): Region | undefined {
  return directory.regions.find((r) => matches(input, r));
}

export function findGroup(directory: Directory, input: string): HospitalGroup | undefined {
  return directory.groups.find((g) => matches(input, g));
}

export function consultantFor(directory: Directory, regionId: string): Contact | undefined {
  return directory.regions.find((r) => r.id === regionId)?.consultant;
}

/** Afbud goes to the group's tovholder, or to the region's consultant when the group has none. */
export function afbudRecipient(directory: Directory, group: HospitalGroup): Contact | undefined {
  return group.tovholder ?? consultantFor(directory, group.regionId);
}

/** Every person in the directory, once. */
export function allContacts(directory: Directory): Contact[] {
  const byId = new Map<string, Contact>();
  for (const c of [directory.fallback, ...directory.regions.map((r) => r.consultant)]) byId.set(c.id, c);
  for (const g of directory.groups) if (g.tovholder) byId.set(g.tovholder.id, g.tovholder);
  return [...byId.values()];
}

/** The staff member behind a platform user id, if the deployment filled in chat ids. */
export function contactByChatId(directory: Directory, platform: Platform, userId: string): Contact | undefined {
  if (platform === 'terminal') return undefined;
  return allContacts(directory).find((c) => c.chat[platform] === userId);
}

/** Contact ids that cannot be reached on a platform (no chat id filled in): logged at start. */
export function contactsWithoutChatId(directory: Directory, platform: 'slack' | 'teams'): string[] {
  return allContacts(directory)
    .filter((c) => !c.chat[platform])
    .map((c) => c.id);
}

export function regionNames(directory: Directory): string {
  return directory.regions.map((r) => r.name).join(', ');
}
