import { findRegion, regionNames } from '../directory/lookup.js';
import type { Directory, Lang, Region } from '../types.js';
import { pick } from './texts.js';

/** The region a form or chat answer names, by id, name or alias; undefined when unknown or not text. */
export function regionFrom(value: unknown, directory: Directory): Region | undefined {
  return typeof value === 'string' ? findRegion(directory, value.slice(0, 200)) : undefined;
}

export const unknownRegion = (directory: Directory, lang: Lang): string =>
  pick(
    lang,
    `Ukendt region. Vælg en af: ${regionNames(directory)}.`,
    `Unknown region. Choose one of: ${regionNames(directory)}.`,
  );
