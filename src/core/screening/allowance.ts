import { allContacts } from '../directory/lookup.js';
import type { Chunk, Directory } from '../types.js';
import { EMAIL, type PersonalDataAllowance, PHONE } from './personal-data.js';

// Staff contact details and numbers printed in the documents are public: a volunteer asking
// "kan jeg ringe til 21 53 01 68?" has not shared anyone's personal data.

export const ORGANISATION_EMAIL_DOMAINS = ['hjerteforeningen.dk'];

export function allowanceFor(directory: Directory | undefined, chunks: readonly Chunk[] = []): PersonalDataAllowance {
  const contacts = directory ? allContacts(directory) : [];
  const phones = contacts.map((c) => c.phone);
  const emails = contacts.flatMap((c) => (c.email ? [c.email] : []));
  for (const chunk of chunks) {
    for (const m of chunk.text.matchAll(PHONE)) phones.push(m[0]);
    for (const m of chunk.text.matchAll(EMAIL)) emails.push(m[0]);
  }
  return { phones, emails, names: contacts.map((c) => c.name), emailDomains: ORGANISATION_EMAIL_DOMAINS };
}
