/**
 * The stored format of one record (format version 1), AES-256-GCM through WebCrypto:
 *
 *   byte 0        format version (1)
 *   byte 1        length L of the key id (1..64)
 *   bytes 2..2+L  key id, ASCII
 *   next 12       nonce: 96 random bits per seal
 *   rest          ciphertext followed by the 128-bit tag
 *
 * The associated data is the JSON array ["closer.record", version, table, id, keyId], so a
 * ciphertext copied to another row, table or key, or relabelled with another version, fails
 * its tag check instead of decrypting into the wrong place (E-04, E-13). Random 96-bit nonces
 * are safe far beyond this vault's size: the 2^32 messages-per-key bound is never approached.
 */
import { fail, ok, type Result } from '../../domain/result.js';
import type { RecordContext } from '../../app/ports.js';

export const RECORD_FORMAT_VERSION = 1;
export const NONCE_BYTES = 12;
export const TAG_BYTES = 16;
const MAX_KEY_ID = 64;

const encoder = new TextEncoder();
const decoder = new TextDecoder();

export function recordAad(
  version: number,
  context: RecordContext,
  keyId: string,
): Uint8Array<ArrayBuffer> {
  return own(
    encoder.encode(JSON.stringify(['closer.record', version, context.table, context.id, keyId])),
  );
}

/** A copy on its own ArrayBuffer, the shape WebCrypto's types ask for. */
export const own = (bytes: Uint8Array): Uint8Array<ArrayBuffer> => new Uint8Array(bytes);

/**
 * Seals `plaintext` for one record.
 *
 * @example
 * const sealed = await sealRecord(key, 'k0123', { table: 'checkins', id }, bytes);
 */
export async function sealRecord(
  key: CryptoKey,
  keyId: string,
  context: RecordContext,
  plaintext: Uint8Array,
): Promise<Uint8Array> {
  const idBytes = encoder.encode(keyId);
  if (idBytes.length < 1 || idBytes.length > MAX_KEY_ID) throw new Error('bad key id length');
  const nonce = crypto.getRandomValues(new Uint8Array(NONCE_BYTES));
  const ciphertext = new Uint8Array(
    await crypto.subtle.encrypt(
      {
        name: 'AES-GCM',
        iv: nonce,
        additionalData: recordAad(RECORD_FORMAT_VERSION, context, keyId),
        tagLength: TAG_BYTES * 8,
      },
      key,
      own(plaintext),
    ),
  );
  const out = new Uint8Array(2 + idBytes.length + NONCE_BYTES + ciphertext.length);
  out[0] = RECORD_FORMAT_VERSION;
  out[1] = idBytes.length;
  out.set(idBytes, 2);
  out.set(nonce, 2 + idBytes.length);
  out.set(ciphertext, 2 + idBytes.length + NONCE_BYTES);
  return out;
}

export type EnvelopeHeader = {
  version: number;
  keyId: string;
  nonce: Uint8Array;
  body: Uint8Array;
};

/** Reads the plaintext header of an envelope; fails for a format this version cannot read. */
export function readEnvelope(sealed: Uint8Array, context: RecordContext): Result<EnvelopeHeader> {
  const where = `${context.table} record ${context.id}`;
  const version = sealed[0];
  if (version !== RECORD_FORMAT_VERSION) {
    return fail(
      'unsupported-format',
      `The stored ${where} is in a format this version of closer cannot read (version ${String(version)}).`,
    );
  }
  const idLength = sealed[1] ?? 0;
  const headerLength = 2 + idLength + NONCE_BYTES;
  if (idLength < 1 || idLength > MAX_KEY_ID || sealed.length < headerLength + TAG_BYTES) {
    return fail('record-damaged', `The stored ${where} is damaged (too short to be a record).`);
  }
  return ok({
    version,
    keyId: decoder.decode(sealed.subarray(2, 2 + idLength)),
    nonce: sealed.subarray(2 + idLength, headerLength),
    body: sealed.subarray(headerLength),
  });
}

/**
 * Opens a sealed record with the key named in its header. Tampering, relocation to another
 * row and a wrong key all surface as the same `record-tampered` failure: never as wrong data.
 */
export async function openRecord(
  keyFor: (keyId: string) => CryptoKey | undefined,
  context: RecordContext,
  sealed: Uint8Array,
): Promise<Result<Uint8Array>> {
  const header = readEnvelope(sealed, context);
  if (!header.ok) return header;
  const { version, keyId, nonce, body } = header.value;
  const key = keyFor(keyId);
  const where = `${context.table} record ${context.id}`;
  if (key === undefined) {
    return fail(
      'unknown-key',
      `The stored ${where} was sealed with a key this vault does not hold; it cannot be read.`,
      `key id ${keyId}`,
    );
  }
  try {
    const plain = await crypto.subtle.decrypt(
      {
        name: 'AES-GCM',
        iv: own(nonce),
        additionalData: recordAad(version, context, keyId),
        tagLength: TAG_BYTES * 8,
      },
      key,
      own(body),
    );
    return ok(new Uint8Array(plain));
  } catch {
    return fail(
      'record-tampered',
      `The stored ${where} failed its integrity check: it was altered or moved from another row, so closer will not use it.`,
    );
  }
}
