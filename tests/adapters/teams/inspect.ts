import type { ConnectorCall } from '../../support/bot-connector-server.js';

// Readers over what the bot sent: cards, their text and their buttons.

type Json = Record<string, unknown>;

export interface CardView {
  card: Json;
  /** Every TextBlock's text and every input's label/placeholder, in order, joined by newlines. */
  text: string;
  inputs: Json[];
  actions: { title: string; verb: string; data: Json }[];
}

function walk(node: unknown, visit: (n: Json) => void): void {
  if (Array.isArray(node)) for (const n of node) walk(n, visit);
  else if (node && typeof node === 'object') {
    visit(node as Json);
    for (const v of Object.values(node)) walk(v, visit);
  }
}

export function viewCard(card: Json): CardView {
  const texts: string[] = [];
  const inputs: Json[] = [];
  walk(card.body, (n) => {
    if (n.type === 'TextBlock' && typeof n.text === 'string') texts.push(n.text);
    if (typeof n.type === 'string' && n.type.startsWith('Input.')) {
      inputs.push(n);
      for (const k of ['label', 'placeholder']) if (typeof n[k] === 'string') texts.push(n[k] as string);
    }
  });
  const actions = ((card.actions as Json[] | undefined) ?? []).map((a) => ({
    title: String(a.title),
    verb: String(a.verb),
    data: (a.data ?? {}) as Json,
  }));
  return { card, text: texts.join('\n'), inputs, actions };
}

export function cardsOf(activity: Json): CardView[] {
  const attachments = (activity.attachments as Json[] | undefined) ?? [];
  return attachments
    .filter((a) => a.contentType === 'application/vnd.microsoft.card.adaptive')
    .map((a) => viewCard(a.content as Json));
}

/** Messages (not typing) the bot posted or replied, in order. */
export const messagesIn = (calls: ConnectorCall[]): Json[] =>
  calls.filter((c) => (c.kind === 'send' || c.kind === 'reply') && c.body.type === 'message').map((c) => c.body);

/** The body of an Action.Execute invoke response: a card, a message, or an error. */
export function invokeCard(body: unknown): CardView {
  const b = body as { statusCode?: number; type?: string; value?: Json };
  if (b?.type !== 'application/vnd.microsoft.card.adaptive' || !b.value)
    throw new Error(`expected a card response, got ${JSON.stringify(b)}`);
  return viewCard(b.value);
}

export function inputIds(view: CardView): string[] {
  return view.inputs.map((i) => String(i.id));
}
