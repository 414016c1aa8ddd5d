/**
 * The record store over SQL: the same queries on PGlite and PostgreSQL. Table names come only
 * from the fixed list in the ports, never from input, so interpolating them is safe; every
 * value is a parameter.
 */
import {
  RECORD_TABLES,
  type RecordStore,
  type RecordTable,
  type SealedRow,
} from '../../app/ports.js';
import type { Sql, SqlDriver } from './driver.js';

type Row = { id: string; period: string | null; key_id: string; body: Uint8Array };

function assertTable(table: string): asserts table is RecordTable {
  if (!(RECORD_TABLES as readonly string[]).includes(table))
    throw new Error(`unknown table ${table}`);
}

const toSealed = (table: RecordTable, row: Row): SealedRow => ({
  table,
  id: row.id,
  period: row.period,
  keyId: row.key_id,
  body: row.body,
});

async function upsert(sql: Sql, row: SealedRow): Promise<void> {
  assertTable(row.table);
  await sql.query(
    `INSERT INTO ${row.table} (id, period, key_id, body) VALUES ($1, $2, $3, $4)
     ON CONFLICT (id) DO UPDATE SET period = EXCLUDED.period, key_id = EXCLUDED.key_id, body = EXCLUDED.body`,
    [row.id, row.period, row.keyId, row.body],
  );
}

/**
 * @example
 * const records = sqlRecordStore(pgliteDriver(db));
 * await records.put([{ table: 'checkins', id, period: '2026-03', keyId, body }]);
 */
export function sqlRecordStore(driver: SqlDriver): RecordStore {
  return {
    async put(rows) {
      if (rows.length === 0) return;
      await driver.transaction(async (tx) => {
        for (const row of rows) await upsert(tx, row);
      });
    },
    async get(table, id) {
      assertTable(table);
      const rows = await driver.query<Row>(
        `SELECT id, period, key_id, body FROM ${table} WHERE id = $1`,
        [id],
      );
      return rows[0] === undefined ? undefined : toSealed(table, rows[0]);
    },
    async list(table) {
      assertTable(table);
      const rows = await driver.query<Row>(
        `SELECT id, period, key_id, body FROM ${table} ORDER BY period NULLS FIRST, id`,
      );
      return rows.map((row) => toSealed(table, row));
    },
    async remove(table, id) {
      assertTable(table);
      const rows = await driver.query<{ id: string }>(
        `DELETE FROM ${table} WHERE id = $1 RETURNING id`,
        [id],
      );
      return rows.length > 0;
    },
    async count() {
      const union = RECORD_TABLES.map((t) => `SELECT count(*)::int AS n FROM ${t}`).join(
        ' UNION ALL ',
      );
      const rows = await driver.query<{ n: number }>(union);
      return rows.reduce((sum, row) => sum + row.n, 0);
    },
    async listNotUnderKey(keyId, limit) {
      const found: SealedRow[] = [];
      for (const table of RECORD_TABLES) {
        if (found.length >= limit) break;
        const rows = await driver.query<Row>(
          `SELECT id, period, key_id, body FROM ${table} WHERE key_id <> $1 ORDER BY id LIMIT $2`,
          [keyId, limit - found.length],
        );
        found.push(...rows.map((row) => toSealed(table, row)));
      }
      return found;
    },
    async swap(row, previousBody) {
      assertTable(row.table);
      const rows = await driver.query<{ id: string }>(
        `UPDATE ${row.table} SET key_id = $1, body = $2 WHERE id = $3 AND body = $4 RETURNING id`,
        [row.keyId, row.body, row.id, previousBody],
      );
      return rows.length > 0;
    },
    async replaceAll(rows) {
      await driver.transaction(async (tx) => {
        for (const table of RECORD_TABLES) await tx.query(`DELETE FROM ${table}`);
        for (const row of rows) await upsert(tx, row);
      });
    },
  };
}

/** Deletes every record (used by erase on PostgreSQL, where there are no files to remove). */
export async function deleteAllRecords(driver: SqlDriver): Promise<void> {
  await driver.transaction(async (tx) => {
    for (const table of RECORD_TABLES) await tx.query(`DELETE FROM ${table}`);
  });
}
