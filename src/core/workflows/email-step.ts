import type { Contact } from '../types.js';
import type { StoredCase } from './case-store.js';
import type { WorkflowDeps } from './deps.js';

const PLATFORM_NAME = { slack: 'Slack', teams: 'Teams', terminal: 'terminalen' } as const;

/**
 * The e-mail copy of an urgent ladder step, when SMTP_URL is set: metadata only (case id, kind,
 * whom to call, where to answer). Resolves to how many were sent; never rejects.
 */
export async function emailStep(
  c: StoredCase,
  steps: { to: Contact; alerted: boolean; ref?: string }[],
  facts: { routedTo: Contact; waited: string },
  deps: WorkflowDeps,
): Promise<number> {
  const channel = deps.secondChannel;
  if (!channel || !c.urgent) return 0;
  const type = c.summary.find((l) => l.startsWith('Type:'));
  const sent = await Promise.all(
    steps
      .filter((s) => s.to.email)
      .map(async ({ to, alerted, ref }) => {
        const lines = [
          `Sag: ${c.id}`,
          ...(type ? [type] : []),
          `Ikke kvitteret efter ${facts.waited}.`,
          alerted
            ? `Sagen er sendt til ${facts.routedTo.name}. Ring til ${facts.routedTo.name} på ${facts.routedTo.phone}.`
            : 'Du har sagen fra hjertebot.',
          `Svar i ${PLATFORM_NAME[c.platform]}: tryk Kvittér på beskeden fra hjertebot.${slackLink(c, ref)}`,
          'Beskrivelsen sendes aldrig med e-mail.',
        ];
        const subject = `${alerted ? 'Ubesvaret bekymring' : 'Påmindelse: ubesvaret bekymring'} – sag ${c.id}`;
        return channel.notify(to, { subject, lines }).then(
          () => true,
          () => false,
        );
      }),
  );
  return sent.filter(Boolean).length;
}

/** Slack's own redirect to a DM channel ("D…:ts" is what the Slack ports record). */
function slackLink(c: StoredCase, ref: string | undefined): string {
  const channel = c.platform === 'slack' ? ref?.split(':')[0] : undefined;
  return channel && /^[CDG][A-Z0-9]+$/.test(channel) ? ` https://slack.com/app_redirect?channel=${channel}` : '';
}
