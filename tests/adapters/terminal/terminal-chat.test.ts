import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Core } from '../../../src/core/core.js';
import { FakeClock } from '../../core/workflows/support.js';
import { realCore, releaseKnowledge, runInteractively, runPiped } from './harness.js';

let core: Core;
beforeAll(async () => {
  core = await realCore();
});
afterAll(async () => {
  await core.close();
  await releaseKnowledge();
});

describe('terminal chat, piped', () => {
  it('answers one message a line with the citation (title · section and the quoted passage)', async () => {
    const out = await runPiped(core, [
      'Hvor længe kan jeg holde orlov?',
      'May I take notes during my conversations with patients?',
    ]);
    expect(out).toContain('> Hvor længe kan jeg holde orlov?');
    expect(out).toContain('Du kan holde orlov i op til seks måneder');
    expect(out).toContain('[1] Håndbog for frivillige støtter · Orlov – hvis du har brug for en pause');
    expect(out).toContain('Sources:\n[1] Håndbog for frivillige støtter · Ingen notater – vi værner om privatlivet');
  });

  it('a source more than a year old is dated in the citation and named in the answer', async () => {
    const out = await runPiped(core, ['Hvad står der i Region Sjællands frivilligpolitik?']);
    expect(out).toMatch(/\[1\] Region Sjællands frivilligpolitik 2021 · .*opdateret 2021/);
    expect(out).toContain(
      'Bemærk: kilden "Region Sjællands frivilligpolitik 2021" (fra 2021) er mere end et år gammel.',
    );
  });

  it('runs /afbud as a dialogue and shows the delivery in the local consultant inbox', async () => {
    const out = await runPiped(core, ['/afbud', '13/3', 'formiddag', '3']);
    expect(out).toContain('Hvilken dato er vagten?');
    expect(out).toContain('┌─ Konsulent-indbakke (lokal) · til Kirsten Magaard');
    expect(out).toContain('│ Vagt: fredag den 13. marts 2026, formiddag');
    expect(out).toContain(
      'Tak – dit afbud til vagten fredag den 13. marts 2026 (formiddag) er sendt til Kirsten Magaard',
    );
    expect(out).toContain('mindst to frivillige på vagt');
    expect(out.indexOf('Konsulent-indbakke')).toBeLessThan(out.indexOf('Tak – dit afbud'));
  });

  it('refuses a date in the past at the date question itself, with the reason, then sends', async () => {
    const out = await runPiped(core, ['/afbud', '1/3', 'i morgen', 'aften', '2']);
    const refused = out.indexOf('Søndag den 1. marts 2026 er allerede passeret');
    expect(refused).toBeGreaterThan(0);
    // Asked again straight away, before the shift question.
    expect(refused).toBeLessThan(out.indexOf('Hvilken vagt?'));
    expect(out).toContain('Vagt: onsdag den 11. marts 2026, aften');
  });

  it('reads dates as people type them ("næste lørdag", "om to uger", "et halvt år")', async () => {
    const afbud = await runPiped(core, ['/afbud', 'næste lørdag', 'formiddag', '3']);
    expect(afbud).toContain('Vagt: lørdag den 14. marts 2026, formiddag');
    const orlov = await runPiped(core, ['/orlov', 'syd', 'om to uger', 'et halvt år']);
    expect(orlov).toContain('tirsdag den 24. marts 2026 – onsdag den 23. september 2026');
  });

  it('a weekday that does not fit the date is refused where typed', async () => {
    const out = await runPiped(core, ['/afbud', 'fredag d. 12/12', 'lørdag d. 12/12', 'aften', '2']);
    expect(out).toContain('Lørdag den 12. december 2026 er ikke en fredag. Tjek datoen.');
    expect(out).toContain('Vagt: lørdag den 12. december 2026, aften');
  });

  it('lets the consultant answer from the inbox, and the volunteer is told', async () => {
    // The consultant's command needs the case id the bot just printed: feed lines as the output appears.
    const out = await runInteractively(core, async function* (printed) {
      yield* ['/orlov', '1', '1/4', '3 måneder'];
      const caseId = /\/ringmig (O-[A-Z0-9]+)/.exec(await printed(/\/ringmig O-/))?.[1];
      yield `/ringmig ${caseId}`;
      yield `/kvitter ${caseId}`;
    });
    expect(out).toContain(
      '[Besked til dig] Mia Jandrup har set din anmodning om orlov og vil gerne tale med dig. Ring til Mia Jandrup på +45 21 53 01 68.',
    );
    expect(out).toContain('│ Mia Jandrup har bedt den frivillige ringe');
    expect(out).toMatch(/\[Besked til dig\] Mia Jandrup har set og kvitteret for din anmodning om orlov \(sag O-/);
  });

  it('refuses more than six months, quoting the handbook, and asks again', async () => {
    const out = await runPiped(core, ['/orlov', 'syd', '2026-04-01', '2026-12-31', '2026-09-30']);
    expect(out).toContain(
      'Orlov kan højst vare seks måneder. Håndbogen siger: "Du kan holde orlov i op til seks måneder."',
    );
    // Refused at the end question, before anything is sent; the retry is what is sent.
    expect(out.indexOf('Orlov kan højst vare')).toBeLessThan(out.indexOf('Konsulent-indbakke'));
    expect(out).toContain('onsdag den 1. april 2026 – onsdag den 30. september 2026');
    expect(out).toContain('til Kirsten Magaard');
  });

  it('/bekymring shows 112 right after "ja", before any other question', async () => {
    const out = await runPiped(core, ['/bekymring', 'ja', '1', 'hovedstaden', 'En patient sagde han vil tage sit liv']);
    const emergency = out.indexOf('ring 112 med det samme');
    expect(emergency).toBeGreaterThan(out.indexOf('> ja'));
    expect(emergency).toBeLessThan(out.indexOf('Hvad drejer det sig om?'));
    expect(out).toContain('· til Mia Jandrup (Frivilligkonsulent, Region Hovedstaden) · HASTER');
    expect(out).toContain('Din bekymring er sendt til Mia Jandrup');
  });

  it.each([
    [
      'a suicide plan',
      'Han fortalte, at han har planer om at tage sit liv i nat, pillerne ligger klar.',
      'Afværgepligt',
      true,
    ],
    ['a child at risk', 'Naboen sagde at den 3-årige ofte bliver slået af sin stedfar.', 'Underretningspligt', false],
    [
      'a threat with a weapon',
      'He said his son came at him with a knife yesterday and threatened to kill him.',
      'Afværgepligt',
      true,
    ],
  ])(
    '/bekymring: %s in the description makes a "sparring" case urgent under the duty',
    async (_name, text, duty, acute) => {
      const out = await runPiped(core, ['/bekymring', 'nej', '4', 'hovedstaden', text]);
      expect(out).toContain('· til Mia Jandrup (Frivilligkonsulent, Region Hovedstaden) · HASTER');
      expect(out).toContain(`│ Bekymring – ${duty}`);
      expect(out).toContain('│ Markeret som hastende af botten');
      const result = out.slice(out.lastIndexOf('└─'));
      if (acute) expect(result.split('\n')[1]).toMatch(/^!!! Er nogen i akut fare lige nu, så ring 112/);
      else expect(result).not.toContain('112');
      expect(result).toContain('sendt som hastende');
    },
  );

  it('/afbud: a worry typed as the shift is not sent; 112 and /bekymring are shown instead', async () => {
    const out = await runPiped(core, [
      '/afbud',
      'i morgen',
      'hun sagde hun vil tage sit liv i aften',
      '1',
      '/annuller',
    ]);
    expect(out).toContain('ring 112');
    expect(out).toContain('brug /bekymring');
    expect(out).not.toContain('Konsulent-indbakke');
  });

  it('/bekymring still sends when input ends at the optional description', async () => {
    const out = await runPiped(core, ['/bekymring', 'nej', '4', '5']);
    expect(out).toContain('til Dorte Tranberg-Krab');
    expect(out).toContain('Ingen beskrivelse – ring til den frivillige.');
  });

  it('a dialogue can be cancelled, and nothing is sent', async () => {
    const out = await runPiped(core, ['/afbud', '/annuller', 'Må jeg give en patient et kram?']);
    expect(out).toContain('Afbrudt – intet er sendt.');
    expect(out).not.toContain('Konsulent-indbakke');
    expect(out).toContain('Undlad fysisk kontakt');
  });

  it('input that ends mid-dialogue stops cleanly', async () => {
    const out = await runPiped(core, ['/orlov', '1']);
    expect(out).toContain('Afbrudt – intet er sendt.');
  });

  it('a real situation typed as a question is routed with 112 and the /bekymring hint', async () => {
    const out = await runPiped(core, ['En mor fortalte mig at hendes 6-årige ofte er alene hjemme om natten uden mad']);
    expect(out).toContain('underretningspligt');
    expect(out).toContain('[1] Håndbog for frivillige støtter · Underretningspligt');
    expect(out).toContain('→ Bekymret for nogen? Skriv /bekymring');
  });

  it('/hjælp and unknown commands', async () => {
    const out = await runPiped(core, ['/hjælp', '/foo']);
    expect(out).toContain('/afbud – meld afbud til en vagt');
    expect(out).toContain('/kvitter SAG');
    expect(out).toContain('Ukendt kommando. Skriv /hjælp');
  });

  it('/afslut ends the chat even with more input', async () => {
    const out = await runPiped(core, ['/afslut', 'Hvor længe kan jeg holde orlov?']);
    expect(out).not.toContain('seks måneder');
  });
});

describe('terminal chat: bad input never crashes', () => {
  it.each([
    ['emoji only', '🙂🙂🙂', 'Jeg kan ikke læse emojis'],
    ['control characters', '\u0001\u0002\u0003\u0004\u0005\u0006\u0007\u0008', 'binære data'],
    ['20 kB', 'orlov '.repeat(3500), 'Din besked er for lang'],
    ['English 20 kB', 'leave please '.repeat(1600), 'Your message is too long'],
  ])('%s gets a clear reply', async (_name, line, reply) => {
    const out = await runPiped(core, [line, 'Hvor længe kan jeg holde orlov?']);
    expect(out).toContain(reply);
    expect(out).toContain('seks måneder');
  });

  it.each([
    [
      'a malformed date',
      ['/afbud', '31/02', 'formiddag', '1', 'snart', '32-13-2026', 'også forkert'],
      'Datoen kan ikke læses',
    ],
    ['an unknown region', ['/orlov', 'Bornholm Nord', 'Mars', 'Grønland'], 'Svar med et tal fra 1 til 5'],
    ['an unknown kind', ['/bekymring', 'måske', 'ja', 'noget helt andet'], 'Svar med et tal fra 1 til 4'],
    ['an absurd shift', ['/afbud', 'i morgen', 'x'.repeat(20_000), '1', 'formiddag'], 'højst 100 tegn'],
  ])('%s gets a clear Danish reply', async (_name, lines, reply) => {
    const out = await runPiped(core, lines);
    expect(out).toContain(reply);
  });

  it('dialogues answer in English after an English question', async () => {
    const out = await runPiped(core, ['How long can I take leave?', '/afbud', 'someday', 'morning', '1']);
    expect(out).toContain('What date is the shift?');
    expect(out).toContain('The date could not be read');
  });

  it('an unclear answer to the acute-danger question still shows 112 when the dialogue stops', async () => {
    const out = await runPiped(core, ['/bekymring', 'hmm', 'tja', 'ved ikke']);
    expect(out).toContain('ring 112');
  });
});

describe('terminal chat: timers', () => {
  it('an unacknowledged concern alerts the fallback in the inbox when the deadline passes', async () => {
    const clock = new FakeClock('2026-03-10T09:00:00+01:00');
    const c = await realCore({ clock });
    const out = await runInteractively(c, async function* (printed) {
      yield* ['/bekymring', 'nej', '2', '2', 'beskrivelse-q7z'];
      await printed(/\(sag B-/);
      await clock.advance(10 * 60_000);
      yield '/hjælp';
    });
    expect(out).toContain(
      '┌─ Konsulent-indbakke (lokal) · til Dianna Bomholt (Projektleder) · HASTER\n│ Ubesvaret bekymring',
    );
    expect(out).toContain('│ Ikke kvitteret efter 10 minutter.');
    expect(out).toContain('[Besked til dig] Dianna Bomholt har nu også fået besked om din bekymring');
    expect(out).toContain('Beskrivelse: beskrivelse-q7z');
    expect(out.slice(out.indexOf('Ubesvaret bekymring'))).not.toContain('beskrivelse-q7z');
    await c.close();
    expect(clock.pending).toBe(0);
  });
});
