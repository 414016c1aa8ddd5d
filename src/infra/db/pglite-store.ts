/**
 * The embedded store: PGlite (PostgreSQL in WebAssembly) in a data directory, with our own
 * exclusive lock. Layout of the directory (mode 0700, every file 0600):
 *
 *   closer.lock   the lock (pid of the owner)
 *   keyring       the wrapped data keys (JSON, see src/infra/crypto/keyring.ts)
 *   attempts      consecutive wrong passphrases (plaintext count and time)
 *   db/           PGlite's PostgreSQL data directory: sealed records only
 */
import {
  chmodSync,
  existsSync,
  mkdirSync,
  readdirSync,
  renameSync,
  rmSync,
  rmdirSync,
  unlinkSync,
} from 'node:fs';
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { fail, ok, type Result } from '../../domain/result.js';
import type { FailedAttempts, KeyringStore, VaultStore } from '../../app/ports.js';
import { pgliteDriver } from './driver.js';
import {
  destroyFile,
  PRIVATE_DIR_MODE,
  readFileIfExists,
  syncDir,
  writeFileAtomic,
} from './files.js';
import { acquireDirLock } from './lock.js';
import { migrate } from './migrate.js';
import { MIGRATIONS } from './migrations/index.js';
import type { Migration } from './migrations/files.js';
import { sqlRecordStore } from './record-store.js';

export const KEYRING_FILE = 'keyring';
export const ATTEMPTS_FILE = 'attempts';
export const DB_DIR = 'db';
/** PostgreSQL's own lock file inside the database directory. */
export const POSTMASTER_PID = 'postmaster.pid';

const encoder = new TextEncoder();
const decoder = new TextDecoder();

export function fileKeyringStore(dir: string): KeyringStore {
  const keyringPath = join(dir, KEYRING_FILE);
  const attemptsPath = join(dir, ATTEMPTS_FILE);
  return {
    read: () => Promise.resolve(readFileIfExists(keyringPath)),
    write: (keyring) => Promise.resolve(writeFileAtomic(keyringPath, keyring)),
    readFailures() {
      const bytes = readFileIfExists(attemptsPath);
      if (bytes === undefined) return Promise.resolve({ count: 0, lastAt: null });
      try {
        const parsed = JSON.parse(decoder.decode(bytes)) as Partial<FailedAttempts>;
        return Promise.resolve({
          count: typeof parsed.count === 'number' ? parsed.count : 0,
          lastAt: typeof parsed.lastAt === 'string' ? parsed.lastAt : null,
        });
      } catch {
        // A damaged counter must not become a way around the delay: count it as one failure.
        return Promise.resolve({ count: 1, lastAt: null });
      }
    },
    writeFailures: (attempts) =>
      Promise.resolve(writeFileAtomic(attemptsPath, encoder.encode(JSON.stringify(attempts)))),
  };
}

async function createDatabase(dir: string): Promise<void> {
  // initdb into a private name, then rename: a crash during the first run leaves no
  // half-initialised database behind, only a scratch directory removed on the next start.
  const scratch = join(dir, `${DB_DIR}.new-${randomBytes(4).toString('hex')}`);
  const db = await PGlite.create({ dataDir: scratch });
  await db.close();
  renameSync(scratch, join(dir, DB_DIR));
  syncDir(dir);
}

/**
 * Removes what a killed process can leave behind; called only while holding our lock, so none
 * of it can belong to a running closer.
 *
 * - `db/postmaster.pid`: PostgreSQL creates it empty, then writes it. A kill between the two
 *   (seen in the crash harness, and in 20 of 25 kills aimed at that moment) leaves an empty
 *   file, and PostgreSQL then refuses to start for good ("lock file is empty": it cannot tell a
 *   crashed start from another server starting), so the vault would never open again. The file
 *   protects nothing under PGlite: it always holds the same made-up pid (-42), which PostgreSQL
 *   takes for its own and overrides. Our directory lock is what keeps a second process out.
 * - Temporary files of an atomic replace (`.keyring.*`, `.attempts.*`) cut off before their
 *   rename: a keyring temp holds wrapped keys, so it is overwritten before removal, like the
 *   keyring itself on erase (it would otherwise outlive `closer erase`).
 */
function removeCrashLeftovers(dir: string): void {
  for (const entry of readdirSync(dir)) {
    if (entry.startsWith(`${DB_DIR}.new-`))
      rmSync(join(dir, entry), { recursive: true, force: true });
    else if (entry.startsWith(`.${KEYRING_FILE}.`)) destroyFile(join(dir, entry));
    else if (entry.startsWith(`.${ATTEMPTS_FILE}.`)) rmSync(join(dir, entry), { force: true });
  }
  try {
    unlinkSync(join(dir, DB_DIR, POSTMASTER_PID));
    syncDir(join(dir, DB_DIR));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
}

/**
 * PGlite's own start parameters plus a smaller buffer pool. initdb writes PostgreSQL's default
 * `shared_buffers = 128MB`, and in WebAssembly that pool is resident memory of the process for
 * as long as the vault is open; sealed records of one person fit in a few MiB. 16 MB measured
 * about 125 MiB less resident memory for an open vault (`closer serve`: 405 → 280 MiB); below
 * 16 MB it saved no more. Passed at each start, so existing data directories need no change.
 */
const PGLITE_START_PARAMS = [...PGlite.defaultStartParams, '-c', 'shared_buffers=16MB'];

export type PgliteStoreOptions = {
  /** Migrations to apply (tests pass their own to check the out-of-sync refusal). */
  migrations?: readonly Migration[];
};

/**
 * Opens (creating if needed) the embedded store in `dir`, or explains why it cannot: another
 * process holds the directory, or its migrations disagree with this version of closer.
 *
 * @example
 * const store = await openPgliteStore('/home/me/.local/share/closer');
 */
export async function openPgliteStore(
  dir: string,
  options: PgliteStoreOptions = {},
): Promise<Result<VaultStore>> {
  const created = !existsSync(dir);
  mkdirSync(dir, { recursive: true, mode: PRIVATE_DIR_MODE });
  if (created) chmodSync(dir, PRIVATE_DIR_MODE);
  const lock = acquireDirLock(dir);
  if (!lock.ok) return lock;

  let db: PGlite | undefined;
  try {
    removeCrashLeftovers(dir);
    if (!existsSync(join(dir, DB_DIR))) await createDatabase(dir);
    db = await PGlite.create({ dataDir: join(dir, DB_DIR), startParams: PGLITE_START_PARAMS });
    const driver = pgliteDriver(db);
    const migrated = await migrate(driver, options.migrations ?? MIGRATIONS);
    if (!migrated.ok) {
      await db.close();
      lock.value.release();
      return migrated;
    }
    let closed = false;
    const close = async () => {
      if (closed) return;
      closed = true;
      await driver.close();
      lock.value.release();
    };
    return ok({
      records: sqlRecordStore(driver),
      keyring: fileKeyringStore(dir),
      location: dir,
      close,
      async erase() {
        // The wrapped keys go first: from this moment the records cannot be decrypted by
        // anyone, even if removing the files below is interrupted.
        destroyFile(join(dir, KEYRING_FILE));
        for (const entry of readdirSync(dir)) {
          if (entry.startsWith(`.${KEYRING_FILE}.`)) destroyFile(join(dir, entry));
        }
        await close();
        rmSync(join(dir, DB_DIR), { recursive: true, force: true });
        rmSync(join(dir, ATTEMPTS_FILE), { force: true });
        syncDir(dir);
        try {
          rmdirSync(dir);
        } catch {
          // The directory holds files that are not ours (or the lock of a newcomer): keep it.
        }
      },
    });
  } catch (error) {
    try {
      await db?.close();
    } catch {
      // Closing a database that failed to start can fail too; the lock still goes.
    }
    lock.value.release();
    return fail(
      'store-unavailable',
      `The data store in ${dir} could not be opened.`,
      error instanceof Error ? error.message : String(error),
    );
  }
}
