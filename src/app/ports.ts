/**
 * The ports the vault use cases depend on (DESIGN.md "Parts and layout"): storage of sealed
 * records and of the keyring, the crypto that seals them, and the clock. The adapters live in
 * src/infra/ (PGlite or PostgreSQL, WebCrypto + Argon2id); the app never sees a driver.
 */
import type { Result } from '../domain/result.js';

/** One table per kind of record. The names are part of each record's associated data. */
export const RECORD_TABLES = [
  'settings',
  'assessments',
  'checkins',
  'events',
  'chat_imports',
  'plans',
  'drafts',
] as const;
export type RecordTable = (typeof RECORD_TABLES)[number];

/**
 * A record as the store keeps it. Only `table`, `id`, `period` and `keyId` are plaintext (see
 * docs/threat-model.md); everything the person wrote is inside `body`.
 */
export type SealedRow = {
  table: RecordTable;
  /** Random UUID, or the fixed id `settings`. */
  id: string;
  /** Coarse date for ordering: `YYYY-MM`, or null when the record has no date. */
  period: string | null;
  /** Which data key sealed `body` (also inside the envelope, bound by its associated data). */
  keyId: string;
  /** The versioned envelope: format version, key id, nonce, AES-256-GCM ciphertext and tag. */
  body: Uint8Array;
};

export type RecordStore = {
  /** Inserts or replaces rows, all in one transaction. */
  put(rows: readonly SealedRow[]): Promise<void>;
  get(table: RecordTable, id: string): Promise<SealedRow | undefined>;
  /** Every row of a table, ordered by period then id. */
  list(table: RecordTable): Promise<SealedRow[]>;
  /** True when a row was removed. */
  remove(table: RecordTable, id: string): Promise<boolean>;
  /** How many rows there are in all tables together. */
  count(): Promise<number>;
  /** Up to `limit` rows (any table) sealed under a key other than `keyId`: key rotation. */
  listNotUnderKey(keyId: string, limit: number): Promise<SealedRow[]>;
  /**
   * Replaces `row.body`/`row.keyId` only if the stored body is still `previousBody`
   * (compare-and-swap, so a rotation step never overwrites a newer write). True if replaced.
   */
  swap(row: SealedRow, previousBody: Uint8Array): Promise<boolean>;
  /** Deletes every row of every table and inserts `rows`, in one transaction. */
  replaceAll(rows: readonly SealedRow[]): Promise<void>;
};

/** Consecutive wrong passphrases, kept in plaintext so a restart does not reset the delay. */
export type FailedAttempts = { count: number; lastAt: string | null };

export type KeyringStore = {
  /** The keyring bytes, or undefined when the vault has not been created. */
  read(): Promise<Uint8Array | undefined>;
  /** Replaces the keyring atomically: a crash leaves either the old or the new one. */
  write(keyring: Uint8Array): Promise<void>;
  readFailures(): Promise<FailedAttempts>;
  writeFailures(attempts: FailedAttempts): Promise<void>;
};

export type VaultStore = {
  records: RecordStore;
  keyring: KeyringStore;
  /** Where the data lives, for messages: a directory, or `postgresql` with the host. */
  location: string;
  /**
   * Erases everything: destroys the wrapped keys first (overwritten, then removed), then the
   * records and files. The store is closed afterwards.
   */
  erase(): Promise<void>;
  close(): Promise<void>;
};

/** Argon2id cost. Memory in KiB; stored with the wrapped keys. */
export type KdfCost = { memoryKiB: number; iterations: number; parallelism: number };

/** Where a sealed record belongs: sealing binds the ciphertext to it. */
export type RecordContext = { table: RecordTable; id: string };

/** The unwrapped data keys of an unlocked vault. Dropped on lock. */
export type VaultKeys = {
  readonly currentKeyId: string;
  readonly keyIds: readonly string[];
  /** The KDF cost the keyring was wrapped with. */
  readonly kdf: KdfCost;
  seal(context: RecordContext, plaintext: Uint8Array): Promise<Uint8Array>;
  /** Fails (as a value) on tampering, relocation, an unknown key or an unknown format. */
  open(context: RecordContext, sealed: Uint8Array): Promise<Result<Uint8Array>>;
  /** Forgets the keys: every later seal/open fails. */
  forget(): void;
};

export type VaultCrypto = {
  /** A new keyring: a random data key wrapped by a key derived from the passphrase. */
  createKeyring(
    passphrase: string,
    kdf: KdfCost,
  ): Promise<{ keyring: Uint8Array; keys: VaultKeys }>;
  /** Unwraps the keyring; a wrong passphrase is a failure value (`wrong-passphrase`). */
  unlockKeyring(
    keyring: Uint8Array,
    passphrase: string,
    minimum: KdfCost,
  ): Promise<Result<VaultKeys>>;
  /**
   * The same data keys wrapped under a new passphrase (new salt, cost `kdf`), and a session
   * that wraps any later key (rotation) under the new passphrase too.
   */
  rewrapKeyring(
    keys: VaultKeys,
    passphrase: string,
    kdf: KdfCost,
  ): Promise<{ keyring: Uint8Array; keys: VaultKeys }>;
  /** Adds a fresh data key and makes it current (old keys stay until rotation is done). */
  addDataKey(keys: VaultKeys): Promise<{ keyring: Uint8Array; keys: VaultKeys }>;
  /** Removes data keys that no record uses any more. */
  dropDataKeys(
    keys: VaultKeys,
    keyIds: readonly string[],
  ): Promise<{ keyring: Uint8Array; keys: VaultKeys }>;
};

export type Clock = { now(): Date };
