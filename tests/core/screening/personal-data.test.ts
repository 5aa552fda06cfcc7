import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isValidCprDate } from '../../../src/core/screening/cpr.js';
import { createPersonalDataScreen, screenForPersonalData } from '../../../src/core/screening/personal-data.js';

const staffAware = createPersonalDataScreen({
  phones: ['+45 21 53 01 68', '+45 33 66 99 34'],
  emails: ['mjandrup@hjerteforeningen.dk'],
  names: ['Mia Jandrup', 'Kirsten Magaard', 'Dianna Bomholt', 'Dorte Tranberg-Krab', 'Charlotte Enghusen Andersen'],
  emailDomains: ['hjerteforeningen.dk'],
});

describe('CPR numbers', () => {
  it.each([
    ['010203-1234', 'dash'],
    ['0102031234', 'no separator'],
    ['010203 1234', 'space'],
    ['290200-4123', '29 Feb 2000 (seventh digit 4: year 2000)'],
    ['311299-0001', '31 Dec 1999'],
  ])('finds %s (%s) and never returns it', (cpr) => {
    const r = screenForPersonalData(`Patienten har cpr ${cpr}, hvad gør jeg?`);
    expect(r.kinds).toEqual(['cpr']);
    expect(r.redacted).not.toContain(cpr);
    expect(r.redacted).toContain('[CPR-nummer]');
  });

  it.each([
    ['310203-1234', '31 February'],
    ['290200-1123', '29 Feb 1900 (seventh digit 1: no leap year)'],
    ['001203-1234', 'day 00'],
    ['011303-1234', 'month 13'],
  ])('ignores %s (%s): not a real date', (cpr) => {
    expect(screenForPersonalData(`nummer ${cpr}`).kinds).toEqual([]);
  });

  it('checks century rules', () => {
    expect(isValidCprDate('2902004123')).toBe(true);
    expect(isValidCprDate('2902001123')).toBe(false);
    expect(isValidCprDate('2902585123')).toBe(false); // 1858 was no leap year
  });
});

describe('phone numbers', () => {
  it.each([
    '22 33 44 55',
    '22334455',
    '+45 22 33 44 55',
    '+4522334455',
    '0045 22334455',
    '2233 4455',
    '12 34 56 78',
    '+45 12345678',
  ])('finds %s', (phone) => {
    const r = screenForPersonalData(`Hendes nummer er ${phone}, må jeg ringe?`);
    expect(r.kinds).toEqual(['phone']);
    expect(r.redacted).not.toContain(phone);
  });

  it('leaves staff numbers from the directory alone', () => {
    expect(staffAware('Kan jeg ringe til Mia på +45 21 53 01 68?').kinds).toEqual([]);
    expect(staffAware('Er 33669934 projektlederens nummer?').kinds).toEqual([]);
  });
});

describe('e-mail addresses', () => {
  it('finds a private address', () => {
    const r = screenForPersonalData('Hun bad mig skrive til karen.olsen@gmail.com');
    expect(r.kinds).toEqual(['email']);
    expect(r.redacted).toBe('Hun bad mig skrive til [e-mail]');
  });
  it("leaves the organisation's own addresses alone", () => {
    expect(
      staffAware('Skal jeg skrive til mjandrup@hjerteforeningen.dk eller patientstoetter@hjerteforeningen.dk?').kinds,
    ).toEqual([]);
  });
});

describe('names next to person words', () => {
  it.each([
    ['Patienten Jens Hansen spurgte om besøg', 'Jens Hansen'],
    ['Min mand Peter ved ikke noget', 'Peter'],
    ['Hendes datter Sofie var med', 'Sofie'],
    ['Den pårørende Anne-Marie Holm ringede', 'Anne-Marie Holm'],
    ['Han hedder Ole og ligger på stue 4', 'Ole'],
    ['Fru Jensen på stue 3 spurgte efter dig', 'Jensen'],
    ['The patient Mary Smith asked me', 'Mary Smith'],
    ['Mrs Olsen said she was scared', 'Olsen'],
    ['A man named Bob called', 'Bob'],
    ['Her husband Tom was there', 'Tom'],
    ['Patienten Søren Ølgaard-Åberg var glad', 'Søren Ølgaard-Åberg'],
  ])('finds the name in "%s"', (text, name) => {
    const r = screenForPersonalData(text);
    expect(r.kinds).toEqual(['name']);
    expect(r.redacted).not.toContain(name);
    expect(r.redacted).toContain('[navn]');
  });

  it.each([
    ['Jeg talte med Birthe Larsen i dag, må jeg ringe til hende?', 'Birthe Larsen'],
    ['Hans kone, Lise, ringede i går', 'Lise'],
    ['I talked to John Smith today', 'John Smith'],
    ['Må jeg give Ole mit nummer?', 'Ole'],
    ['Jeg og Per har vagt sammen', 'Per'],
    ['Anne-Marie Holm sagde tak', 'Anne-Marie Holm'],
  ])('finds a known first name without a person word: "%s"', (text, name) => {
    const r = screenForPersonalData(text);
    expect(r.kinds).toEqual(['name']);
    expect(r.redacted).not.toContain(name);
  });

  it('finds a street address', () => {
    const r = screenForPersonalData('Hun bor på Nørrebrogade 12, 2. th og er alene');
    expect(r).toEqual({ kinds: ['address'], redacted: 'Hun bor på [adresse] og er alene' });
  });

  it('finds every kind in one message, in order, without echoing any', () => {
    const text = 'Patienten Jens Hansen med cpr 010203-1234 gav mig 22 33 44 55 og jens@example.dk';
    const r = screenForPersonalData(text);
    expect(r.kinds).toEqual(['name', 'cpr', 'phone', 'email']);
    for (const secret of ['Jens', 'Hansen', '010203-1234', '22 33 44 55', 'jens@example.dk'])
      expect(r.redacted).not.toContain(secret);
  });
});

describe('lookalikes that are not personal data', () => {
  it.each([
    'Hvor mange kilometer? Max 50 km',
    'Ring med skjult nummer: tast #31# før nummeret',
    'tast #31#xx xx xx xx',
    'Infomails kommer 6-8 gange årligt',
    'Indsatsen startede i 2012 og har 240 frivillige',
    'Min vagt er 14-03-2026 kl. 14-17',
    'Orlov fra 2026-03-01 til 2026-08-31',
    'Sæson 2024-2025',
    'Jeg er på vagt 20260315',
    'Må jeg fortælle min mand om en samtale, jeg har haft?',
    'Hvad gør jeg som forældrestøtte, hvis jeg bliver bekymret for et barns trivsel?',
    'En mor fortalte mig under samtalen, at hendes 6-årige ofte er alene hjemme',
    'The patient I met was tired',
    'Region Syd og Region Sjælland',
    'Patienten Hjerteforeningen hjalp',
    'Vi var 22 afdelinger og 450 frivillige i 2021',
    'Stue 12, seng 3',
    'Per dag får man 50 km',
    'Hans kone ringede og takkede',
    'Tage noter – må man det?',
    'May I take notes?',
    'Will I get paid for mileage?',
    'Else må man ikke?',
    'Vi holder vagt på Bispebjerg Hospital',
    'Hjerteforeningen har eksisteret siden 2012',
    'Vagt mandag 2. marts kl. 9.00-12.00',
    'When is the volunteer day in May?',
    'Is the annual meeting usually in May or June?',
  ])('no finding in "%s"', (text) => {
    expect(screenForPersonalData(text)).toEqual({ kinds: [], redacted: text });
  });

  it.each([
    'Hvem er Mia Jandrup?',
    'Hvad er konsulent Kirsten Magaards nummer?',
    'Kan min mand Dianna Bomholt …',
    'Er Dorte Tranberg-Krab konsulent for Nord?',
    'Er Charlotte konsulent?',
  ])('staff names asked about are not personal data: %s', (text) => {
    expect(staffAware(text).kinds).toEqual([]);
  });
});

const DEV = resolve(import.meta.dirname, '../../fixtures/questions.dev.jsonl');

describe('personal-data screen on the dev set', () => {
  const items = existsSync(DEV)
    ? readFileSync(DEV, 'utf8')
        .split('\n')
        .filter((l) => l.trim())
        .map((l) => JSON.parse(l) as { id: string; question: string; expect: { type: string; secret?: string } })
    : [];

  it('warns on every pii item and strips the secret', () => {
    const pii = items.filter((i) => i.expect.type === 'pii');
    expect(pii.length).toBeGreaterThan(0);
    for (const item of pii) {
      const r = staffAware(item.question);
      expect([item.id, r.kinds.length > 0]).toEqual([item.id, true]);
      expect(r.redacted).not.toContain(item.expect.secret);
    }
  });

  it('gives no personal-data warning on any other dev question', () => {
    for (const item of items.filter((i) => i.expect.type !== 'pii'))
      expect([item.id, staffAware(item.question).kinds]).toEqual([item.id, []]);
  });
});
