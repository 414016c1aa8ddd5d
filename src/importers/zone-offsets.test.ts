import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { wallClockToUtc, zoneOffsetAt } from './wall-clock.js';
import { zoneClock } from './zone-offsets.js';

const zones = ['Europe/Berlin', 'America/New_York', 'Australia/Lord_Howe', 'Asia/Kolkata', 'UTC'];

describe('zoneClock', () => {
  it('agrees with the uncached conversion, in time order as exports run', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...zones),
        fc.array(fc.integer({ min: 0, max: 20 * 365 * 24 * 60 }), { minLength: 1, maxLength: 300 }),
        (zone, minutes) => {
          const clock = zoneClock(zone);
          for (const m of [...minutes].sort((a, b) => a - b)) {
            const naive = new Date(Date.UTC(2010, 0, 1) + m * 60_000);
            const args = [
              naive.getUTCFullYear(),
              naive.getUTCMonth() + 1,
              naive.getUTCDate(),
              naive.getUTCHours(),
              naive.getUTCMinutes(),
              0,
            ] as const;
            expect(clock.toUtc(...args)).toBe(wallClockToUtc(...args, zone));
            const instant = Date.UTC(2010, 0, 1) + m * 60_000;
            expect(clock.offsetAt(instant)).toBe(zoneOffsetAt(instant, zone));
          }
        },
      ),
      { numRuns: 60 },
    );
  });
});
