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

  it('finds every switch to the hour, including half-hour zones and southern summers', () => {
    for (const zone of [
      'Europe/Berlin',
      'America/New_York',
      'Australia/Lord_Howe',
      'America/Sao_Paulo',
    ]) {
      const clock = zoneClock(zone);
      let switches = 0;
      let previous = Number.NaN;
      for (let t = Date.UTC(2017, 11, 25); t < Date.UTC(2020, 0, 5); t += 3_600_000) {
        const offset = clock.offsetAt(t);
        expect(offset, `${zone} at ${new Date(t).toISOString()}`).toBe(zoneOffsetAt(t, zone));
        if (!Number.isNaN(previous) && offset !== previous) switches++;
        previous = offset;
      }
      // Two switches a year where daylight saving is kept (São Paulo dropped it in 2019).
      expect(switches, zone).toBeGreaterThanOrEqual(zone === 'America/Sao_Paulo' ? 3 : 4);
    }
  });
});
