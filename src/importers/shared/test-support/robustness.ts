/**
 * The robustness property every importer must have: random bytes and mutated fixtures give a
 * Result (ok or a one-line Problem), never a throw, and never a hang.
 */
import fc from 'fast-check';
import { expect } from 'vitest';
import type { Importer } from '../../types.js';
import { entryFrom, metadataMode, mutate } from './entries.js';

const encoder = new TextEncoder();

/** Rejects when `promise` has not settled within `ms`: a hang is a failure, not a slow test. */
async function within<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no result after ${ms} ms`)), ms);
  });
  try {
    return await Promise.race([promise, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/**
 * Feeds the importer random bytes and mutations of each fixture (under `name`).
 *
 * @example
 * await expectRobust(importer, 'sms.xml', [fixtureXml]);
 */
export async function expectRobust(
  importer: Importer,
  name: string,
  fixtures: readonly string[],
  numRuns = 60,
): Promise<void> {
  const fixtureBytes = fixtures.map((f) => encoder.encode(f));
  const input = fc.oneof(
    fc.uint8Array({ maxLength: 300 }),
    fc
      .record({
        fixture: fc.integer({ min: 0, max: fixtureBytes.length - 1 }),
        op: fc.constantFrom('truncate', 'delete', 'insert', 'flip' as const),
        at: fc.nat(),
        span: fc.integer({ min: 1, max: 12 }),
        fill: fc.constantFrom(0x00, 0x22, 0x3c, 0x3e, 0x7b, 0x7d, 0x0a, 0x09, 0xff, 0x26, 0x41),
      })
      .map(({ fixture, op, at, span, fill }) =>
        mutate(fixtureBytes[fixture] ?? new Uint8Array(), op, at, span, fill),
      ),
  );
  await fc.assert(
    fc.asyncProperty(input, fc.integer({ min: 1, max: 64 }), async (bytes, chunk) => {
      const result = await within(
        importer.parse([entryFrom(name, bytes, chunk)], metadataMode, () => undefined),
        2000,
      );
      if (result.ok) {
        const { lines } = result.value;
        expect(
          Math.min(lines.message, lines.continuation, lines.system, lines.skipped),
        ).toBeGreaterThanOrEqual(0);
      } else {
        expect(result.error.message.length).toBeGreaterThan(0);
        expect(result.error.message).not.toContain('\n');
      }
    }),
    { numRuns },
  );
}
