import { z } from 'zod';

// The on-disk shape of config/directory.json. People are listed once under `contacts` and
// referenced by id, so a consultant who covers two regions has one phone number to keep current.

const id = z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'use lower-case letters, digits and hyphens');
const nonEmpty = z.string().trim().min(1, 'must not be empty');
// Danish numbers: 8 digits, optionally +45. Always required: it is what a volunteer is given when chat delivery fails.
const phone = z
  .string()
  .refine(
    (p) => /^(\+45)?\d{8}$/.test(p.replace(/[\s-]/g, '')),
    'must be a Danish phone number (8 digits, optionally +45)',
  );
const chatId = z
  .string()
  .optional()
  .transform((v) => (v && v.trim() !== '' ? v.trim() : undefined));

export const ContactEntrySchema = z.object({
  id,
  name: nonEmpty,
  role: nonEmpty,
  email: z.email().optional(),
  phone,
  chat: z.object({ slack: chatId, teams: chatId }).default({ slack: undefined, teams: undefined }),
});

export const RegionEntrySchema = z.object({
  id,
  name: nonEmpty,
  /** Contact id of the region's frivilligkonsulent. */
  consultant: id,
  aliases: z.array(nonEmpty).default([]),
});

export const GroupEntrySchema = z.object({
  id,
  name: nonEmpty,
  regionId: id,
  /** Contact id; absent routes afbud to the region's consultant. */
  tovholder: id.optional(),
  aliases: z.array(nonEmpty).default([]),
});

export const DirectoryFileSchema = z.object({
  notes: z.string().optional(),
  contacts: z.array(ContactEntrySchema).min(1, 'list at least the fallback contact'),
  regions: z.array(RegionEntrySchema).min(1, 'list at least one region'),
  groups: z.array(GroupEntrySchema).default([]),
  /** Contact id alerted when an urgent case is not acknowledged in time (the project leader). */
  fallback: id,
});

export type DirectoryFile = z.infer<typeof DirectoryFileSchema>;
