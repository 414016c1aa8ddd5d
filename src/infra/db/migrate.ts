/**
 * Forward-only migrations: the numbered .sql files (embedded in ./migrations/index.ts) are
 * applied in order, each recorded with a checksum. When the database and this version of
 * closer disagree (a migration applied here is missing or different, e.g. data written by a
 * newer closer) the store refuses to start rather than guess.
 */
import { createHash } from 'node:crypto';
import { fail, ok, type Result } from '../../domain/result.js';
import type { SqlDriver } from './driver.js';
import type { Migration } from './migrations/files.js';

/** Any constant: serialises concurrent migrators on one PostgreSQL database. */
const MIGRATION_LOCK = 7_391_001;

export const checksum = (sql: string) => createHash('sha256').update(sql).digest('hex');

type AppliedRow = { id: number; name: string; checksum: string };

/**
 * Applies the pending migrations in one transaction, or refuses when the applied ones do not
 * match the available ones.
 *
 * @example
 * const applied = await migrate(driver, MIGRATIONS); // { ok: true, value: [1] } on a new store
 */
export async function migrate(
  driver: SqlDriver,
  migrations: readonly Migration[],
): Promise<Result<number[]>> {
  return driver.transaction(async (tx) => {
    await tx.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK]);
    await tx.exec(
      `CREATE TABLE IF NOT EXISTS schema_migrations (
         id integer PRIMARY KEY,
         name text NOT NULL,
         checksum text NOT NULL,
         applied_at timestamptz NOT NULL DEFAULT now()
       )`,
    );
    const applied = await tx.query<AppliedRow>(
      'SELECT id, name, checksum FROM schema_migrations ORDER BY id',
    );
    for (const [index, row] of applied.entries()) {
      const available = migrations[index];
      if (available === undefined || available.id !== row.id) {
        return fail(
          'migrations-out-of-sync',
          `The data store has migration ${row.id} (${row.name}) that this version of closer does not know; it was probably written by a newer closer. Nothing was changed.`,
        );
      }
      if (available.name !== row.name || checksum(available.sql) !== row.checksum) {
        return fail(
          'migrations-out-of-sync',
          `Migration ${row.id} (${row.name}) in the data store differs from this version of closer's; refusing to start. Nothing was changed.`,
        );
      }
    }
    const pending = migrations.slice(applied.length);
    for (const migration of pending) {
      await tx.exec(migration.sql);
      await tx.query('INSERT INTO schema_migrations (id, name, checksum) VALUES ($1, $2, $3)', [
        migration.id,
        migration.name,
        checksum(migration.sql),
      ]);
    }
    return ok(pending.map((m) => m.id));
  });
}
