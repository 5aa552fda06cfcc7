import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';

// The people in the Teams tests and a routing directory (config/directory.json shape) naming
// them by AAD object id. Region Sjælland's consultant has no Teams id: delivery there fails and
// the volunteer must be given the phone number. Region Midtjylland's consultant has never written
// to the bot: the adapter must open a 1:1 chat through the connector.

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

export const PHONE_SJAELLAND = '+45 24 98 19 00';

export const teamsTestDirectory = {
  notes: 'Test directory for the Teams adapter tests.',
  contacts: [
    { id: 'leder', name: 'Lea Leder', role: 'Projektleder', phone: '+45 33 66 99 34', chat: { teams: '6f1c2b2e-1111-4a8e-9b57-0c1f0e0a0005' } },
    {
      id: 'konsulent-hovedstaden',
      name: 'Mia Konsulent',
      role: 'Frivilligkonsulent, Region Hovedstaden',
      phone: '+45 21 53 01 68',
      chat: { teams: CONSULTANT_HOVEDSTADEN.aadObjectId },
    },
    { id: 'konsulent-sjaelland', name: 'Charlotte Konsulent', role: 'Frivilligkonsulent, Region Sjælland', phone: PHONE_SJAELLAND, chat: {} },
    { id: 'konsulent-midt', name: 'Dorte Konsulent', role: 'Frivilligkonsulent, Region Midtjylland', phone: '+45 33 67 00 48', chat: { teams: CONSULTANT_MIDT.aadObjectId } },
    { id: 'tovholder-rh', name: 'Tove Tovholder', role: 'Tovholder, Rigshospitalet', phone: '+45 20 00 00 01', chat: { teams: TOVHOLDER_RH.aadObjectId } },
  ],
  regions: [
    { id: 'hovedstaden', name: 'Region Hovedstaden', consultant: 'konsulent-hovedstaden' },
    { id: 'sjaelland', name: 'Region Sjælland', consultant: 'konsulent-sjaelland' },
    { id: 'midtjylland', name: 'Region Midtjylland', consultant: 'konsulent-midt' },
  ],
  groups: [
    { id: 'rigshospitalet', name: 'Rigshospitalet, Hjertecentret', regionId: 'hovedstaden', tovholder: 'tovholder-rh' },
    { id: 'roskilde', name: 'Sjællands Universitetshospital, Roskilde', regionId: 'sjaelland' },
    { id: 'skejby', name: 'Aarhus Universitetshospital, Skejby', regionId: 'midtjylland' },
  ],
  fallback: 'leder',
};

export async function writeTeamsDirectory(dir: string, directory: unknown = teamsTestDirectory): Promise<string> {
  const file = join(dir, 'directory.json');
  await writeFile(file, JSON.stringify(directory, null, 2));
  return file;
}
