import type { types } from '@slack/bolt';
import type { Directory, Lang } from '../../../core/types.js';
import { INPUT_ACTION } from '../ids.js';
import { type ModalView, option, plain } from './block-kit.js';

// Input blocks shared by the three modals. Every input holds exactly one element, INPUT_ACTION,
// so view state reads as state.values[block_id].input.

/** Ids only: where the command was run (for an ephemeral fallback) and the form's language. */
export interface ModalMetadata {
  channelId?: string;
  lang: Lang;
}

export const FREE_TEXT_WARNING = {
  da: 'Skriv ikke navne eller CPR-numre — konsulenten ringer dig op.',
  en: 'Do not write names or CPR numbers — the consultant will call you.',
} as const;

interface InputOpts {
  blockId: string;
  label: string;
  hint?: string;
  optional?: boolean;
}

function input(opts: InputOpts, element: types.InputBlockElement): types.InputBlock {
  return {
    type: 'input',
    block_id: opts.blockId,
    label: plain(opts.label, 2000),
    element,
    ...(opts.hint ? { hint: plain(opts.hint, 2000) } : {}),
    ...(opts.optional ? { optional: true } : {}),
  };
}

export const dateInput = (opts: InputOpts & { placeholder: string }): types.InputBlock =>
  input(opts, { type: 'datepicker', action_id: INPUT_ACTION, placeholder: plain(opts.placeholder) });

export const textInput = (
  opts: InputOpts & { placeholder?: string; multiline?: boolean; maxLength: number },
): types.InputBlock =>
  input(opts, {
    type: 'plain_text_input',
    action_id: INPUT_ACTION,
    max_length: opts.maxLength,
    ...(opts.multiline ? { multiline: true } : {}),
    ...(opts.placeholder ? { placeholder: plain(opts.placeholder) } : {}),
  });

export const numberInput = (opts: InputOpts & { placeholder: string }): types.InputBlock =>
  input(opts, {
    type: 'number_input',
    action_id: INPUT_ACTION,
    is_decimal_allowed: false,
    placeholder: plain(opts.placeholder),
  });

export const userInput = (opts: InputOpts & { placeholder: string }): types.InputBlock =>
  input(opts, { type: 'users_select', action_id: INPUT_ACTION, placeholder: plain(opts.placeholder) });

export function radioInput(
  opts: InputOpts & { options: { text: string; value: string; description?: string }[] },
): types.InputBlock {
  return input(opts, {
    type: 'radio_buttons',
    action_id: INPUT_ACTION,
    options: opts.options.map((o) => ({
      ...option(o.text, o.value),
      ...(o.description ? { description: plain(o.description, 75) } : {}),
    })),
  });
}

export function regionSelect(opts: InputOpts & { placeholder: string }, directory: Directory): types.InputBlock {
  return input(opts, {
    type: 'static_select',
    action_id: INPUT_ACTION,
    placeholder: plain(opts.placeholder),
    options: directory.regions.map((r) => option(r.name, r.id)),
  });
}

/** Hospital groups under their region, so 22 departments stay easy to scan. */
export function groupSelect(opts: InputOpts & { placeholder: string }, directory: Directory): types.InputBlock {
  const option_groups = directory.regions
    .map((r) => ({
      label: plain(r.name, 75),
      options: directory.groups.filter((g) => g.regionId === r.id).map((g) => option(g.name, g.id)),
    }))
    .filter((g) => g.options.length > 0);
  return input(opts, {
    type: 'static_select',
    action_id: INPUT_ACTION,
    placeholder: plain(opts.placeholder),
    option_groups,
  });
}

export function modal(opts: {
  callbackId: string;
  title: string;
  submit: string;
  close: string;
  metadata: ModalMetadata;
  blocks: types.KnownBlock[];
}): ModalView {
  return {
    type: 'modal',
    callback_id: opts.callbackId,
    title: plain(opts.title, 24),
    submit: plain(opts.submit, 24),
    close: plain(opts.close, 24),
    private_metadata: JSON.stringify(opts.metadata),
    // Closing the modal leaves nothing behind: no "are you sure" round-trip with state to us.
    notify_on_close: false,
    blocks: opts.blocks,
  };
}
