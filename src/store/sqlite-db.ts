import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import { SCHEMA_VERSION_TABLE, type SqlDb } from './sql-db.js';

/**
 * The embedded default: one SQLite file in DATA_DIR (":memory:" for tests). WAL lets a second
 * process on the same file read while one writes; each statement is atomic, so a claim
 * (UPDATE … RETURNING) is taken by one process only.
 */
export function openSqlite(file: string): SqlDb {
  if (file !== ':memory:') mkdirSync(dirname(file), { recursive: true });
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  db.pragma('busy_timeout = 5000');
  db.pragma('synchronous = NORMAL');
  const toSqlite = (sql: string) => sql.replace(/\$\d+/g, '?');
  const bind = (params: readonly unknown[]) => params.map((p) => (typeof p === 'boolean' ? Number(p) : p));
  return {
    dialect: 'sqlite',
    async query<T>(sql: string, params: readonly unknown[] = []): Promise<T[]> {
      const stmt = db.prepare(toSqlite(sql));
      if (stmt.reader) return stmt.all(...bind(params)) as T[];
      stmt.run(...bind(params));
      return [];
    },
    async migrate(migrations) {
      // IMMEDIATE takes the write lock first, so two processes starting at once migrate one after the other.
      const run = db.transaction(() => {
        db.exec(SCHEMA_VERSION_TABLE);
        const row = db.prepare('SELECT MAX(version) AS v FROM schema_version').get() as { v: number | null };
        const from = row.v ?? 0;
        for (let v = from; v < migrations.length; v++) for (const sql of migrations[v]!) db.exec(sql);
        if (migrations.length > from)
          db.prepare('INSERT INTO schema_version (version) VALUES (?)').run(migrations.length);
        return { from, to: Math.max(from, migrations.length) };
      });
      return run.immediate();
    },
    async close() {
      if (db.open) db.close();
    },
  };
}
