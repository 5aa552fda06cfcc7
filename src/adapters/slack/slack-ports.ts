import type { webApi } from '@slack/bolt';
import type { VolunteerRef } from '../../core/types.js';
import type { Delivery, DeliveryReceipt, PlatformPorts } from '../../core/workflows/contracts.js';
import { AppError } from '../../errors.js';
import type { Logger } from '../../logger.js';
import { deliveryMessage, type RenderedMessage } from './render/delivery.js';
import { noticeMessage } from './render/workflow-reply.js';

/**
 * How the workflow core reaches people on Slack: every message is a DM from the bot, posted with
 * chat.postMessage to the person's user id. Failures reject, so the core can give the volunteer
 * the phone number instead.
 */
export function slackPorts(client: webApi.WebClient, logger: Logger): PlatformPorts {
  async function dm(userId: string, message: RenderedMessage): Promise<{ channel?: string; ts?: string }> {
    const res = await client.chat.postMessage({
      channel: userId,
      text: message.text,
      blocks: message.blocks,
      unfurl_links: false,
      unfurl_media: false,
    });
    return { channel: res.channel, ts: res.ts };
  }

  return {
    async deliver(delivery: Delivery): Promise<DeliveryReceipt> {
      const started = Date.now();
      const to = delivery.to.chat.slack;
      const meta = { event: 'slack_delivery', caseId: delivery.caseId, kind: delivery.kind, contactId: delivery.to.id };
      if (!to) {
        logger.warn({ ...meta, ok: false, reason: 'no_slack_id' }, 'delivery failed');
        throw new AppError('delivery_failed', 'The recipient has no Slack user id in the directory.');
      }
      try {
        const posted = await dm(to, deliveryMessage(delivery));
        logger.info({ ...meta, ok: true, ms: Date.now() - started }, 'delivered');
        return { ref: posted.channel && posted.ts ? `${posted.channel}:${posted.ts}` : undefined };
      } catch (err) {
        logger.warn({ ...meta, ok: false, ms: Date.now() - started, err }, 'delivery failed');
        throw new AppError('delivery_failed', 'Slack did not accept the delivery.', { cause: err });
      }
    },

    async notifyVolunteer(volunteer: VolunteerRef, text: string): Promise<void> {
      if (volunteer.platform !== 'slack') throw new AppError('delivery_failed', 'Volunteer is not on Slack.');
      await dm(volunteer.userId, noticeMessage(text));
    },

    async notifyUser(userId: string, text: string): Promise<void> {
      await dm(userId, noticeMessage(text));
    },
  };
}
