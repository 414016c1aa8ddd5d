/**
 * Passphrase → key-encryption key with Argon2id (hash-wasm; Node 20 has no Argon2 in core).
 * The cost is sized for an offline attacker holding a copy of the disk (adversary A3 in
 * docs/threat-model.md): 64 MiB and 3 passes, as RFC 9106's second recommended option, not
 * the 19 MiB floor meant for server-side password checks.
 */
import { argon2id } from 'hash-wasm';
import type { KdfCost } from '../../app/ports.js';

/**
 * Parallelism 1: hash-wasm computes lanes one after another, so more lanes would cost us the
 * same time while letting an attacker with parallel hardware go faster.
 */
export const DEFAULT_KDF: KdfCost = { memoryKiB: 64 * 1024, iterations: 3, parallelism: 1 };

/** Refuse keyrings asking for absurd work (a tampered file must not hang or exhaust us). */
export const MAX_KDF: KdfCost = { memoryKiB: 4 * 1024 * 1024, iterations: 64, parallelism: 16 };

/** 128-bit salt, 256-bit output (E-07). */
export const SALT_BYTES = 16;
export const KEK_BYTES = 32;

/** True when `cost` is at least `floor` in memory and passes. */
export function meetsFloor(cost: KdfCost, floor: KdfCost): boolean {
  return cost.memoryKiB >= floor.memoryKiB && cost.iterations >= floor.iterations;
}

export function withinMaximum(cost: KdfCost): boolean {
  return (
    Number.isInteger(cost.memoryKiB) &&
    Number.isInteger(cost.iterations) &&
    Number.isInteger(cost.parallelism) &&
    cost.memoryKiB >= 8 * cost.parallelism &&
    cost.iterations >= 1 &&
    cost.parallelism >= 1 &&
    cost.memoryKiB <= MAX_KDF.memoryKiB &&
    cost.iterations <= MAX_KDF.iterations &&
    cost.parallelism <= MAX_KDF.parallelism
  );
}

/**
 * Derives the 256-bit key-encryption key as a non-extractable AES-GCM key.
 *
 * @example
 * const kek = await deriveKek('a long passphrase', salt, DEFAULT_KDF);
 */
export async function deriveKek(
  passphrase: string,
  salt: Uint8Array,
  cost: KdfCost,
): Promise<CryptoKey> {
  const bytes = await argon2id({
    password: passphrase.normalize('NFC'),
    salt,
    parallelism: cost.parallelism,
    iterations: cost.iterations,
    memorySize: cost.memoryKiB,
    hashLength: KEK_BYTES,
    outputType: 'binary',
  });
  const raw = new Uint8Array(bytes);
  try {
    return await crypto.subtle.importKey('raw', raw, { name: 'AES-GCM' }, false, [
      'wrapKey',
      'unwrapKey',
    ]);
  } finally {
    // The raw KEK bytes are not needed once imported; do not leave them in the heap.
    bytes.fill(0);
    raw.fill(0);
  }
}
