/**
 * The key hierarchy (E-05): passphrase → Argon2id → key-encryption key (KEK) → wraps random
 * 256-bit data keys, which seal the records. The keyring is stored as JSON (format version 1):
 *
 *   { "format": "closer-keyring", "version": 1,
 *     "kdf": { "algorithm": "argon2id", "memoryKiB", "iterations", "parallelism", "salt" },
 *     "current": "<key id>",
 *     "keys": [ { "id": "<key id>", "wrapped": "<base64: 12-byte nonce ‖ AES-GCM(data key) ‖ tag>" } ] }
 *
 * No hash of the passphrase is stored anywhere: a passphrase is right when the data keys
 * unwrap (E-06). The wrap's associated data names the key id and the whole KDF description,
 * so editing the parameters or swapping wrapped keys fails like a wrong passphrase.
 */
import { z } from 'zod';
import { fail, ok, type Result } from '../../domain/result.js';
import type { KdfCost, RecordContext, VaultCrypto, VaultKeys } from '../../app/ports.js';
import { openRecord, own, sealRecord } from './envelope.js';
import { deriveKek, meetsFloor, SALT_BYTES, withinMaximum } from './kdf.js';

export const KEYRING_FORMAT_VERSION = 1;
const NONCE_BYTES = 12;
const DATA_KEY_BYTES = 32;

const base64 = z.string().regex(/^[A-Za-z0-9+/]*={0,2}$/);
const keyringSchema = z.strictObject({
  format: z.literal('closer-keyring'),
  version: z.number().int(),
  kdf: z.strictObject({
    algorithm: z.literal('argon2id'),
    memoryKiB: z.number().int(),
    iterations: z.number().int(),
    parallelism: z.number().int(),
    salt: base64,
  }),
  current: z.string().min(1).max(64),
  keys: z
    .array(z.strictObject({ id: z.string().regex(/^k[0-9a-f]{16}$/), wrapped: base64 }))
    .min(1),
});
type KeyringFile = z.infer<typeof keyringSchema>;

const encoder = new TextEncoder();
const decoder = new TextDecoder();
const toBase64 = (bytes: Uint8Array) => Buffer.from(bytes).toString('base64');
const fromBase64 = (text: string) => own(Buffer.from(text, 'base64'));

function wrapAad(
  file: Pick<KeyringFile, 'version' | 'kdf'>,
  keyId: string,
): Uint8Array<ArrayBuffer> {
  const { algorithm, memoryKiB, iterations, parallelism, salt } = file.kdf;
  return own(
    encoder.encode(
      JSON.stringify([
        'closer.keyring',
        file.version,
        keyId,
        algorithm,
        memoryKiB,
        iterations,
        parallelism,
        salt,
      ]),
    ),
  );
}

function newKeyId(): string {
  return `k${Buffer.from(crypto.getRandomValues(new Uint8Array(8))).toString('hex')}`;
}

/** What an unlocked keyring holds in memory; never written anywhere in this form. */
type Session = {
  kek: CryptoKey;
  kdfFile: KeyringFile['kdf'];
  current: string;
  dataKeys: Map<string, CryptoKey>;
  wrapped: Map<string, string>;
  forgotten: boolean;
};

const sessions = new WeakMap<VaultKeys, Session>();

function sessionOf(keys: VaultKeys): Session {
  const session = sessions.get(keys);
  if (session === undefined || session.forgotten) throw new Error('The vault is locked.');
  return session;
}

function makeKeys(session: Session): VaultKeys {
  const keys: VaultKeys = {
    currentKeyId: session.current,
    keyIds: [...session.dataKeys.keys()],
    kdf: {
      memoryKiB: session.kdfFile.memoryKiB,
      iterations: session.kdfFile.iterations,
      parallelism: session.kdfFile.parallelism,
    },
    async seal(context: RecordContext, plaintext: Uint8Array) {
      const s = sessionOf(keys);
      const key = s.dataKeys.get(s.current);
      if (key === undefined) throw new Error('current key missing');
      return await sealRecord(key, s.current, context, plaintext);
    },
    async open(context: RecordContext, sealed: Uint8Array) {
      const s = sessionOf(keys);
      return await openRecord((id) => s.dataKeys.get(id), context, sealed);
    },
    forget() {
      const s = sessions.get(keys);
      if (s === undefined) return;
      // CryptoKey objects cannot be zeroed from JS; dropping every reference is what we can do.
      s.forgotten = true;
      s.dataKeys.clear();
      s.wrapped.clear();
      sessions.delete(keys);
    },
  };
  sessions.set(keys, session);
  return keys;
}

function serialise(session: Session): Uint8Array {
  const file: KeyringFile = {
    format: 'closer-keyring',
    version: KEYRING_FORMAT_VERSION,
    kdf: session.kdfFile,
    current: session.current,
    keys: [...session.wrapped].map(([id, wrapped]) => ({ id, wrapped })),
  };
  return encoder.encode(JSON.stringify(file));
}

async function wrapDataKey(
  kek: CryptoKey,
  kdfFile: KeyringFile['kdf'],
  keyId: string,
  dataKey: CryptoKey,
): Promise<string> {
  const nonce = crypto.getRandomValues(new Uint8Array(NONCE_BYTES));
  const wrapped = new Uint8Array(
    await crypto.subtle.wrapKey('raw', dataKey, kek, {
      name: 'AES-GCM',
      iv: nonce,
      additionalData: wrapAad({ version: KEYRING_FORMAT_VERSION, kdf: kdfFile }, keyId),
      tagLength: 128,
    }),
  );
  const out = new Uint8Array(NONCE_BYTES + wrapped.length);
  out.set(nonce);
  out.set(wrapped, NONCE_BYTES);
  return toBase64(out);
}

async function unwrapDataKey(
  kek: CryptoKey,
  file: KeyringFile,
  keyId: string,
  wrapped: string,
): Promise<CryptoKey | undefined> {
  const bytes = fromBase64(wrapped);
  if (bytes.length !== NONCE_BYTES + DATA_KEY_BYTES + 16) return undefined;
  try {
    // Extractable so a passphrase change can re-wrap the same key; it never leaves the process.
    return await crypto.subtle.unwrapKey(
      'raw',
      own(bytes.subarray(NONCE_BYTES)),
      kek,
      {
        name: 'AES-GCM',
        iv: own(bytes.subarray(0, NONCE_BYTES)),
        additionalData: wrapAad(file, keyId),
        tagLength: 128,
      },
      { name: 'AES-GCM' },
      true,
      ['encrypt', 'decrypt'],
    );
  } catch {
    return undefined;
  }
}

function newDataKey(): Promise<CryptoKey> {
  return crypto.subtle.generateKey({ name: 'AES-GCM', length: 256 }, true, ['encrypt', 'decrypt']);
}

async function freshKdf(passphrase: string, kdf: KdfCost) {
  const salt = crypto.getRandomValues(new Uint8Array(SALT_BYTES));
  const kdfFile: KeyringFile['kdf'] = { algorithm: 'argon2id', ...kdf, salt: toBase64(salt) };
  return { kdfFile, kek: await deriveKek(passphrase, salt, kdf) };
}

const wrongPassphrase = () =>
  fail('wrong-passphrase', 'That passphrase does not open this vault. Nothing was changed.');

/**
 * The crypto port implemented with WebCrypto (AES-256-GCM) and hash-wasm (Argon2id).
 *
 * @example
 * const vaultCrypto = createWebVaultCrypto();
 * const { keyring, keys } = await vaultCrypto.createKeyring('a long passphrase', DEFAULT_KDF);
 */
export function createWebVaultCrypto(): VaultCrypto {
  return {
    async createKeyring(passphrase, kdf) {
      if (!withinMaximum(kdf)) throw new Error('KDF cost out of range');
      const { kdfFile, kek } = await freshKdf(passphrase, kdf);
      const id = newKeyId();
      const dataKey = await newDataKey();
      const session: Session = {
        kek,
        kdfFile,
        current: id,
        dataKeys: new Map([[id, dataKey]]),
        wrapped: new Map([[id, await wrapDataKey(kek, kdfFile, id, dataKey)]]),
        forgotten: false,
      };
      return { keyring: serialise(session), keys: makeKeys(session) };
    },

    async unlockKeyring(keyring, passphrase, minimum): Promise<Result<VaultKeys>> {
      let parsed: unknown;
      try {
        parsed = JSON.parse(decoder.decode(keyring));
      } catch {
        return fail('keyring-damaged', 'The vault key file is damaged and cannot be read.');
      }
      const checked = keyringSchema.safeParse(parsed);
      if (!checked.success) {
        return fail(
          'keyring-damaged',
          'The vault key file is damaged or not a closer key file.',
          checked.error.message,
        );
      }
      const file = checked.data;
      if (file.version !== KEYRING_FORMAT_VERSION) {
        return fail(
          'unsupported-format',
          `The vault key file is in a format this version of closer cannot read (version ${file.version}).`,
        );
      }
      const cost = {
        memoryKiB: file.kdf.memoryKiB,
        iterations: file.kdf.iterations,
        parallelism: file.kdf.parallelism,
      };
      // A keyring asking for less work than our floor is refused: a tampered file must not be
      // able to make the passphrase cheap to guess next time it is re-wrapped (SN 2017 audit).
      if (!withinMaximum(cost) || !meetsFloor(cost, minimum)) {
        return fail(
          'keyring-damaged',
          'The vault key file asks for key-derivation settings outside the allowed range.',
          JSON.stringify(cost),
        );
      }
      if (!file.keys.some((k) => k.id === file.current)) {
        return fail('keyring-damaged', 'The vault key file does not name its current key.');
      }
      const salt = fromBase64(file.kdf.salt);
      if (salt.length !== SALT_BYTES) {
        return fail('keyring-damaged', 'The vault key file has a salt of the wrong size.');
      }
      const kek = await deriveKek(passphrase, salt, cost);
      const dataKeys = new Map<string, CryptoKey>();
      for (const { id, wrapped } of file.keys) {
        const key = await unwrapDataKey(kek, file, id, wrapped);
        if (key === undefined) return wrongPassphrase();
        dataKeys.set(id, key);
      }
      return ok(
        makeKeys({
          kek,
          kdfFile: file.kdf,
          current: file.current,
          dataKeys,
          wrapped: new Map(file.keys.map((k) => [k.id, k.wrapped])),
          forgotten: false,
        }),
      );
    },

    async rewrapKeyring(keys, passphrase, kdf) {
      if (!withinMaximum(kdf)) throw new Error('KDF cost out of range');
      const old = sessionOf(keys);
      const { kdfFile, kek } = await freshKdf(passphrase, kdf);
      const wrapped = new Map<string, string>();
      for (const [id, dataKey] of old.dataKeys) {
        wrapped.set(id, await wrapDataKey(kek, kdfFile, id, dataKey));
      }
      // A new session: later keys (rotation) must be wrapped under the new passphrase's KEK.
      const session: Session = {
        kek,
        kdfFile,
        current: old.current,
        dataKeys: new Map(old.dataKeys),
        wrapped,
        forgotten: false,
      };
      return { keyring: serialise(session), keys: makeKeys(session) };
    },

    async addDataKey(keys) {
      const old = sessionOf(keys);
      const id = newKeyId();
      const dataKey = await newDataKey();
      const session: Session = {
        kek: old.kek,
        kdfFile: old.kdfFile,
        current: id,
        dataKeys: new Map([...old.dataKeys, [id, dataKey]]),
        wrapped: new Map([
          ...old.wrapped,
          [id, await wrapDataKey(old.kek, old.kdfFile, id, dataKey)],
        ]),
        forgotten: false,
      };
      return { keyring: serialise(session), keys: makeKeys(session) };
    },

    dropDataKeys(keys, keyIds) {
      const old = sessionOf(keys);
      if (keyIds.includes(old.current)) throw new Error('cannot drop the current key');
      const keep = (id: string) => !keyIds.includes(id);
      const session: Session = {
        kek: old.kek,
        kdfFile: old.kdfFile,
        current: old.current,
        dataKeys: new Map([...old.dataKeys].filter(([id]) => keep(id))),
        wrapped: new Map([...old.wrapped].filter(([id]) => keep(id))),
        forgotten: false,
      };
      return Promise.resolve({ keyring: serialise(session), keys: makeKeys(session) });
    },
  };
}
