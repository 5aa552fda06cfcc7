import { describe, expect, it } from 'vitest';
import { Verb } from '../../../src/adapters/teams/ids.js';
import { renderReply } from '../../../src/adapters/teams/render/answer.js';
import { bekymringCard } from '../../../src/adapters/teams/render/bekymring-card.js';
import { citationEntity, withCitationMarkers } from '../../../src/adapters/teams/render/citations.js';
import { deliveryCard } from '../../../src/adapters/teams/render/delivery-card.js';
import { workflowResultCard } from '../../../src/adapters/teams/render/workflow-result.js';
import { parseDirectory } from '../../../src/core/directory/load-directory.js';
import type { Citation } from '../../../src/core/types.js';
import { botReply } from '../../support/bot-reply.js';
import { viewCard } from './inspect.js';
import { teamsTestDirectory } from './teams-people.js';

// The pure renderers, called directly.

const directory = parseDirectory(teamsTestDirectory);
const long = 'Du kan holde orlov i op til seks måneder. '.repeat(10);
const citation: Citation = {
  doc: 'haandbog',
  title: 'Håndbog for frivillig støtte i Hjerteforeningen',
  section: 'Orlov – hvis du har brug for en pause',
  page: 12,
  text: long,
};

const reply = botReply;

describe('citations', () => {
  it('fit Teams limits: name ≤ 80, abstract ≤ 160, positions from 1', () => {
    const entity = citationEntity([citation, citation], 'da') as {
      citation: { position: number; appearance: { name: string; abstract: string } }[];
    };
    expect(entity.citation.map((c) => c.position)).toEqual([1, 2]);
    for (const c of entity.citation) {
      expect(c.appearance.name.length).toBeLessThanOrEqual(80);
      expect(c.appearance.abstract.length).toBeLessThanOrEqual(160);
      expect(c.appearance.abstract.endsWith('…')).toBe(true);
    }
  });

  it('add [n] markers only when the text has none', () => {
    expect(withCitationMarkers('Svar.', 2, 'da')).toBe('Svar.\n\nKilder: [1] [2]');
    expect(withCitationMarkers('Svar [1].', 1, 'da')).toBe('Svar [1].');
    expect(withCitationMarkers('Answer.', 1, 'en')).toBe('Answer.\n\nSources: [1]');
    expect(withCitationMarkers('Ved det ikke.', 0, 'da')).toBe('Ved det ikke.');
  });

  it('the sources card shows document · section · page and the full quoted passage', () => {
    const out = renderReply(reply({ citations: [citation] }));
    const view = viewCard(out.attachments![0]!.content as unknown as Record<string, unknown>);
    expect(view.text).toContain(
      '[1] Håndbog for frivillig støtte i Hjerteforeningen · Orlov – hvis du har brug for en pause · s. 12',
    );
    expect(view.text).toContain(`“${long.trim()}”`);
  });
});

describe('safety replies', () => {
  it('acute danger: 112 before the core’s text, then the bekymring button', () => {
    const out = renderReply(
      reply({ text: 'Tal med din konsulent.', route: 'afvaergepligt', acuteDanger: true, offerBekymring: true }),
    );
    expect(out.text).toBeUndefined(); // one card, so nothing can be shown before the 112 line
    const view = viewCard(out.attachments![0]!.content as unknown as Record<string, unknown>);
    expect(view.text.split('\n')).toEqual(['🚨 Er nogen i akut fare, så ring 112 nu.', 'Tal med din konsulent.']);
    expect(view.actions).toEqual([
      expect.objectContaining({
        verb: Verb.formOpen,
        data: expect.objectContaining({ form: 'bekymring', kind: 'afvaergepligt', acute: 'yes' }),
      }),
    ]);
  });

  it('does not say 112 twice when the core already leads with it', () => {
    const out = renderReply(
      reply({ text: 'Ring 112 nu.\nBagefter: udfyld bekymring.', acuteDanger: true, route: 'afvaergepligt' }),
    );
    const view = viewCard(out.attachments![0]!.content as unknown as Record<string, unknown>);
    expect(view.text.match(/112/g)).toHaveLength(1);
  });
});

describe('forms', () => {
  it('bekymring shown again after an error on the free text does not repeat that text', () => {
    const card = bekymringCard(directory, {
      lang: 'da',
      values: { acute: 'no', kind: 'sparring', region: 'hovedstaden', text: 'CPR 010190-1234' },
      errors: { text: 'Fjern CPR-nummeret.' },
    });
    const json = JSON.stringify(card);
    expect(json).not.toContain('010190');
    expect(json).toContain('Fjern CPR-nummeret.');
    expect(viewCard(card as unknown as Record<string, unknown>).inputs[0]).toMatchObject({ id: 'acute', value: 'no' });
  });

  it('a workflow result puts the emergency notice first and shows a failed delivery in red', () => {
    const card = workflowResultCard({
      title: 'Bekymring',
      lang: 'da',
      messageToVolunteer: 'Ring til Mia på 21 53 01 68.',
      emergencyNotice: 'Ring 112 nu.',
      delivered: false,
    });
    expect(card.body[0]).toMatchObject({ text: 'Ring 112 nu.', color: 'Attention' });
    expect(card.body[2]).toMatchObject({ color: 'Attention' });
  });
});

describe('delivery cards', () => {
  it('urgent cases are marked, and each case action is a button carrying the case id and what the card shows (no user ids)', () => {
    const card = deliveryCard({
      caseId: 'c-1',
      kind: 'bekymring',
      to: directory.regions[0]!.consultant,
      urgent: true,
      title: 'Bekymring fra en frivillig',
      lines: ['Region Hovedstaden'],
      actions: ['acknowledge', 'call_me'],
      volunteer: { platform: 'teams', userId: 'u', lang: 'da' },
    });
    const view = viewCard(card as unknown as Record<string, unknown>);
    const shown = { urgent: true, title: 'Bekymring fra en frivillig', lines: ['Region Hovedstaden'] };
    expect(view.text.split('\n')[0]).toBe('⚠️ HASTER');
    expect(view.actions.map((a) => [a.title, a.data])).toEqual([
      ['Kvittér', { caseId: 'c-1', shown, verb: Verb.caseAcknowledge }],
      ['Ring til mig', { caseId: 'c-1', shown, verb: Verb.caseCallMe }],
    ]);
  });
});
