import { Activity, type ConversationParameters } from '@microsoft/agents-activity';
import type { CloudAdapter, TurnContext } from '@microsoft/agents-hosting';
import type { Delivery, DeliveryReceipt, PlatformPorts } from '../../core/workflows/contracts.js';
import { AppError } from '../../errors.js';
import type { Logger } from '../../logger.js';
import {
  type ConversationReferences,
  type StoredReference,
  toConversationReference,
} from './conversation-references.js';
import { cardMessage, type OutgoingMessage } from './render/card.js';
import { deliveryCard } from './render/delivery-card.js';

const BOT_FRAMEWORK_AUDIENCE = 'https://api.botframework.com';

export interface TeamsPorts extends PlatformPorts {
  /** Posts a message in the user's 1:1 chat with the bot; resolves to the posted activity's id. */
  sendToUser(userId: string, message: OutgoingMessage): Promise<string | undefined>;
}

/**
 * Proactive messages to a person: through the 1:1 conversation we have seen them in, or a new one
 * created through the tenant's connector. Rejects (→ the core tells the volunteer the phone number)
 * when neither is possible or the connector refuses.
 */
export function createTeamsPorts(deps: {
  adapter: CloudAdapter;
  refs: ConversationReferences;
  clientId?: string;
  logger: Logger;
  /** Anonymous local development: a staff message with no Teams id goes to the volunteer's own chat, labelled. */
  localDevelopment?: boolean;
}): TeamsPorts {
  const { adapter, refs, logger } = deps;

  async function sendToUser(userId: string, message: OutgoingMessage): Promise<string | undefined> {
    await refs.ready;
    const known = refs.forUser(userId);
    const ref = known ?? (await createPersonalConversation(userId));
    let sent: string | undefined;
    let failure: unknown;
    // The SDK routes errors inside the callback to onTurnError; catch them here so the caller sees them.
    await adapter.continueConversation(
      deps.clientId ?? ref.agentId,
      toConversationReference(ref),
      async (ctx: TurnContext) => {
        try {
          sent = (await ctx.sendActivity(toActivity(message)))?.id;
        } catch (e) {
          failure = e;
        }
      },
    );
    if (failure) throw new AppError('delivery_failed', 'The Teams connector refused the message.', { cause: failure });
    return sent;
  }

  async function createPersonalConversation(userId: string): Promise<StoredReference> {
    const endpoint = refs.endpoint();
    if (!endpoint) throw new AppError('delivery_failed', 'No Teams conversation is known for the recipient yet.');
    const params = {
      isGroup: false,
      agent: { id: endpoint.agentId },
      bot: { id: endpoint.agentId }, // the wire name the Bot Connector reads
      members: [{ id: userId }],
      ...(endpoint.tenantId
        ? { tenantId: endpoint.tenantId, channelData: { tenant: { id: endpoint.tenantId } } }
        : { channelData: {} }),
    } as unknown as ConversationParameters; // the SDK's type lacks `bot` and insists on an activity
    let conversationId: string | undefined;
    try {
      await adapter.createConversationAsync(
        deps.clientId ?? endpoint.agentId,
        endpoint.channelId,
        endpoint.serviceUrl,
        BOT_FRAMEWORK_AUDIENCE,
        params,
        async (ctx) => {
          conversationId = ctx.activity.conversation?.id;
        },
      );
    } catch (e) {
      throw new AppError('delivery_failed', 'The Teams connector could not open a 1:1 chat.', { cause: e });
    }
    if (!conversationId) throw new AppError('delivery_failed', 'The Teams connector returned no conversation id.');
    const ref: StoredReference = { ...endpoint, conversationId, userId };
    refs.rememberCreated(ref);
    return ref;
  }

  async function timed<T>(event: string, meta: Record<string, unknown>, fn: () => Promise<T>): Promise<T> {
    const started = performance.now();
    try {
      const result = await fn();
      logger.info({ event, ...meta, ok: true, ms: Math.round(performance.now() - started) }, 'teams proactive message');
      return result;
    } catch (e) {
      logger.warn(
        { event, ...meta, ok: false, ms: Math.round(performance.now() - started), err: e },
        'teams proactive message failed',
      );
      throw e;
    }
  }

  return {
    sendToUser,
    async deliver(d: Delivery): Promise<DeliveryReceipt> {
      return timed('teams_delivery', { caseId: d.caseId, kind: d.kind, to: d.to.id, urgent: d.urgent }, async () => {
        const userId = d.to.chat.teams;
        if (!userId && deps.localDevelopment && d.volunteer.platform === 'teams') {
          // The Playground has one user and the directory no Teams ids: show the whole flow there.
          const labelled = { ...d, title: `${d.title} ${developmentLabel(d.to.name)}` };
          return { ref: await sendToUser(d.volunteer.userId, cardMessage(deliveryCard(labelled))) };
        }
        if (!userId) throw new AppError('delivery_failed', `Contact ${d.to.id} has no Teams id in the directory.`);
        const activityId = await sendToUser(userId, cardMessage(deliveryCard(d)));
        return { ref: activityId };
      });
    },
    async notifyVolunteer(volunteer, text) {
      await timed('teams_notify_volunteer', {}, () => sendToUser(volunteer.userId, { text }));
    },
    async notifyUser(userId, text) {
      await timed('teams_notify_user', {}, () => sendToUser(userId, { text }));
    },
  };
}

/** How a staff message delivered to the local user in development mode says who it was for. */
export const developmentLabel = (name: string): string => `(udvikling: ville være sendt til ${name})`;

export function toActivity(m: OutgoingMessage): Activity {
  return Activity.fromObject({ type: 'message', ...m });
}
