import pg from 'pg';
import { SCHEMA_VERSION_TABLE, type SqlDb } from './sql-db.js';

// BIGINT (ms timestamps) as a JS number: safe until the year 287,396.
const types = {
  getTypeParser: (oid: number, format?: string) =>
    oid === 20 ? (v: string) => Number(v) : pg.types.getTypeParser(oid, format as 'text'),
};

/** Several instances: PostgreSQL at DATABASE_URL. Migrations run under an advisory lock. */
export function openPostgres(url: string, opts: { max?: number } = {}): SqlDb {
  const pool = new pg.Pool({ connectionString: url, max: opts.max ?? 5, types, connectionTimeoutMillis: 10_000 });
  // An idle client losing its connection (a database restart) must not crash the bot.
  pool.on('error', () => undefined);
  return {
    dialect: 'postgres',
    async query<T>(sql: string, params: readonly unknown[] = []): Promise<T[]> {
      const res = await pool.query(sql, params as unknown[]);
      return res.rows as T[];
    },
    async migrate(migrations) {
      const client = await pool.connect();
      try {
        await client.query('BEGIN');
        // One key for this schema: instances starting together migrate one after the other.
        await client.query('SELECT pg_advisory_xact_lock(727130311)');
        await client.query(SCHEMA_VERSION_TABLE);
        const row = (await client.query<{ v: number | null }>('SELECT MAX(version) AS v FROM schema_version')).rows[0];
        const from = row?.v ?? 0;
        for (let v = from; v < migrations.length; v++) for (const sql of migrations[v]!) await client.query(sql);
        if (migrations.length > from)
          await client.query('INSERT INTO schema_version (version) VALUES ($1)', [migrations.length]);
        await client.query('COMMIT');
        return { from, to: Math.max(from, migrations.length) };
      } catch (e) {
        await client.query('ROLLBACK').catch(() => undefined);
        throw e;
      } finally {
        client.release();
      }
    },
    async close() {
      await pool.end();
    },
  };
}
