// Adaptive Card primitives. Pure data: no SDK classes, so renderers are easy to test and diff.

export type CardElement = { type: string } & Record<string, unknown>;
export type CardAction = {
  type: 'Action.Execute';
  title: string;
  verb: string;
  data: Record<string, unknown>;
  style?: 'positive' | 'destructive';
  /** "none": the button sends no inputs, so required fields do not stop it (a cancel button). */
  associatedInputs?: 'auto' | 'none';
};

export interface AdaptiveCard {
  type: 'AdaptiveCard';
  $schema: string;
  /** 1.5: Input labels and Action.Execute; supported by Teams desktop, web and mobile. */
  version: '1.5';
  body: CardElement[];
  actions?: CardAction[];
}

export interface CardAttachment {
  contentType: 'application/vnd.microsoft.card.adaptive';
  content: AdaptiveCard;
}

/** A message the adapter sends; turned into an SDK Activity at the edge. */
export interface OutgoingMessage {
  text?: string;
  textFormat?: 'markdown' | 'plain';
  attachments?: CardAttachment[];
  entities?: Record<string, unknown>[];
  /** Teams-specific flags, e.g. `feedbackLoopEnabled` for the platform's own 👍/👎. */
  channelData?: Record<string, unknown>;
}

export const ADAPTIVE_CARD = 'application/vnd.microsoft.card.adaptive';

export function card(body: CardElement[], actions: CardAction[] = []): AdaptiveCard {
  return {
    type: 'AdaptiveCard',
    $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
    version: '1.5',
    body,
    ...(actions.length ? { actions } : {}),
  };
}

export const attachment = (content: AdaptiveCard): CardAttachment => ({ contentType: ADAPTIVE_CARD, content });

export const cardMessage = (content: AdaptiveCard): OutgoingMessage => ({ attachments: [attachment(content)] });

export function textBlock(text: string, opts: Record<string, unknown> = {}): CardElement {
  return { type: 'TextBlock', text, wrap: true, ...opts };
}

export const heading = (text: string): CardElement =>
  textBlock(text, { size: 'Medium', weight: 'Bolder', style: 'heading' });

/** Red, bold: used for 112 and for field errors so they are seen first. */
export const attention = (text: string, opts: Record<string, unknown> = {}): CardElement =>
  textBlock(text, { color: 'Attention', weight: 'Bolder', ...opts });

/** Bold, not yellow: yellow text is hard to read on Teams' light theme. */
export const warning = (text: string): CardElement => textBlock(`⚠️ ${text}`, { weight: 'Bolder', size: 'Small' });

export const subtle = (text: string): CardElement => textBlock(text, { isSubtle: true, size: 'Small' });

export function execute(
  title: string,
  verb: string,
  data: Record<string, unknown> = {},
  style?: CardAction['style'],
): CardAction {
  // `verb` is repeated in data so clients that turn the button into Action.Submit still route it.
  return { type: 'Action.Execute', title, verb, data: { ...data, verb }, ...(style ? { style } : {}) };
}

/** A form's cancel button: sends none of the inputs, so nothing typed leaves the card. */
export function cancelAction(title: string, verb: string, data: Record<string, unknown>): CardAction {
  return { ...execute(title, verb, data), associatedInputs: 'none' };
}

export interface Choice {
  title: string;
  value: string;
}

export function choiceSet(
  id: string,
  label: string,
  choices: Choice[],
  opts: { value?: string; required?: boolean; expanded?: boolean; errorMessage?: string; placeholder?: string } = {},
): CardElement {
  return {
    type: 'Input.ChoiceSet',
    id,
    label,
    choices,
    style: opts.expanded ? 'expanded' : 'compact',
    ...(opts.placeholder ? { placeholder: opts.placeholder } : {}),
    isRequired: opts.required ?? false,
    ...(opts.errorMessage ? { errorMessage: opts.errorMessage } : {}),
    ...(opts.value ? { value: opts.value } : {}),
  };
}

export function dateInput(
  id: string,
  label: string,
  opts: { value?: string; required?: boolean; errorMessage?: string; placeholder?: string } = {},
): CardElement {
  return {
    type: 'Input.Date',
    id,
    label,
    ...(opts.placeholder ? { placeholder: opts.placeholder } : {}),
    isRequired: opts.required ?? false,
    ...(opts.errorMessage ? { errorMessage: opts.errorMessage } : {}),
    ...(opts.value ? { value: opts.value } : {}),
  };
}

export function textInput(
  id: string,
  label: string,
  opts: {
    value?: string;
    placeholder?: string;
    required?: boolean;
    multiline?: boolean;
    maxLength?: number;
    errorMessage?: string;
  } = {},
): CardElement {
  return {
    type: 'Input.Text',
    id,
    label,
    isRequired: opts.required ?? false,
    isMultiline: opts.multiline ?? false,
    ...(opts.maxLength ? { maxLength: opts.maxLength } : {}),
    ...(opts.placeholder ? { placeholder: opts.placeholder } : {}),
    ...(opts.errorMessage ? { errorMessage: opts.errorMessage } : {}),
    ...(opts.value ? { value: opts.value } : {}),
  };
}

export function numberInput(
  id: string,
  label: string,
  opts: { value?: string; min?: number; max?: number; placeholder?: string } = {},
): CardElement {
  return {
    type: 'Input.Number',
    id,
    label,
    ...(opts.min !== undefined ? { min: opts.min } : {}),
    ...(opts.max !== undefined ? { max: opts.max } : {}),
    ...(opts.placeholder ? { placeholder: opts.placeholder } : {}),
    ...(opts.value ? { value: Number(opts.value) } : {}),
  };
}

/** An input followed by its server-side error, if any. */
export function withError(input: CardElement, error: string | undefined): CardElement[] {
  return error ? [input, attention(error, { size: 'Small', spacing: 'None' })] : [input];
}
