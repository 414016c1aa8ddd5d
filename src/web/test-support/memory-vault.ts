/**
 * A real vault service (src/app/vault.ts) with the real WebCrypto/Argon2id crypto at the tests'
 * low cost, over a store kept in memory: the in-process page tests get the genuine use cases
 * without creating a PGlite data directory per test (the browser tests use the real one).
 */
import { createVaultService, type VaultService } from '../../app/vault.js';
import type { RecordStore, SealedRow, VaultStore } from '../../app/ports.js';
import { createWebVaultCrypto } from '../../infra/crypto/index.js';
import { createVaultGate, type VaultGate } from '../vault-gate.js';

export const TEST_KDF = { memoryKiB: 64, iterations: 1, parallelism: 1 };

function memoryStore(): VaultStore {
  const rows = new Map<string, SealedRow>();
  const key = (table: string, id: string) => `${table}\u0000${id}`;
  let keyring: Uint8Array | undefined;
  let failures = { count: 0, lastAt: null as string | null };
  const records: RecordStore = {
    put(list) {
      for (const row of list) rows.set(key(row.table, row.id), { ...row });
      return Promise.resolve();
    },
    get: (table, id) => Promise.resolve(rows.get(key(table, id))),
    list: (table) =>
      Promise.resolve(
        [...rows.values()]
          .filter((r) => r.table === table)
          .sort(
            (a, b) => (a.period ?? '').localeCompare(b.period ?? '') || a.id.localeCompare(b.id),
          ),
      ),
    remove: (table, id) => Promise.resolve(rows.delete(key(table, id))),
    count: () => Promise.resolve(rows.size),
    listNotUnderKey: (keyId, limit) =>
      Promise.resolve([...rows.values()].filter((r) => r.keyId !== keyId).slice(0, limit)),
    swap(row, previousBody) {
      const stored = rows.get(key(row.table, row.id));
      if (!stored || Buffer.compare(stored.body, previousBody) !== 0) return Promise.resolve(false);
      rows.set(key(row.table, row.id), { ...row });
      return Promise.resolve(true);
    },
    replaceAll(list) {
      rows.clear();
      for (const row of list) rows.set(key(row.table, row.id), { ...row });
      return Promise.resolve();
    },
  };
  return {
    records,
    keyring: {
      read: () => Promise.resolve(keyring),
      write(bytes) {
        keyring = bytes;
        return Promise.resolve();
      },
      readFailures: () => Promise.resolve(failures),
      writeFailures(attempts) {
        failures = attempts;
        return Promise.resolve();
      },
    },
    location: 'memory',
    erase() {
      keyring = undefined;
      rows.clear();
      return Promise.resolve();
    },
    close: () => Promise.resolve(),
  };
}

/** A gate over a fresh in-memory vault; `passphrase` creates and locks it first. */
export async function createMemoryVaultGate(passphrase?: string): Promise<VaultGate> {
  const open = (): VaultService =>
    createVaultService(memoryStore(), createWebVaultCrypto(), { kdf: TEST_KDF });
  const first = open();
  if (passphrase !== undefined) {
    const made = await first.init(passphrase, { country: 'GB', partnerName: 'Sam' });
    if (!made.ok) throw new Error(made.error.message);
    first.lock();
  }
  return createVaultGate(first, () => Promise.resolve({ ok: true, value: open() }));
}
