import type { App } from '@slack/bolt';
import { validCaseId } from '../../../core/workflows/case-store.js';
import type { CaseAction } from '../../../core/workflows/contracts.js';
import type { SlackDeps } from '../deps.js';
import { anyOf, CASE_ACTION_IDS } from '../ids.js';
import { BlockAction } from '../payloads.js';
import { CaseButtonValue, caseUpdateMessage } from '../render/delivery.js';

const ACTION_BY_ID = new Map(Object.entries(CASE_ACTION_IDS).map(([action, id]) => [id, action as CaseAction]));

/**
 * A tovholder or consultant pressed "Kvittér" or "Ring til mig" on a delivery. The core records it
 * and tells the volunteer through the case's ports; we update the staff member's message.
 */
export function registerCaseActions(app: App, deps: SlackDeps): void {
  app.action(anyOf([...ACTION_BY_ID.keys()]), async ({ ack, body, client }) => {
    await ack();
    await deps.afterAcks();
    const started = Date.now();
    const parsed = BlockAction.safeParse(body);
    const action = parsed.success ? ACTION_BY_ID.get(parsed.data.actions[0]?.action_id ?? '') : undefined;
    const value = parsed.success ? parseValue(parsed.data.actions[0]?.value) : undefined;
    if (!parsed.success || !action || !value) {
      deps.logger.warn({ event: 'slack_case_action_invalid' }, 'unreadable case action');
      return;
    }
    // The core checks the id against its format; only a well-formed id is logged.
    const log = deps.logger.child({
      event: 'slack_case_action',
      action,
      caseId: validCaseId(value.caseId) ?? 'invalid',
    });
    const channel = parsed.data.container?.channel_id ?? parsed.data.channel?.id;
    const ts = parsed.data.container?.message_ts ?? parsed.data.message?.ts;
    try {
      const result = await deps.core.caseAction(value.caseId, action, {
        platform: 'slack',
        userId: parsed.data.user.id,
      });
      if (!channel) return;
      if (result.ok && ts) {
        await client.chat.update({ channel, ts, ...caseUpdateMessage(result, value, parsed.data.message?.blocks) });
      } else if (!result.ok) {
        await client.chat.postEphemeral({ channel, user: parsed.data.user.id, text: result.message });
      }
      log.info({ status: result.ok ? result.status : result.reason, ms: Date.now() - started }, 'case action');
    } catch (err) {
      log.error({ err, ms: Date.now() - started }, 'case action failed');
    }
  });
}

function parseValue(raw: string | undefined): CaseButtonValue | undefined {
  if (!raw) return undefined;
  try {
    return CaseButtonValue.safeParse(JSON.parse(raw)).data;
  } catch {
    return undefined;
  }
}
