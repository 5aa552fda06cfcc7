import { teamsTestDirectory } from '../adapters/teams/teams-people.js';
import { PLAYGROUND_USER_AAD } from './playground-session.js';

/** The Teams test directory, with Region Hovedstaden's consultant being the Playground's own user. */
export const e2eDirectory = {
  ...teamsTestDirectory,
  contacts: teamsTestDirectory.contacts.map((c) => (c.id === 'konsulent-hovedstaden' ? { ...c, chat: { teams: PLAYGROUND_USER_AAD } } : c)),
};
