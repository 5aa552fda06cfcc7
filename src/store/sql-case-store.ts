import type { Platform } from '../core/types.js';
import type {
  CaseState,
  CaseStore,
  ReferenceStore,
  StoredCase,
  StoredReference,
} from '../core/workflows/case-store.js';
import type { CaseAction } from '../core/workflows/contracts.js';
import { MIGRATIONS, type SqlDb } from './sql-db.js';

interface CaseRow {
  id: string;
  kind: string;
  category: string | null;
  urgent: number;
  acute: number;
  platform: string;
  volunteer_id: string;
  lang: string;
  routed_to: string;
  recipients: string;
  title: string;
  summary: string;
  staff_refs: string;
  state: string;
  acknowledged: number;
  call_requested: number;
  answered_by: string | null;
  answered_at: number | null;
  level: number;
  opened_at: number;
  due_at: number | null;
  expires_at: number;
}

const COLUMNS =
  'id, kind, category, urgent, acute, platform, volunteer_id, lang, routed_to, recipients, title, summary, staff_refs, state, acknowledged, call_requested, answered_by, answered_at, level, opened_at, due_at, expires_at';
const OPEN = 'acknowledged = 0 AND call_requested = 0';

/** One case store over SQLite or PostgreSQL, migrated first: the SQL is the same, only the driver differs. */
export async function createSqlCaseStore(db: SqlDb): Promise<CaseStore> {
  await db.migrate(MIGRATIONS);
  return sqlCaseStore(db);
}

/** The store over a database already migrated. */
export function sqlCaseStore(db: SqlDb): CaseStore {
  const one = async (sql: string, params: readonly unknown[]) => (await db.query<CaseRow>(sql, params)).map(fromRow)[0];

  const references: ReferenceStore = {
    async save(r: StoredReference, at: number) {
      await db.query(
        `INSERT INTO chat_references (user_id, channel_id, service_url, conversation_id, tenant_id, agent_id, seen_at) VALUES ($1, $2, $3, $4, $5, $6, $7)
         ON CONFLICT (user_id) DO UPDATE SET channel_id = excluded.channel_id, service_url = excluded.service_url, conversation_id = excluded.conversation_id,
         tenant_id = excluded.tenant_id, agent_id = excluded.agent_id, seen_at = excluded.seen_at`,
        [r.userId, r.channelId, r.serviceUrl, r.conversationId, r.tenantId ?? null, r.agentId, at],
      );
    },
    async load(limit: number) {
      const rows = await db.query<{
        user_id: string;
        channel_id: string;
        service_url: string;
        conversation_id: string;
        tenant_id: string | null;
        agent_id: string;
      }>(
        'SELECT user_id, channel_id, service_url, conversation_id, tenant_id, agent_id FROM chat_references ORDER BY seen_at DESC LIMIT $1',
        [limit],
      );
      return rows.map((r) => ({
        userId: r.user_id,
        channelId: r.channel_id,
        serviceUrl: r.service_url,
        conversationId: r.conversation_id,
        tenantId: r.tenant_id ?? undefined,
        agentId: r.agent_id,
      }));
    },
  };

  return {
    backend: db.dialect,
    references,
    async insert(c) {
      await db.query(
        `INSERT INTO cases (${COLUMNS}) VALUES (${COLUMNS.split(',')
          .map((_, i) => `$${i + 1}`)
          .join(', ')})`,
        toRow(c),
      );
    },
    get: (id) => one(`SELECT ${COLUMNS} FROM cases WHERE id = $1`, [id]),
    async answer(id, action: CaseAction, by, at, expiresAt) {
      // Guarded by the flag: of two presses at once, one is first.
      const sql =
        action === 'acknowledge'
          ? `UPDATE cases SET acknowledged = 1, state = 'acknowledged', answered_by = $1, answered_at = $2, expires_at = $3, due_at = NULL WHERE id = $4 AND acknowledged = 0 RETURNING ${COLUMNS}`
          : `UPDATE cases SET call_requested = 1, state = CASE WHEN acknowledged = 1 THEN 'acknowledged' ELSE 'call_requested' END, answered_by = $1, answered_at = $2, expires_at = $3, due_at = NULL WHERE id = $4 AND call_requested = 0 RETURNING ${COLUMNS}`;
      const updated = await one(sql, [by, at, expiresAt, id]);
      if (updated) return { case: updated, first: true };
      const existing = await one(`SELECT ${COLUMNS} FROM cases WHERE id = $1`, [id]);
      return existing && { case: existing, first: false };
    },
    async claimDue(now, leaseUntil, platforms: readonly Platform[], limit) {
      if (platforms.length === 0) return [];
      const marks = platforms.map((_, i) => `$${i + 3}`).join(', ');
      const lock = db.dialect === 'postgres' ? ' FOR UPDATE SKIP LOCKED' : '';
      return (
        await db.query<CaseRow>(
          `UPDATE cases SET lease_until = $1 WHERE id IN (
             SELECT id FROM cases WHERE due_at <= $2 AND ${OPEN} AND platform IN (${marks}) AND (lease_until IS NULL OR lease_until < $${platforms.length + 3})
             ORDER BY due_at LIMIT $${platforms.length + 4}${lock}
           ) RETURNING ${COLUMNS}`,
          [leaseUntil, now, ...platforms, now, limit],
        )
      ).map(fromRow);
    },
    async completeStep(id, fromLevel, next) {
      const rows = await db.query(
        `UPDATE cases SET level = $1, due_at = $2, recipients = $3, lease_until = NULL, state = CASE WHEN state = 'delivered' THEN 'escalated' ELSE state END
         WHERE id = $4 AND level = $5 RETURNING id`,
        [next.level, next.dueAt ?? null, next.recipients.join(','), id, fromLevel],
      );
      return rows.length > 0;
    },
    async addStaffRef(id, contactId, ref) {
      const c = await one(`SELECT ${COLUMNS} FROM cases WHERE id = $1`, [id]);
      if (c)
        await db.query('UPDATE cases SET staff_refs = $1 WHERE id = $2', [
          JSON.stringify({ ...c.staffRefs, [contactId]: ref }),
          id,
        ]);
    },
    async purgeExpired(now) {
      const gone = await db.query('DELETE FROM cases WHERE expires_at <= $1 RETURNING id', [now]);
      // A Teams reference unused for 90 days is dropped; the ports then open a new 1:1 chat.
      await db.query('DELETE FROM chat_references WHERE seen_at <= $1', [now - 90 * 24 * 3600_000]);
      return gone.length;
    },
    async openCases() {
      const rows = await db.query<{ id: string }>(`SELECT id FROM cases WHERE ${OPEN} ORDER BY opened_at`);
      return { count: rows.length, ids: rows.map((r) => r.id) };
    },
    close: () => db.close(),
  };
}

function toRow(c: StoredCase): unknown[] {
  return [
    c.id,
    c.kind,
    c.category ?? null,
    c.urgent ? 1 : 0,
    c.acute ? 1 : 0,
    c.platform,
    c.volunteerId,
    c.lang,
    c.routedTo,
    c.recipients.join(','),
    c.title,
    JSON.stringify(c.summary),
    JSON.stringify(c.staffRefs),
    c.state,
    c.acknowledged ? 1 : 0,
    c.callRequested ? 1 : 0,
    c.answeredBy ?? null,
    c.answeredAt ?? null,
    c.level,
    c.openedAt,
    c.dueAt ?? null,
    c.expiresAt,
  ];
}

function fromRow(r: CaseRow): StoredCase {
  return {
    id: r.id,
    kind: r.kind as StoredCase['kind'],
    category: r.category ?? undefined,
    urgent: Number(r.urgent) === 1,
    acute: Number(r.acute) === 1,
    platform: r.platform as Platform,
    volunteerId: r.volunteer_id,
    lang: r.lang === 'en' ? 'en' : 'da',
    routedTo: r.routed_to,
    recipients: r.recipients ? r.recipients.split(',') : [],
    title: r.title,
    summary: JSON.parse(r.summary) as string[],
    staffRefs: JSON.parse(r.staff_refs) as Record<string, string>,
    state: r.state as CaseState,
    acknowledged: Number(r.acknowledged) === 1,
    callRequested: Number(r.call_requested) === 1,
    answeredBy: r.answered_by ?? undefined,
    answeredAt: r.answered_at ?? undefined,
    level: Number(r.level),
    openedAt: Number(r.opened_at),
    dueAt: r.due_at ?? undefined,
    expiresAt: Number(r.expires_at),
  };
}
