import type { AfbudField, BekymringField, CaseAction, OrlovField } from '../../core/workflows/contracts.js';

// Every callback_id, action_id and block_id the Slack adapter sends or listens for, in one place.

export const COMMANDS = {
  afbud: '/afbud',
  orlov: '/orlov',
  bekymring: '/bekymring',
} as const;

export const CALLBACK = {
  afbud: 'afbud_modal',
  orlov: 'orlov_modal',
  bekymring: 'bekymring_modal',
} as const;

/** Global shortcuts (the ⚡ menu): they work everywhere, also where Slack refuses slash commands (threads). */
export const SHORTCUT = {
  afbud: 'afbud_shortcut',
  orlov: 'orlov_shortcut',
  bekymring: 'bekymring_shortcut',
} as const;

export const ACTION = {
  /** Slack's native feedback_buttons element under an answer; the rating is in the value. */
  feedback: 'answer_feedback',
  /** The 👍/👎 buttons on answers posted before feedback_buttons. */
  feedbackUp: 'feedback_up',
  feedbackDown: 'feedback_down',
  openAfbud: 'open_afbud',
  openOrlov: 'open_orlov',
  openBekymring: 'open_bekymring',
  caseAcknowledge: 'case_acknowledge',
  caseCallMe: 'case_call_me',
} as const;

/** Button action_id for each case action the core knows. */
export const CASE_ACTION_IDS: Record<CaseAction, string> = {
  acknowledge: ACTION.caseAcknowledge,
  call_me: ACTION.caseCallMe,
};

/** Input blocks per form field: block_id doubles as the key for inline errors. */
export const AFBUD_BLOCKS: Record<AfbudField, string> = {
  date: 'afbud_date',
  shift: 'afbud_shift',
  group: 'afbud_group',
  partner: 'afbud_partner',
};

export const ORLOV_BLOCKS: Record<OrlovField, string> = {
  region: 'orlov_region',
  start: 'orlov_start',
  end: 'orlov_end',
  months: 'orlov_months',
};

export const BEKYMRING_BLOCKS: Record<BekymringField, string> = {
  acute: 'bekymring_acute',
  kind: 'bekymring_kind',
  region: 'bekymring_region',
  text: 'bekymring_text',
};

/** The single element inside each input block. */
export const INPUT_ACTION = 'input';

export const BLOCK = {
  feedback: 'answer_feedback',
  caseActions: 'case_actions',
  caseStatus: 'case_status',
  homeForms: 'home_forms',
} as const;

/** Matches exactly one of the given ids: one Bolt listener for a group of ids keeps its chain short. */
export function anyOf(ids: readonly string[]): RegExp {
  return new RegExp(`^(?:${ids.map((id) => id.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})$`);
}
