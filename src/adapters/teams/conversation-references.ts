import type { ConversationReference } from '@microsoft/agents-activity';
import type { ReferenceStore, StoredReference } from '../../core/workflows/case-store.js';

// Where to reach people later (deliveries, acknowledgements), reduced to ids: no names, no text.
// Kept in memory and written through to the case store, so a restarted bot still reaches a
// volunteer whose case it escalates. Unknown people get a new 1:1 conversation from the ports.

export type { StoredReference };

/** The connector endpoint of a tenant, for creating a 1:1 conversation with someone we have no reference for. */
export interface TenantEndpoint {
  channelId: string;
  serviceUrl: string;
  tenantId?: string;
  agentId: string;
}

interface SeenActivity {
  channelId?: string;
  serviceUrl?: string;
  from?: { id?: string; aadObjectId?: string } | null;
  recipient?: { id?: string } | null;
  conversation?: { id?: string; conversationType?: string; tenantId?: string } | null;
  channelData?: unknown;
}

const MAX_USERS = 10_000;

export class ConversationReferences {
  private readonly byUser = new Map<string, StoredReference>();
  private readonly endpoints = new Map<string, TenantEndpoint>();
  /** Resolves when the stored references are loaded (at once without a store). */
  readonly ready: Promise<void>;

  constructor(private readonly store?: ReferenceStore) {
    this.ready = store
      ? store.load(MAX_USERS).then(
          (rows) => {
            // Oldest first, so the most recent ends up last in the Map's least-recently-seen order.
            for (const r of rows.reverse()) this.keep(r);
          },
          () => undefined,
        )
      : Promise.resolve();
  }

  private keep(r: StoredReference): void {
    this.endpoints.set(r.tenantId ?? '', {
      channelId: r.channelId,
      serviceUrl: r.serviceUrl,
      tenantId: r.tenantId,
      agentId: r.agentId,
    });
    this.byUser.delete(r.userId);
    this.byUser.set(r.userId, r);
  }

  private persist(r: StoredReference): void {
    this.store?.save(r, Date.now()).catch(() => undefined);
  }

  /** Remembers ids from any inbound activity; only personal chats become a user's reference. */
  remember(a: SeenActivity): void {
    const channelId = a.channelId;
    const serviceUrl = a.serviceUrl;
    const agentId = a.recipient?.id;
    const conversationId = a.conversation?.id;
    if (!channelId || !serviceUrl || !agentId || !conversationId) return;
    const tenantId = a.conversation?.tenantId ?? tenantFromChannelData(a.channelData);
    this.endpoints.set(tenantId ?? '', { channelId, serviceUrl, tenantId, agentId });
    if (a.conversation?.conversationType !== 'personal') return;
    const keys = [a.from?.aadObjectId, a.from?.id].filter((k): k is string => Boolean(k));
    for (const userId of keys) {
      const ref = { channelId, serviceUrl, conversationId, tenantId, agentId, userId };
      const known = this.byUser.get(userId);
      this.byUser.delete(userId); // re-insert: Map order doubles as least-recently-seen order
      this.byUser.set(userId, ref);
      if (!known || known.conversationId !== conversationId || known.serviceUrl !== serviceUrl) this.persist(ref);
    }
    while (this.byUser.size > MAX_USERS) this.byUser.delete(this.byUser.keys().next().value as string);
  }

  /** Records a 1:1 conversation the bot itself created. */
  rememberCreated(ref: StoredReference): void {
    this.byUser.set(ref.userId, ref);
    this.persist(ref);
  }

  forUser(userId: string): StoredReference | undefined {
    return this.byUser.get(userId);
  }

  endpoint(tenantId?: string): TenantEndpoint | undefined {
    if (tenantId !== undefined) return this.endpoints.get(tenantId);
    // No tenant given: the one tenant we serve (a bot is normally registered single-tenant).
    return this.endpoints.values().next().value;
  }
}

export function toConversationReference(r: StoredReference): ConversationReference {
  return {
    channelId: r.channelId,
    serviceUrl: r.serviceUrl,
    conversation: {
      id: r.conversationId,
      conversationType: 'personal',
      isGroup: false,
      ...(r.tenantId ? { tenantId: r.tenantId } : {}),
    },
    agent: { id: r.agentId },
    user: { id: r.userId },
  } as ConversationReference;
}

function tenantFromChannelData(channelData: unknown): string | undefined {
  const id = (channelData as { tenant?: { id?: unknown } } | null)?.tenant?.id;
  return typeof id === 'string' ? id : undefined;
}
