import { describe, expect, it } from 'vitest';
import { ACTION, BLOCK } from '../../../src/adapters/slack/ids.js';
import {
  answerBlocks,
  citationBlock,
  FeedbackValue,
  withFeedbackThanks,
} from '../../../src/adapters/slack/render/answer.js';
import { escapeMrkdwn, sections } from '../../../src/adapters/slack/render/block-kit.js';
import { caseUpdateMessage, deliveryMessage } from '../../../src/adapters/slack/render/delivery.js';
import { bekymringModal } from '../../../src/adapters/slack/render/modal-bekymring.js';
import { workflowReply } from '../../../src/adapters/slack/render/workflow-reply.js';
import type { BotReply, Directory } from '../../../src/core/types.js';
import type { Delivery } from '../../../src/core/workflows/contracts.js';
import { botReply } from '../../support/bot-reply.js';

const reply = (over: Partial<BotReply> = {}) =>
  botReply({
    text: 'Du kan holde orlov i op til 6 måneder.',
    citations: [
      {
        doc: 'haandbog',
        title: 'Håndbog for frivillige støtter',
        section: 'Orlov',
        page: 4,
        text: 'Orlov kan højst vare 6 måneder.',
      },
    ],
    ...over,
  });

const json = (x: unknown) => JSON.stringify(x);

describe('answer blocks', () => {
  it('puts the answer first, then the source with section, page and quoted passage', () => {
    const blocks = answerBlocks(reply(), 'a1');
    expect(blocks[0]).toMatchObject({ type: 'section', text: { text: 'Du kan holde orlov i op til 6 måneder.' } });
    const citation = blocks.find((b) => b.type === 'context' && json(b).includes('Håndbog'));
    expect(json(citation)).toContain('*Håndbog for frivillige støtter* · Orlov · s. 4');
    expect(json(citation)).toContain('> “Orlov kan højst vare 6 måneder.”');
    expect(blocks.at(-1)).toMatchObject({
      type: 'context_actions',
      block_id: BLOCK.feedback,
      elements: [{ type: 'feedback_buttons', action_id: ACTION.feedback }],
    });
  });

  it('shows 112 before anything else when someone may be in danger, and offers /bekymring', () => {
    const blocks = answerBlocks(
      reply({ acuteDanger: true, route: 'afvaergepligt', offerBekymring: true, lang: 'en', text: 'Steps…' }),
      'a2',
    );
    expect(json(blocks[0])).toMatch(/Call 112 first/);
    const open = blocks.find((b) => b.type === 'actions' && json(b).includes(ACTION.openBekymring));
    expect(json(open)).toContain('"value":"en"');
  });

  it('escapes Slack control characters in the answer so text cannot become a mention or link', () => {
    const blocks = answerBlocks(reply({ text: 'Se <!channel> & <https://x|y>' }), 'a3');
    expect(json(blocks[0])).toContain('Se &lt;!channel&gt; &amp; &lt;https://x|y&gt;');
  });

  it('cites English answers with "p." and no section when there is none', () => {
    expect(json(citationBlock({ doc: 'd', title: 'Toolkit', section: '', page: 2, text: 'x' }, 'en'))).toContain(
      '*Toolkit* · p. 2',
    );
  });

  it('round-trips a feedback value and refuses anything else', () => {
    expect(FeedbackValue.parse(FeedbackValue.encode('8a6f-11', 'en', 'down'))).toEqual({
      answerId: '8a6f-11',
      lang: 'en',
      rating: 'down',
    });
    // Buttons posted before feedback_buttons: no rating in the value.
    expect(FeedbackValue.parse('da:8a6f-11')).toEqual({ answerId: '8a6f-11', lang: 'da' });
    expect(FeedbackValue.parse('xx:1')).toBeUndefined();
    expect(FeedbackValue.parse(undefined)).toBeUndefined();
  });

  it('replaces only the feedback buttons with a thank-you', () => {
    const blocks = answerBlocks(reply(), 'a4');
    const after = withFeedbackThanks(blocks, 'da');
    expect(after).toHaveLength(blocks.length);
    expect(json(after)).not.toContain('feedback_buttons');
    expect(json(after.at(-1))).toContain('Tak');
  });

  it('splits long answers over several sections instead of cutting them', () => {
    const long = Array.from({ length: 8 }, (_, i) => `Afsnit ${i} ${'x'.repeat(600)}`).join('\n\n');
    const parts = sections(long);
    expect(parts.length).toBeGreaterThan(1);
    expect(parts.every((p) => p.text!.text.length <= 3000)).toBe(true);
    expect(parts.map((p) => p.text!.text).join('\n\n')).toBe(long);
  });

  it('escapes &, < and >', () => expect(escapeMrkdwn('a<b>&c')).toBe('a&lt;b&gt;&amp;c'));
});

const delivery: Delivery = {
  caseId: 'case-1',
  kind: 'bekymring',
  to: { id: 'k', name: 'Mia', role: 'Konsulent', phone: '+4521530168', chat: { slack: 'U0CONSULT1' } },
  urgent: true,
  title: 'Bekymring: et barns trivsel',
  lines: ['Region: Region Hovedstaden', 'Ring den frivillige op.'],
  actions: ['acknowledge', 'call_me'],
  volunteer: { platform: 'slack', userId: 'U0VOL', lang: 'da' },
};

describe('delivery messages', () => {
  it('marks urgent cases, names the volunteer and carries ids only in the buttons', () => {
    const m = deliveryMessage(delivery);
    expect(m.text).toBe('🚨 HASTER: Bekymring: et barns trivsel');
    expect(json(m.blocks)).toContain('<@U0VOL>');
    const actions = m.blocks.find((b) => b.type === 'actions');
    const values = (actions as { elements: { value: string }[] }).elements.map((e) => JSON.parse(e.value) as unknown);
    expect(values).toEqual([
      { caseId: 'case-1', volunteer: 'U0VOL' },
      { caseId: 'case-1', volunteer: 'U0VOL' },
    ]);
  });

  it('has no buttons for a notice that needs no answer', () => {
    expect(deliveryMessage({ ...delivery, actions: [], urgent: false }).blocks.some((b) => b.type === 'actions')).toBe(
      false,
    );
  });

  const acknowledged = {
    ok: true as const,
    status: 'acknowledged' as const,
    updatedTitle: 'Kvitteret',
    updatedLines: ['Sag: case-1', 'Mia tager den.'],
    statusLines: ['Mia tager den.'],
  };

  it('drops the buttons once acknowledged', () => {
    const m = caseUpdateMessage(acknowledged, { caseId: 'case-1', volunteer: 'U0VOL' });
    expect(m.blocks.some((b) => b.type === 'actions')).toBe(false);
    expect(json(m.blocks)).toContain('Mia tager den.');
  });

  it('keeps the delivered message, description included, and swaps only the buttons for the status', () => {
    const original = deliveryMessage({
      ...delivery,
      lines: [...delivery.lines, 'Beskrivelse: en svær samtale på stuen'],
    }).blocks;
    const m = caseUpdateMessage(acknowledged, { caseId: 'case-1', volunteer: 'U0VOL' }, original);
    expect(json(m.blocks)).toContain('Beskrivelse: en svær samtale på stuen');
    expect(m.blocks.some((b) => b.type === 'actions')).toBe(false);
    expect(json(m.blocks.at(-1))).toContain('Mia tager den.');
    // A second press replaces the status instead of stacking another one.
    const again = caseUpdateMessage(acknowledged, { caseId: 'case-1', volunteer: 'U0VOL' }, m.blocks);
    expect(json(again.blocks).split('Mia tager den.').length - 1).toBe(1);
  });
});

describe('workflow reply to the volunteer', () => {
  it('puts the emergency notice first, in both blocks and notification text', () => {
    const m = workflowReply({
      ok: true,
      lang: 'da',
      caseId: 'c',
      delivered: true,
      messageToVolunteer: 'Konsulenten har fået besked.',
      emergencyNotice: 'Ring 112 nu.',
    });
    expect(json(m.blocks[0])).toContain('Ring 112 nu.');
    expect(m.text.startsWith('Ring 112 nu.')).toBe(true);
  });
});

describe('/bekymring modal', () => {
  const directory: Directory = {
    regions: [{ id: 'r', name: 'Region R', consultant: delivery.to }],
    groups: [],
    fallback: delivery.to,
  };
  it('is in English when opened from an English answer', () => {
    const view = bekymringModal(directory, { lang: 'en' });
    expect(json(view.blocks[0])).toContain('Is anyone in acute danger right now?');
    expect(json(view)).toContain('Do not write names or CPR numbers');
  });
});
