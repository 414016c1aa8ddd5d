/**
 * The server store: PostgreSQL through node-postgres (`DATABASE_URL`), the same migrations and
 * queries as the embedded store. The keyring and the attempt counter live in `vault_meta`.
 */
import pg from 'pg';
import { randomBytes } from 'node:crypto';
import { fail, ok, type Result } from '../../domain/result.js';
import type { FailedAttempts, KeyringStore, VaultStore } from '../../app/ports.js';
import { pgDriver, type SqlDriver } from './driver.js';
import { migrate } from './migrate.js';
import { MIGRATIONS } from './migrations/index.js';
import type { Migration } from './migrations/files.js';
import { deleteAllRecords, sqlRecordStore } from './record-store.js';

const encoder = new TextEncoder();
const decoder = new TextDecoder();

async function readMeta(driver: SqlDriver, name: string): Promise<Uint8Array | undefined> {
  const rows = await driver.query<{ value: Uint8Array }>(
    'SELECT value FROM vault_meta WHERE name = $1',
    [name],
  );
  return rows[0]?.value;
}

async function writeMeta(driver: SqlDriver, name: string, value: Uint8Array): Promise<void> {
  // One statement: PostgreSQL commits it atomically, so a crash leaves the old or new keyring.
  await driver.query(
    `INSERT INTO vault_meta (name, value) VALUES ($1, $2)
     ON CONFLICT (name) DO UPDATE SET value = EXCLUDED.value`,
    [name, value],
  );
}

function sqlKeyringStore(driver: SqlDriver): KeyringStore {
  return {
    read: () => readMeta(driver, 'keyring'),
    write: (keyring) => writeMeta(driver, 'keyring', keyring),
    async readFailures(): Promise<FailedAttempts> {
      const bytes = await readMeta(driver, 'attempts');
      if (bytes === undefined) return { count: 0, lastAt: null };
      try {
        const parsed = JSON.parse(decoder.decode(bytes)) as Partial<FailedAttempts>;
        return {
          count: typeof parsed.count === 'number' ? parsed.count : 0,
          lastAt: typeof parsed.lastAt === 'string' ? parsed.lastAt : null,
        };
      } catch {
        return { count: 1, lastAt: null };
      }
    },
    writeFailures: (attempts) =>
      writeMeta(driver, 'attempts', encoder.encode(JSON.stringify(attempts))),
  };
}

export type PostgresStoreOptions = {
  /** A schema to use instead of `public` (tests use one schema each). Created if missing. */
  schema?: string;
  migrations?: readonly Migration[];
};

/**
 * Connects to PostgreSQL and applies the migrations, or explains why it cannot.
 *
 * @example
 * const store = await openPostgresStore(process.env.DATABASE_URL!);
 */
export async function openPostgresStore(
  connectionString: string,
  options: PostgresStoreOptions = {},
): Promise<Result<VaultStore>> {
  const client = new pg.Client({ connectionString });
  let host = 'postgresql';
  try {
    host = `postgresql on ${new URL(connectionString).hostname}`;
  } catch {
    // Not a URL (a libpq key/value string): keep the generic name.
  }
  try {
    await client.connect();
  } catch (error) {
    return fail(
      'store-unavailable',
      `Could not connect to the PostgreSQL database given in DATABASE_URL.`,
      error instanceof Error ? error.message : String(error),
    );
  }
  const driver = pgDriver(client);
  try {
    if (options.schema !== undefined) {
      if (!/^[a-z_][a-z0-9_]{0,62}$/.test(options.schema)) throw new Error('bad schema name');
      await driver.exec(
        `CREATE SCHEMA IF NOT EXISTS ${options.schema}; SET search_path TO ${options.schema}`,
      );
    }
    const migrated = await migrate(driver, options.migrations ?? MIGRATIONS);
    if (!migrated.ok) {
      await driver.close();
      return migrated;
    }
  } catch (error) {
    await driver.close();
    return fail(
      'store-unavailable',
      'The PostgreSQL database could not be prepared.',
      error instanceof Error ? error.message : String(error),
    );
  }
  let closed = false;
  const close = async () => {
    if (closed) return;
    closed = true;
    await driver.close();
  };
  return ok({
    records: sqlRecordStore(driver),
    keyring: sqlKeyringStore(driver),
    location: host,
    close,
    async erase() {
      // Overwrite the wrapped keys in place, then delete them, before touching the records.
      const keyring = await readMeta(driver, 'keyring');
      if (keyring !== undefined) {
        await writeMeta(driver, 'keyring', randomBytes(keyring.length));
      }
      await driver.query('DELETE FROM vault_meta');
      await deleteAllRecords(driver);
      await close();
    },
  });
}
