// The little a case store needs from a SQL database. Queries are written once, with $1, $2 …
// placeholders each used once and in order, so SQLite (which binds `?`) runs the same text.

export interface SqlDb {
  readonly dialect: 'sqlite' | 'postgres';
  query<T = Record<string, unknown>>(sql: string, params?: readonly unknown[]): Promise<T[]>;
  /** Applies the migrations past the recorded version, in one transaction, one process at a time. */
  migrate(migrations: readonly (readonly string[])[]): Promise<{ from: number; to: number }>;
  close(): Promise<void>;
}

/** Schema versions; a new version is appended, never edited. Timestamps are ms since the epoch. */
export const MIGRATIONS: readonly (readonly string[])[] = [
  [
    `CREATE TABLE IF NOT EXISTS cases (
      id TEXT PRIMARY KEY,
      kind TEXT NOT NULL,
      category TEXT,
      urgent SMALLINT NOT NULL,
      acute SMALLINT NOT NULL,
      platform TEXT NOT NULL,
      volunteer_id TEXT NOT NULL,
      lang TEXT NOT NULL,
      routed_to TEXT NOT NULL,
      recipients TEXT NOT NULL,
      title TEXT NOT NULL,
      summary TEXT NOT NULL,
      staff_refs TEXT NOT NULL,
      state TEXT NOT NULL,
      acknowledged SMALLINT NOT NULL,
      call_requested SMALLINT NOT NULL,
      answered_by TEXT,
      answered_at BIGINT,
      level INTEGER NOT NULL,
      opened_at BIGINT NOT NULL,
      due_at BIGINT,
      lease_until BIGINT,
      expires_at BIGINT NOT NULL
    )`,
    'CREATE INDEX IF NOT EXISTS cases_due ON cases (due_at) WHERE due_at IS NOT NULL',
    'CREATE INDEX IF NOT EXISTS cases_expires ON cases (expires_at)',
    `CREATE TABLE IF NOT EXISTS chat_references (
      user_id TEXT PRIMARY KEY,
      channel_id TEXT NOT NULL,
      service_url TEXT NOT NULL,
      conversation_id TEXT NOT NULL,
      tenant_id TEXT,
      agent_id TEXT NOT NULL,
      seen_at BIGINT NOT NULL
    )`,
  ],
];

export const SCHEMA_VERSION_TABLE = 'CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)';
