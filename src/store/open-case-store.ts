import { join } from 'node:path';
import type { CaseStore } from '../core/workflows/case-store.js';
import { createSqlCaseStore } from './sql-case-store.js';

/** PostgreSQL when DATABASE_URL is set (several instances share it), else SQLite in DATA_DIR. */
export async function openCaseStore(opts: { dataDir: string; databaseUrl?: string }): Promise<CaseStore> {
  if (opts.databaseUrl) {
    const { openPostgres } = await import('./postgres-db.js');
    return createSqlCaseStore(openPostgres(opts.databaseUrl));
  }
  const { openSqlite } = await import('./sqlite-db.js');
  return createSqlCaseStore(openSqlite(join(opts.dataDir, 'cases.sqlite')));
}

/** A store that lives as long as the process, for tests and tools that must leave nothing behind. */
export async function memoryCaseStore(): Promise<CaseStore> {
  const { openSqlite } = await import('./sqlite-db.js');
  return createSqlCaseStore(openSqlite(':memory:'));
}
