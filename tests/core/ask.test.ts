import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type AskDeps, ask, OFFER_LINE } from '../../src/core/ask.js';
import { loadDirectory } from '../../src/core/directory/load-directory.js';
import { type KnowledgeBase, loadKnowledge } from '../../src/core/knowledge/knowledge-base.js';
import type { AnswerGenerator } from '../../src/core/ports.js';
import { allowanceFor } from '../../src/core/screening/allowance.js';
import { createPersonalDataScreen } from '../../src/core/screening/personal-data.js';
import { createLogger } from '../../src/logger.js';
import { seedDir } from '../support/seed.js';
import { capturingLogger } from './workflows/support.js';

const ROOT = resolve(import.meta.dirname, '../..');
let dataDir: string;
let knowledge: KnowledgeBase;
let deps: AskDeps;

beforeAll(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'hjertebot-ask-'));
  knowledge = await loadKnowledge({
    knowledgeDir: join(ROOT, 'knowledge'),
    dataDir,
    seedDir: seedDir(),
    logger: createLogger('silent'),
  });
  const directory = await loadDirectory(join(ROOT, 'config/directory.json'));
  deps = {
    knowledge,
    logger: createLogger('silent'),
    screenPersonalData: createPersonalDataScreen(allowanceFor(directory, knowledge.chunks)),
  };
});
afterAll(async () => {
  await rm(dataDir, { recursive: true, force: true });
});

describe('ask: safety comes before retrieval', () => {
  it('routes a real suicide risk under afværgepligt with 112 first and the handbook passage cited', async () => {
    const r = await ask(
      'En patient sagde i dag til mig, at han ikke vil leve mere og har planer om at tage sit eget liv.',
      deps,
    );
    expect(r).toMatchObject({ route: 'afvaergepligt', acuteDanger: true, offerBekymring: true, abstained: false });
    expect(r.text.split('\n')[1]).toContain('ring 112');
    expect(r.citations.map((c) => c.section)).toEqual(['Afværgepligt', 'Afværgepligt']);
    expect(r.citations[0]!.text).toContain('Afværgepligten betyder, at alle borgere');
  });

  it('routes a child at risk under underretningspligt and cites the handbook', async () => {
    const r = await ask('A mother told me her 6-year-old is alone at night without food', deps);
    expect(r).toMatchObject({ route: 'underretningspligt', lang: 'en', offerBekymring: true });
    expect(r.text).toContain('call 112');
    expect(r.citations[0]!.section).toBe('Underretningspligt');
    expect(r.citations.some((c) => c.text.includes('Alle voksne i Danmark har underretningspligt'))).toBe(true);
  });

  it('never sends a duty situation to the answer generator', async () => {
    const calls: string[] = [];
    const generator: AnswerGenerator = {
      generate: async (input) => {
        calls.push(input.question);
        return null;
      },
    };
    await ask('Patienten fortalte at hendes mand slår hende', { ...deps, generator });
    expect(calls).toEqual([]);
  });

  it.each([
    'Hvad er afværgepligt?',
    'what does underretningspligt mean?',
    'Hvad gør jeg hvis jeg bliver bekymret for et barns trivsel?',
  ])('answers a question about the duties calmly, with no offer: %s', async (q) => {
    const r = await ask(q, deps);
    expect(r.route).toBeNull();
    expect(r.abstained).toBe(false);
    expect(r.citations.length).toBeGreaterThan(0);
    expect(r.offerBekymring).toBe(false);
    expect(r.text).not.toContain('Det lyder, som om du måske er bekymret');
  });

  it.each([
    ['worried about someone', 'Jeg er virkelig urolig for den ældre dame, jeg besøgte i formiddags', 'da'],
    ['worried, in English', "I'm quite worried about the man I sat with on Tuesday", 'en'],
    ['a child at home', 'Naboens dreng på 8 vil ikke gå hjem efter skole', 'da'],
    ['harm that happened', 'She said her brother grabbed her by the arm in the car park', 'en'],
  ])('offers /bekymring above the answer (not sure enough to route): %s', async (_name, q, lang) => {
    const r = await ask(q, deps);
    expect(r.route).toBeNull();
    expect(r.offerBekymring).toBe(true);
    expect(r.text.split('\n')[0]).toBe(OFFER_LINE[lang as 'da' | 'en']);
  });

  it('offers /bekymring on a message too long to answer when the offer net fires in its end', async () => {
    const r = await ask(`${'Vi snakkede om vejret og om haven. '.repeat(150)}Jeg er bekymret for hende.`, deps);
    expect(r.route).toBeNull();
    expect(r.offerBekymring).toBe(true);
    expect(r.text).toMatch(/^Det lyder, som om du måske er bekymret for nogen/);
    expect(r.text).toContain('Din besked er for lang');
  });

  it('offers /bekymring when a message speaks of danger the duty screen does not route', async () => {
    const r = await ask(
      "my patient said he's put all his papers in order and told his son where the key to the gun cabinet is",
      deps,
    );
    expect(r.route).toBeNull();
    expect(r.offerBekymring).toBe(true);
    expect(r.text.startsWith(OFFER_LINE.en)).toBe(true);
    expect((await ask('Må jeg tage noter under samtalen?', deps)).offerBekymring).toBe(false);
  });

  it('offers /bekymring, without routing, when alarm words are told as a joke or about a film', async () => {
    for (const message of [
      'Manden på stue 2 sagde at han ville slå mig ihjel i ludo i morgen, haha. Må vi spille spil med patienterne?',
      'Watched a movie where a nurse was threatened by a relative. Am I ever alone on a shift?',
    ]) {
      const r = await ask(message, deps);
      expect(r.route).toBeNull();
      expect(r.offerBekymring).toBe(true);
      expect(r.text.split('\n')[0]).toBe(OFFER_LINE[r.lang]);
    }
  });

  it('ends an answer about cancelling a shift or about leave with the command that does it', async () => {
    expect((await ask('hvad gør jeg hvis jeg er syg og ikke kan tage min vagt', deps)).text).toMatch(
      /Skriv \/afbud\.$/,
    );
    expect((await ask('Hvor længe kan jeg holde orlov?', deps)).text).toMatch(/Skriv \/orlov\.$/);
    expect((await ask('how long can I take leave for?', deps)).text).toMatch(/Type \/orlov\.$/);
    const notes = await ask('Må jeg tage noter?', deps);
    expect(notes.text).not.toMatch(/\/afbud|\/orlov/);
    // Same section as cancelling, but not a question about cancelling.
    const rota = await ask('how many volunteers need to be on a shift?', deps);
    expect(rota.citations[0]!.section).toMatch(/aflysning af vagt/i);
    expect(rota.text).not.toContain('/afbud');
  });

  it('screens even a message too long to answer', async () => {
    const r = await ask(`Patienten sagde han vil tage sit liv. ${'bla '.repeat(3000)}`, deps);
    expect(r.route).toBe('afvaergepligt');
  });

  it('routes a 6,000-character story whose danger is in its last sentence', async () => {
    let story = '';
    while (story.length < 6000)
      story += 'Vi talte længe om hans have, om barnebarnet der skal konfirmeres, og om maden på afdelingen. ';
    const r = await ask(
      `${story}Da jeg gik, sagde han stille, at han har gemt sine sovepiller og vil tage dem alle i nat.`,
      deps,
    );
    expect(r.route).toBe('afvaergepligt');
    expect(r.acuteDanger).toBe(true);
  });

  it('routes danger at the end of a 100,000-character paste (read in windows)', async () => {
    const r = await ask(`${'Vi talte om vejret. '.repeat(5000)}He told me he is going to kill himself tonight.`, deps);
    expect(r.route).toBe('afvaergepligt');
  });
});

describe('ask: personal data', () => {
  it('warns, never echoes the data, and answers from the stripped text', async () => {
    const seen: string[] = [];
    const generator: AnswerGenerator = {
      generate: async (input) => {
        seen.push(input.question);
        return null;
      },
    };
    const q =
      'Patienten Jens Hansen med cpr 010203-1234 spurgte, om han må få besøg af en frivillig igen. Må jeg love det?';
    const r = await ask(q, { ...deps, generator });
    expect(r.piiWarning).toBe(true);
    expect(r.text).toMatch(/^Din besked indeholdt vist personoplysninger/);
    expect(r.text).toContain('skriv ikke personoplysninger ned');
    for (const secret of ['Jens', 'Hansen', '010203-1234', '0102031234'])
      expect(JSON.stringify(r)).not.toContain(secret);
    for (const s of seen) expect(s).not.toMatch(/Jens|010203/);
  });

  it('strips personal data from earlier turns too, before they reach search', async () => {
    const seen: unknown[] = [];
    const spying = {
      ...knowledge,
      retriever: {
        search: (query: string, opts: unknown) => (
          seen.push([query, opts]), knowledge.retriever.search(query, opts as never)
        ),
      },
    } as unknown as KnowledgeBase;
    await ask(
      'and what about leave?',
      { ...deps, knowledge: spying },
      { history: [{ role: 'user', text: 'my patient Mary Smith, 22 33 44 55, asked about notes' }] },
    );
    expect(JSON.stringify(seen)).toContain('asked about notes');
    expect(JSON.stringify(seen)).not.toMatch(/Mary|22 33/);
  });

  it('staff phone numbers are not personal data', async () => {
    const r = await ask('Er +45 21 53 01 68 Mia Jandrups nummer?', deps);
    expect(r.piiWarning).toBe(false);
  });

  it('logs metadata only', async () => {
    const { logger, lines } = capturingLogger();
    await ask('Patienten Jens Hansen, 22 33 44 55, vil tage sit liv', { ...deps, logger });
    expect(lines()).toContain('"event":"ask"');
    expect(lines()).not.toMatch(/Jens|Hansen|22 33 44 55|tage sit liv/);
  });
});

describe('ask: answers and bad input', () => {
  it('quotes the six-month rule with its source', async () => {
    const r = await ask('Hvor længe kan jeg holde orlov?', deps);
    expect(r.abstained).toBe(false);
    expect(r.citations[0]).toMatchObject({
      title: 'Håndbog for frivillige støtter',
      section: 'Orlov – hvis du har brug for en pause',
    });
    expect(r.text).toContain('seks måneder');
  });

  it.each([
    ['', 'Din besked er tom'],
    [' \n\t ', 'Din besked er tom'],
    ['🙂👍🏽❤️', 'Jeg kan ikke læse emojis'],
    ['\u0000\u0001\u0002\u0003\u0004\u0005\u0006\u0007binary\u0000\u0000', 'ligner en fil eller binære data'],
    ['x'.repeat(50_000), 'Din besked er for lang'],
    [42, 'Jeg kan kun læse tekstbeskeder'],
  ])('gives a clear Danish reply to bad input %#', async (input, text) => {
    const r = await ask(input, deps);
    expect(r.text).toContain(text);
    expect(r.route).toBeNull();
  });

  it('answers a long English message in English', async () => {
    const r = await ask(
      `Could you please tell me how long I may take leave from volunteering? ${'please '.repeat(1000)}`,
      deps,
    );
    expect(r.text).toContain('Your message is too long');
  });

  it('keeps the question around emoji and control characters', async () => {
    const r = await ask('Hvor længe kan jeg holde orlov? 🤔\u0007\u200b', deps);
    expect(r.text).toContain('seks måneder');
  });

  it('greets and explains what it can do', async () => {
    expect((await ask('Hej!', deps)).text).toContain('/bekymring');
    expect((await ask('thanks!', deps)).text).toBe('You are welcome. Just ask again whenever you need to.');
  });

  it('answers "cannot search now" instead of throwing when retrieval fails', async () => {
    const broken = {
      ...knowledge,
      retriever: { search: async () => Promise.reject(new Error('index gone')) },
    } as unknown as KnowledgeBase;
    const r = await ask('Må jeg tage noter?', { ...deps, knowledge: broken });
    expect(r.text).toContain('Jeg kan ikke søge i dokumenterne lige nu');
  });
});
