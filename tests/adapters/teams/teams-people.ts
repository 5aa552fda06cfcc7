import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { PHONES, testDirectory } from '../../support/slack-test-directory.js';

// The people in the Teams tests and a routing directory (config/directory.json shape) naming
// them by AAD object id: the Slack tests' directory with Teams ids. Region Sjælland's consultant
// has no Teams id: delivery there fails and the volunteer must be given the phone number.
// Region Midtjylland's consultant has never written to the bot: the adapter must open a 1:1 chat
// through the connector.

export interface TeamsUser {
  id: string;
  aadObjectId: string;
  conversationId: string;
}

export const VOLUNTEER: TeamsUser = {
  id: '29:1hWvY0pQ-volunteer-TeamsId',
  aadObjectId: '6f1c2b2e-1111-4a8e-9b57-0c1f0e0a0001',
  conversationId: 'a:1volunteer-personal-conversation',
};
export const CONSULTANT_HOVEDSTADEN: TeamsUser = {
  id: '29:1mia-consultant-TeamsId',
  aadObjectId: '6f1c2b2e-1111-4a8e-9b57-0c1f0e0a0002',
  conversationId: 'a:1mia-personal-conversation',
};
export const CONSULTANT_MIDT: TeamsUser = {
  id: '29:1dorte-consultant-TeamsId',
  aadObjectId: '6f1c2b2e-1111-4a8e-9b57-0c1f0e0a0003',
  conversationId: 'a:1dorte-personal-conversation',
};
export const TOVHOLDER_RH: TeamsUser = {
  id: '29:1tove-tovholder-TeamsId',
  aadObjectId: '6f1c2b2e-1111-4a8e-9b57-0c1f0e0a0004',
  conversationId: 'a:1tove-personal-conversation',
};

export const PHONE_SJAELLAND = PHONES.consultantSjaelland;

/** Teams ids (AAD object ids) per contact of the shared test directory; Sjælland has none. */
const TEAMS_IDS: Record<string, string | undefined> = {
  leder: '6f1c2b2e-1111-4a8e-9b57-0c1f0e0a0005',
  'konsulent-hovedstaden': CONSULTANT_HOVEDSTADEN.aadObjectId,
  'konsulent-midt': CONSULTANT_MIDT.aadObjectId,
  'tovholder-rh': TOVHOLDER_RH.aadObjectId,
};

/** The Slack tests' directory (same people, regions and groups) with Teams ids instead of Slack ids. */
export const teamsTestDirectory = {
  ...testDirectory,
  notes: 'Test directory for the Teams adapter tests.',
  contacts: testDirectory.contacts.map((c) => ({ ...c, chat: TEAMS_IDS[c.id] ? { teams: TEAMS_IDS[c.id] } : {} })),
};

export async function writeTeamsDirectory(dir: string, directory: unknown = teamsTestDirectory): Promise<string> {
  const file = join(dir, 'directory.json');
  await writeFile(file, JSON.stringify(directory, null, 2));
  return file;
}
