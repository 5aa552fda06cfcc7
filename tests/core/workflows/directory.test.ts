import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadDirectory, parseDirectory } from '../../../src/core/directory/load-directory.js';
import { afbudRecipient, consultantFor, findGroup, findRegion } from '../../../src/core/directory/lookup.js';
import { ROOT } from './support.js';

const shipped = () => loadDirectory(resolve(ROOT, 'config/directory.json'));

describe('routing directory', () => {
  it("ships the handbook's staff: consultants per region and the project leader as fallback", async () => {
    const d = await shipped();
    const byRegion = Object.fromEntries(
      d.regions.map((r) => [r.id, `${r.consultant.name} ${r.consultant.phone} ${r.consultant.email}`]),
    );
    expect(byRegion).toEqual({
      hovedstaden: 'Mia Jandrup +45 21 53 01 68 mjandrup@hjerteforeningen.dk',
      sjaelland: 'Charlotte Enghusen Andersen +45 24 98 19 00 ceandersen@hjerteforeningen.dk',
      syddanmark: 'Kirsten Magaard +45 61 42 02 69 kmagaard@hjerteforeningen.dk',
      midtjylland: 'Dorte Tranberg-Krab +45 33 67 00 48 dtkrab@hjerteforeningen.dk',
      nordjylland: 'Dorte Tranberg-Krab +45 33 67 00 48 dtkrab@hjerteforeningen.dk',
    });
    expect(d.fallback).toMatchObject({ name: 'Dianna Bomholt', role: 'Projektleder', phone: '+45 33 66 99 34' });
    // Chat ids are filled in per deployment.
    expect(d.regions.every((r) => !r.consultant.chat.slack && !r.consultant.chat.teams)).toBe(true);
  });

  it('finds regions by the names volunteers use', async () => {
    const d = await shipped();
    for (const [input, id] of [
      ['Region Syd', 'syddanmark'],
      ['sjaelland', 'sjaelland'],
      ['SJÆLLAND', 'sjaelland'],
      ['Capital Region', 'hovedstaden'],
      ['nord', 'nordjylland'],
    ]) {
      expect([input, findRegion(d, input!)?.id]).toEqual([input, id]);
    }
    expect(findRegion(d, 'Bornholm Vest')).toBeUndefined();
    expect(findRegion(d, '')).toBeUndefined();
  });

  it("routes afbud for a group without tovholder to the region's consultant", async () => {
    const d = await shipped();
    const g = findGroup(d, 'midtjylland-hospital')!;
    expect(afbudRecipient(d, g)?.name).toBe('Dorte Tranberg-Krab');
    expect(consultantFor(d, 'nordjylland')?.name).toBe('Dorte Tranberg-Krab');
  });

  describe('validation names the bad entry', () => {
    let dir: string;
    beforeAll(async () => {
      dir = await mkdtemp(join(tmpdir(), 'hjertebot-dir-'));
    });
    afterAll(async () => {
      await rm(dir, { recursive: true, force: true });
    });
    const base = () => ({
      contacts: [{ id: 'pl', name: 'P L', role: 'Projektleder', phone: '+45 33 66 99 34' }],
      regions: [{ id: 'syd', name: 'Region Syd', consultant: 'pl' }],
      groups: [],
      fallback: 'pl',
    });

    it('an unknown contact id in a region', () => {
      const json = { ...base(), regions: [{ id: 'syd', name: 'Region Syd', consultant: 'kmagard' }] };
      expect(() => parseDirectory(json, 'x.json')).toThrow(
        /regions\[0\] \("syd"\)\.consultant: "kmagard" is not one of the contacts \(pl\)/,
      );
    });
    it('a bad phone number', () => {
      const json = { ...base(), contacts: [{ id: 'pl', name: 'P L', role: 'x', phone: '112' }] };
      expect(() => parseDirectory(json, 'x.json')).toThrow(
        /contacts\[0\] \("pl"\)\.phone: must be a Danish phone number/,
      );
    });
    it('a group in an unknown region', () => {
      const json = { ...base(), groups: [{ id: 'ouh', name: 'OUH', regionId: 'fyn' }] };
      expect(() => parseDirectory(json, 'x.json')).toThrow(
        /groups\[0\] \("ouh"\)\.regionId: "fyn" is not one of the regions/,
      );
    });
    it('a duplicate id', () => {
      const json = { ...base(), regions: [...base().regions, { id: 'syd', name: 'Again', consultant: 'pl' }] };
      expect(() => parseDirectory(json)).toThrow(/region "syd" is listed twice/);
    });
    it('a missing file and broken JSON', async () => {
      await expect(loadDirectory(join(dir, 'none.json'))).rejects.toThrow(
        /could not be read \(ENOENT\)\. Set DIRECTORY_FILE/,
      );
      await writeFile(join(dir, 'bad.json'), '{ "contacts": [');
      await expect(loadDirectory(join(dir, 'bad.json'))).rejects.toThrow(/is not valid JSON/);
    });
    it('carries the directory_invalid code', () => {
      try {
        parseDirectory({}, 'x');
        expect.unreachable();
      } catch (e) {
        expect((e as { code: string }).code).toBe('directory_invalid');
      }
    });
  });
});
