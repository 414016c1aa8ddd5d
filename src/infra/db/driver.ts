/**
 * The little SQL surface the store needs, over PGlite (embedded) and node-postgres (server):
 * parameterised queries, multi-statement scripts and transactions. Both speak PostgreSQL, so
 * the migrations and queries are the same text.
 */
import type { PGlite, Transaction } from '@electric-sql/pglite';
import type pg from 'pg';

export type Sql = {
  query<T>(text: string, params?: readonly unknown[]): Promise<T[]>;
  /** A script of several statements, without parameters (migrations). */
  exec(text: string): Promise<void>;
};

export type SqlDriver = Sql & {
  /** Runs `fn` in one transaction: committed when it resolves, rolled back when it throws. */
  transaction<T>(fn: (tx: Sql) => Promise<T>): Promise<T>;
  close(): Promise<void>;
};

function pgliteSql(db: PGlite | Transaction): Sql {
  return {
    async query<T>(text: string, params: readonly unknown[] = []) {
      const result = await db.query<T>(text, [...params]);
      return result.rows;
    },
    async exec(text: string) {
      await db.exec(text);
    },
  };
}

export function pgliteDriver(db: PGlite): SqlDriver {
  return {
    ...pgliteSql(db),
    // PGlite runs a transaction exclusively: other queries wait until it ends.
    transaction: (fn) => db.transaction((tx) => fn(pgliteSql(tx))),
    close: () => db.close(),
  };
}

/** node-postgres returns bytea as Buffer; the store works with plain Uint8Array. */
function normaliseRow<T>(row: T): T {
  for (const [key, value] of Object.entries(row as Record<string, unknown>)) {
    if (Buffer.isBuffer(value)) (row as Record<string, unknown>)[key] = new Uint8Array(value);
  }
  return row;
}

function toPgParam(value: unknown): unknown {
  return value instanceof Uint8Array && !Buffer.isBuffer(value)
    ? Buffer.from(value.buffer, value.byteOffset, value.byteLength)
    : value;
}

function clientSql(client: pg.ClientBase): Sql {
  return {
    async query<T>(text: string, params: readonly unknown[] = []) {
      const result = await client.query(text, params.map(toPgParam));
      return (result.rows as T[]).map(normaliseRow);
    },
    async exec(text: string) {
      await client.query(text);
    },
  };
}

/**
 * One connection, used one operation at a time: a transaction must not interleave with other
 * queries on the same connection, and the vault needs no more than one.
 */
export function pgDriver(client: pg.Client): SqlDriver {
  let queue: Promise<unknown> = Promise.resolve();
  const exclusive = <T>(fn: () => Promise<T>): Promise<T> => {
    const run = queue.then(fn, fn);
    queue = run.catch(() => undefined);
    return run;
  };
  const sql = clientSql(client);
  return {
    query: (text, params) => exclusive(() => sql.query(text, params)),
    exec: (text) => exclusive(() => sql.exec(text)),
    transaction: (fn) =>
      exclusive(async () => {
        await client.query('BEGIN');
        try {
          const value = await fn(sql);
          await client.query('COMMIT');
          return value;
        } catch (error) {
          await client.query('ROLLBACK');
          throw error;
        }
      }),
    close: () => exclusive(() => client.end()),
  };
}
