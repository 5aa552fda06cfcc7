import type { types } from '@slack/bolt';
import { clip } from '../../../core/clip.js';

// Small pure helpers over Slack's Block Kit types, shared by every renderer.

export type KnownBlock = types.KnownBlock;
export type ModalView = types.ModalView;
export type HomeView = types.HomeView;
export type PlainTextOption = types.PlainTextOption;
export type Button = types.Button;

/** Slack's limits: section text 3000 chars, plain-text option labels 75, context element 2000 (kept lower). */
const SECTION_MAX = 3000;

/** mrkdwn treats &, < and > as control characters; user-visible text from the core must not. */
export function escapeMrkdwn(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

export const plain = (text: string, max = 150): types.PlainTextElement => ({
  type: 'plain_text',
  text: clip(text, max),
  emoji: true,
});

export const mrkdwn = (text: string): types.MrkdwnElement => ({ type: 'mrkdwn', text: clip(text, SECTION_MAX) });

export function section(text: string, blockId?: string): types.SectionBlock {
  return { type: 'section', text: mrkdwn(text), ...(blockId ? { block_id: blockId } : {}) };
}

/** Long text split over several sections at paragraph boundaries, so nothing is cut off. */
export function sections(text: string): types.SectionBlock[] {
  const out: string[] = [];
  let current = '';
  for (const para of text.split(/\n{2,}/)) {
    const next = current ? `${current}\n\n${para}` : para;
    if (next.length <= SECTION_MAX) current = next;
    else {
      if (current) out.push(current);
      current = clip(para, SECTION_MAX);
    }
  }
  if (current) out.push(current);
  return out.map((t) => section(t));
}

export const context = (...texts: string[]): types.ContextBlock => ({
  type: 'context',
  elements: texts.map((t) => ({ type: 'mrkdwn', text: clip(t, 1900) })),
});

export const header = (text: string): types.HeaderBlock => ({ type: 'header', text: plain(text, 150) });

export function button(opts: { text: string; actionId: string; value?: string; style?: 'primary' | 'danger' }): Button {
  return {
    type: 'button',
    text: plain(opts.text, 75),
    action_id: opts.actionId,
    ...(opts.value !== undefined ? { value: opts.value } : {}),
    ...(opts.style ? { style: opts.style } : {}),
  };
}

export const option = (text: string, value: string): PlainTextOption => ({ text: plain(text, 75), value });
