import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isValidTimeZone, wallClockToUtc, zoneOffsetAt } from './wall-clock.js';

const iso = (ms: number) => new Date(ms).toISOString();

describe('wallClockToUtc', () => {
  it('reads winter and summer times in Berlin', () => {
    expect(iso(wallClockToUtc(2026, 1, 15, 12, 0, 0, 'Europe/Berlin'))).toBe(
      '2026-01-15T11:00:00.000Z',
    );
    expect(iso(wallClockToUtc(2026, 7, 15, 12, 0, 0, 'Europe/Berlin'))).toBe(
      '2026-07-15T10:00:00.000Z',
    );
  });

  it('handles the skipped hour and the repeated hour', () => {
    // 2026-03-29 02:30 does not exist in Berlin; read with the winter offset.
    expect(iso(wallClockToUtc(2026, 3, 29, 2, 30, 0, 'Europe/Berlin'))).toBe(
      '2026-03-29T01:30:00.000Z',
    );
    // 2026-10-25 02:30 happens twice; the first (summer time) is chosen.
    expect(iso(wallClockToUtc(2026, 10, 25, 2, 30, 0, 'Europe/Berlin'))).toBe(
      '2026-10-25T00:30:00.000Z',
    );
  });

  it('works west of UTC and in UTC', () => {
    expect(iso(wallClockToUtc(2026, 11, 1, 1, 30, 0, 'America/New_York'))).toBe(
      '2026-11-01T05:30:00.000Z',
    );
    expect(iso(wallClockToUtc(2026, 5, 5, 23, 59, 59, 'UTC'))).toBe('2026-05-05T23:59:59.000Z');
  });

  it('knows valid zones', () => {
    expect(isValidTimeZone('Asia/Kolkata')).toBe(true);
    expect(isValidTimeZone('Mars/Olympus')).toBe(false);
  });
});

describe('zoneOffsetAt', () => {
  it('agrees with the offset worked out from the labelled date parts, in many zones', () => {
    const zones = [
      'Europe/Berlin',
      'America/New_York',
      'Australia/Lord_Howe',
      'Asia/Kathmandu',
      'Pacific/Chatham',
      'America/St_Johns',
      'Africa/Casablanca',
    ];
    fc.assert(
      fc.property(
        fc.constantFrom(...zones),
        fc.integer({
          min: Date.UTC(1990, 0, 1) / 3_600_000,
          max: Date.UTC(2040, 0, 1) / 3_600_000,
        }),
        (zone, hour) => {
          const at = hour * 3_600_000;
          const parts = new Intl.DateTimeFormat('en-GB', {
            timeZone: zone,
            hourCycle: 'h23',
            year: 'numeric',
            month: '2-digit',
            day: '2-digit',
            hour: '2-digit',
            minute: '2-digit',
            second: '2-digit',
          }).formatToParts(new Date(at));
          const get = (type: string) => Number(parts.find((p) => p.type === type)?.value);
          const local = Date.UTC(
            get('year'),
            get('month') - 1,
            get('day'),
            get('hour'),
            get('minute'),
            get('second'),
          );
          expect(zoneOffsetAt(at, zone)).toBe(local - at);
        },
      ),
      { numRuns: 300 },
    );
  });
});
