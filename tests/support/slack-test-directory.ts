import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';

// A routing directory with Slack user ids, in the on-disk shape of config/directory.json.
// Region Sjælland's consultant has no Slack id on purpose: delivery there fails and the
// volunteer must be given the phone number.

export const PEOPLE = {
  volunteer: 'U2147483697',
  partner: 'U0PARTNER1',
  leader: 'U0LEADER01',
  consultantHovedstaden: 'U0CONSULT1',
  consultantMidt: 'U0CONSULT2',
  tovholderRigshospitalet: 'U0TOVHOLD1',
} as const;

export const PHONES = {
  consultantSjaelland: '+45 24 98 19 00',
} as const;

export const testDirectory = {
  notes: 'Test directory for the Slack adapter tests.',
  contacts: [
    { id: 'leder', name: 'Lea Leder', role: 'Projektleder', phone: '+45 33 66 99 34', chat: { slack: PEOPLE.leader } },
    {
      id: 'konsulent-hovedstaden',
      name: 'Mia Konsulent',
      role: 'Frivilligkonsulent, Region Hovedstaden',
      phone: '+45 21 53 01 68',
      chat: { slack: PEOPLE.consultantHovedstaden },
    },
    {
      id: 'konsulent-sjaelland',
      name: 'Charlotte Konsulent',
      role: 'Frivilligkonsulent, Region Sjælland',
      phone: PHONES.consultantSjaelland,
      chat: {},
    },
    {
      id: 'konsulent-midt',
      name: 'Dorte Konsulent',
      role: 'Frivilligkonsulent, Region Midtjylland',
      phone: '+45 33 67 00 48',
      chat: { slack: PEOPLE.consultantMidt },
    },
    {
      id: 'tovholder-rh',
      name: 'Tove Tovholder',
      role: 'Tovholder, Rigshospitalet',
      phone: '+45 20 00 00 01',
      chat: { slack: PEOPLE.tovholderRigshospitalet },
    },
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

export async function writeTestDirectory(dir: string): Promise<string> {
  const file = join(dir, 'directory.json');
  await writeFile(file, JSON.stringify(testDirectory, null, 2));
  return file;
}
