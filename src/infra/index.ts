/**
 * Wiring: opens the right store (PGlite in a data directory, or PostgreSQL when a database URL
 * is given) with the WebCrypto/Argon2id crypto, and returns the vault service the CLI, the web
 * app and the library share.
 */
import { homedir } from 'node:os';
import { join } from 'node:path';
import type { Result } from '../domain/result.js';
import { ok } from '../domain/result.js';
import type { VaultStore } from '../app/ports.js';
import { createVaultService, type VaultService, type VaultServiceOptions } from '../app/vault.js';
import { createWebVaultCrypto } from './crypto/index.js';
import { openPgliteStore } from './db/pglite-store.js';
import { openPostgresStore } from './db/postgres-store.js';
import { writePrivateFile } from './db/files.js';

export { writePrivateFile };

export type OpenVaultOptions = {
  /** The data directory for the embedded store (see resolveDataDir for the default). */
  dataDir?: string;
  /** A PostgreSQL URL; when set, the data lives there instead of in a data directory. */
  databaseUrl?: string;
  /** PostgreSQL schema (tests); `public` by default. */
  schema?: string;
  /** Options of the service (clock; tests: a cheaper key-derivation cost). */
  service?: VaultServiceOptions;
};

/**
 * Where the embedded store lives when no directory is given: `CLOSER_DATA_DIR`, else
 * `$XDG_DATA_HOME/closer`, else the platform's user data directory.
 *
 * @example
 * resolveDataDir(undefined, { XDG_DATA_HOME: '/home/me/.local/share' }) // '/home/me/.local/share/closer'
 */
export function resolveDataDir(
  explicit?: string,
  env: NodeJS.ProcessEnv = process.env,
  platform: NodeJS.Platform = process.platform,
): string {
  if (explicit !== undefined && explicit !== '') return explicit;
  if (env.CLOSER_DATA_DIR) return env.CLOSER_DATA_DIR;
  if (env.XDG_DATA_HOME) return join(env.XDG_DATA_HOME, 'closer');
  const home = env.HOME ?? env.USERPROFILE ?? homedir();
  if (platform === 'darwin') return join(home, 'Library', 'Application Support', 'closer');
  if (platform === 'win32') {
    return join(env.APPDATA ?? join(home, 'AppData', 'Roaming'), 'closer');
  }
  return join(home, '.local', 'share', 'closer');
}

/** Opens the store the options point at (PostgreSQL if `databaseUrl`, else PGlite). */
export async function openStore(options: OpenVaultOptions = {}): Promise<Result<VaultStore>> {
  if (options.databaseUrl !== undefined && options.databaseUrl !== '') {
    return openPostgresStore(
      options.databaseUrl,
      options.schema === undefined ? {} : { schema: options.schema },
    );
  }
  return openPgliteStore(resolveDataDir(options.dataDir));
}

/**
 * Opens the vault service over the right store. One per process: the embedded store holds an
 * exclusive lock on its directory until `close()`.
 *
 * @example
 * const vault = await openVault({ dataDir: '/tmp/closer-demo' });
 * if (vault.ok) { await vault.value.unlock(passphrase); ...; await vault.value.close(); }
 */
export async function openVault(options: OpenVaultOptions = {}): Promise<Result<VaultService>> {
  const store = await openStore(options);
  if (!store.ok) return store;
  return ok(createVaultService(store.value, createWebVaultCrypto(), options.service));
}
