// Every Adaptive Card verb and typed command the Teams adapter knows, in one place.
// Verbs travel in Action.Execute (`value.action.verb`) and, for clients that still send
// Action.Submit, in the submitted `value.verb`.

export const Verb = {
  afbudSubmit: 'hjertebot.afbud.submit',
  orlovSubmit: 'hjertebot.orlov.submit',
  bekymringSubmit: 'hjertebot.bekymring.submit',
  /** Opens a form (data.form): the help card's buttons and the bekymring button under a safety reply. */
  formOpen: 'hjertebot.form.open',
  /** Closes a form unsent (every form has it; it sends no inputs). */
  formCancel: 'hjertebot.form.cancel',
  caseAcknowledge: 'hjertebot.case.acknowledge',
  caseCallMe: 'hjertebot.case.call_me',
  feedback: 'hjertebot.feedback',
} as const;

export type CardVerb = (typeof Verb)[keyof typeof Verb];

const KNOWN_VERBS = new Set<string>(Object.values(Verb));
export const isKnownVerb = (verb: string): verb is CardVerb => KNOWN_VERBS.has(verb);

/** Typed commands (with or without a leading slash), as listed in the manifest's commandLists. */
export type CommandName = 'afbud' | 'orlov' | 'bekymring' | 'hjaelp';

export const COMMAND_WORDS: Record<string, { command: CommandName; lang: 'da' | 'en' }> = {
  afbud: { command: 'afbud', lang: 'da' },
  orlov: { command: 'orlov', lang: 'da' },
  bekymring: { command: 'bekymring', lang: 'da' },
  hjælp: { command: 'hjaelp', lang: 'da' },
  hjaelp: { command: 'hjaelp', lang: 'da' },
  // English aliases: the forms then speak English.
  cancel: { command: 'afbud', lang: 'en' },
  leave: { command: 'orlov', lang: 'en' },
  concern: { command: 'bekymring', lang: 'en' },
  help: { command: 'hjaelp', lang: 'en' },
};

/** Input ids in the forms; they equal the workflow contracts' field names where one exists. */
export const Field = {
  date: 'date',
  shift: 'shift',
  group: 'group',
  partner: 'partner',
  region: 'region',
  start: 'start',
  end: 'end',
  months: 'months',
  acute: 'acute',
  kind: 'kind',
  text: 'text',
} as const;
