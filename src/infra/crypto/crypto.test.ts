import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { RECORD_TABLES, type KdfCost, type RecordContext } from '../../app/ports.js';
import { DEFAULT_KDF, createWebVaultCrypto } from './index.js';
import { readEnvelope } from './envelope.js';

// Tests run Argon2id at a tiny cost; one test below keeps the real default.
const CHEAP: KdfCost = { memoryKiB: 64, iterations: 1, parallelism: 1 };
const vaultCrypto = createWebVaultCrypto();
const decoder = new TextDecoder();

const contextArb = fc.record({
  table: fc.constantFrom(...RECORD_TABLES),
  id: fc.uuid(),
});

async function unlocked(passphrase = 'correct horse battery') {
  return vaultCrypto.createKeyring(passphrase, CHEAP);
}

describe('record envelope (AES-256-GCM)', () => {
  it('round-trips any bytes for any record (property)', async () => {
    const { keys } = await unlocked();
    await fc.assert(
      fc.asyncProperty(contextArb, fc.uint8Array({ maxLength: 2048 }), async (context, bytes) => {
        const sealed = await keys.seal(context, bytes);
        const opened = await keys.open(context, sealed);
        expect(opened).toEqual({ ok: true, value: bytes });
      }),
    );
  });

  it('fails on any single bit flip anywhere in the envelope (property)', async () => {
    const { keys } = await unlocked();
    await fc.assert(
      fc.asyncProperty(
        contextArb,
        fc.uint8Array({ minLength: 1, maxLength: 256 }),
        fc.nat(),
        fc.integer({ min: 0, max: 7 }),
        async (context, bytes, position, bit) => {
          const sealed = await keys.seal(context, bytes);
          const index = position % sealed.length;
          sealed[index] = (sealed[index] ?? 0) ^ (1 << bit);
          const opened = await keys.open(context, sealed);
          expect(opened.ok).toBe(false);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('fails when a record is moved to another row or table (property)', async () => {
    const { keys } = await unlocked();
    await fc.assert(
      fc.asyncProperty(contextArb, contextArb, fc.uint8Array(), async (from, to, bytes) => {
        fc.pre(from.table !== to.table || from.id !== to.id);
        const sealed = await keys.seal(from, bytes);
        const opened = await keys.open(to, sealed);
        expect(opened.ok).toBe(false);
        if (!opened.ok) expect(opened.error.code).toBe('record-tampered');
      }),
    );
  });

  it('rejects a truncated tag and an unknown format version with clear messages', async () => {
    const { keys } = await unlocked();
    const context: RecordContext = { table: 'checkins', id: 'a' };
    const sealed = await keys.seal(context, new TextEncoder().encode('hello'));
    const truncated = await keys.open(context, sealed.subarray(0, sealed.length - 4));
    expect(truncated.ok).toBe(false);
    const future = Uint8Array.from(sealed);
    future[0] = 2;
    const opened = await keys.open(context, future);
    expect(opened).toMatchObject({ ok: false, error: { code: 'unsupported-format' } });
    if (!opened.ok) expect(opened.error.message).toContain('checkins record a');
  });

  it('never repeats a nonce across many seals', async () => {
    const { keys } = await unlocked();
    const context: RecordContext = { table: 'events', id: 'n' };
    const seen = new Set<string>();
    for (let i = 0; i < 5000; i++) {
      const header = readEnvelope(await keys.seal(context, new Uint8Array(1)), context);
      if (!header.ok) throw new Error('bad header');
      seen.add(Buffer.from(header.value.nonce).toString('hex'));
    }
    expect(seen.size).toBe(5000);
  });

  it('refuses to seal or open after the keys are forgotten', async () => {
    const { keys } = await unlocked();
    keys.forget();
    await expect(keys.seal({ table: 'plans', id: 'x' }, new Uint8Array(1))).rejects.toThrow(
      /locked/,
    );
  });
});

describe('keyring (Argon2id → KEK → data keys)', () => {
  it('unlocks with the right passphrase and not with a wrong one', async () => {
    const { keyring, keys } = await unlocked('first passphrase');
    const sealed = await keys.seal({ table: 'drafts', id: '1' }, new Uint8Array([1, 2, 3]));
    const again = await vaultCrypto.unlockKeyring(keyring, 'first passphrase', CHEAP);
    expect(again.ok).toBe(true);
    if (!again.ok) return;
    expect(again.value.currentKeyId).toBe(keys.currentKeyId);
    expect(await again.value.open({ table: 'drafts', id: '1' }, sealed)).toEqual({
      ok: true,
      value: new Uint8Array([1, 2, 3]),
    });
    const wrong = await vaultCrypto.unlockKeyring(keyring, 'first passphrasE', CHEAP);
    expect(wrong).toMatchObject({ ok: false, error: { code: 'wrong-passphrase' } });
  });

  it('stores no hash of the passphrase: the keyring holds only salt, params and wrapped keys', async () => {
    const { keyring } = await unlocked('some passphrase');
    const file = JSON.parse(decoder.decode(keyring)) as Record<string, unknown>;
    expect(Object.keys(file).sort()).toEqual(['current', 'format', 'kdf', 'keys', 'version']);
    expect(decoder.decode(keyring)).not.toContain('some passphrase');
  });

  it('re-wraps on a passphrase change: same data keys, old passphrase no longer opens', async () => {
    const { keys } = await unlocked('old passphrase');
    const sealed = await keys.seal({ table: 'events', id: 'e' }, new Uint8Array([9]));
    const { keyring: rewrapped } = await vaultCrypto.rewrapKeyring(keys, 'new passphrase', CHEAP);
    expect((await vaultCrypto.unlockKeyring(rewrapped, 'old passphrase', CHEAP)).ok).toBe(false);
    const opened = await vaultCrypto.unlockKeyring(rewrapped, 'new passphrase', CHEAP);
    expect(opened.ok).toBe(true);
    if (opened.ok) {
      expect((await opened.value.open({ table: 'events', id: 'e' }, sealed)).ok).toBe(true);
    }
  });

  it('fails like a wrong passphrase when the stored KDF parameters are edited', async () => {
    const { keyring } = await unlocked('p4ssphrase!');
    const file = JSON.parse(decoder.decode(keyring)) as { kdf: { iterations: number } };
    file.kdf.iterations = 2;
    const edited = new TextEncoder().encode(JSON.stringify(file));
    const opened = await vaultCrypto.unlockKeyring(edited, 'p4ssphrase!', CHEAP);
    expect(opened).toMatchObject({ ok: false, error: { code: 'wrong-passphrase' } });
  });

  it('refuses a keyring whose parameters fall below the floor', async () => {
    const { keyring } = await unlocked('p4ssphrase!');
    const opened = await vaultCrypto.unlockKeyring(keyring, 'p4ssphrase!', DEFAULT_KDF);
    expect(opened).toMatchObject({ ok: false, error: { code: 'keyring-damaged' } });
  });

  it('adds and drops data keys for rotation without the passphrase', async () => {
    const { keys } = await unlocked('rotate me please');
    const oldId = keys.currentKeyId;
    const added = await vaultCrypto.addDataKey(keys);
    expect(added.keys.keyIds).toHaveLength(2);
    expect(added.keys.currentKeyId).not.toBe(oldId);
    const dropped = await vaultCrypto.dropDataKeys(added.keys, [oldId]);
    expect(dropped.keys.keyIds).toEqual([added.keys.currentKeyId]);
    const reopened = await vaultCrypto.unlockKeyring(dropped.keyring, 'rotate me please', CHEAP);
    expect(reopened.ok && reopened.value.keyIds).toEqual([added.keys.currentKeyId]);
  });

  it('uses the real default cost (64 MiB, 3 passes) and stores it with the key', async () => {
    expect(DEFAULT_KDF).toEqual({ memoryKiB: 65536, iterations: 3, parallelism: 1 });
    const { keyring } = await vaultCrypto.createKeyring('default cost passphrase', DEFAULT_KDF);
    const file = JSON.parse(decoder.decode(keyring)) as { kdf: Record<string, unknown> };
    expect(file.kdf).toMatchObject({ algorithm: 'argon2id', memoryKiB: 65536, iterations: 3 });
    const opened = await vaultCrypto.unlockKeyring(keyring, 'default cost passphrase', DEFAULT_KDF);
    expect(opened.ok).toBe(true);
  });
});
