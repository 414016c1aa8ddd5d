/**
 * Fast zone offsets for streams of millions of timestamps. Intl lookups cost microseconds each;
 * offsets change only at daylight-saving switches, months apart. So an offset found at instant t
 * is kept for the two weeks after t when the offset two weeks later is the same (no zone switches
 * twice within two weeks; Morocco's Ramadan pause, the shortest, lasts about a month), and every
 * lookup inside that span is a comparison.
 */
import { wallClockToUtc, zoneOffsetAt } from './wall-clock.js';

/** Offsets found equal at both ends of this span are taken as constant inside it. */
const SPAN_MS = 14 * 86_400_000;

export type ZoneClock = {
  /** The zone's offset from UTC (ms) at a UTC instant. */
  offsetAt: (utcMs: number) => number;
  /** Wall-clock time in the zone → UTC ms (same rules as wallClockToUtc). */
  toUtc: (
    year: number,
    month: number,
    day: number,
    hour: number,
    minute: number,
    second: number,
  ) => number;
};

/**
 * A cached clock for one zone.
 *
 * @example
 * const clock = zoneClock('Europe/Berlin');
 * clock.toUtc(2026, 7, 1, 12, 0, 0); // 2026-07-01T10:00:00Z
 */
export function zoneClock(timeZone: string): ZoneClock {
  const fixed = timeZone === 'UTC' || timeZone === 'Etc/UTC';
  let spanFrom = Number.POSITIVE_INFINITY;
  let spanTo = Number.NEGATIVE_INFINITY;
  let spanOffset = 0;
  const offsetAt = (utcMs: number): number => {
    if (fixed) return 0;
    if (utcMs >= spanFrom && utcMs < spanTo) return spanOffset;
    const offset = zoneOffsetAt(utcMs, timeZone);
    // Snap the span to whole hours so neighbouring lookups share Intl's own hour cache.
    const from = Math.floor(utcMs / 3_600_000) * 3_600_000;
    if (
      zoneOffsetAt(from + SPAN_MS, timeZone) === offset &&
      zoneOffsetAt(from, timeZone) === offset
    ) {
      spanFrom = from;
      spanTo = from + SPAN_MS;
      spanOffset = offset;
    }
    return offset;
  };

  // Local days: a day whose midnight and next midnight share an offset uses it throughout.
  let dayKey = -1;
  let dayMs = 0;
  let dayOffset = 0;
  let daySwitches = false;
  const toUtc = (
    year: number,
    month: number,
    day: number,
    hour: number,
    minute: number,
    second: number,
  ) => {
    const key = (year * 16 + month) * 32 + day;
    if (key !== dayKey) {
      dayKey = key;
      dayMs = Date.UTC(year, month - 1, day);
      if (fixed) {
        dayOffset = 0;
        daySwitches = false;
      } else {
        const start = offsetAt(dayMs - offsetAt(dayMs));
        const end = offsetAt(dayMs + 86_400_000 - offsetAt(dayMs + 86_400_000));
        dayOffset = start;
        daySwitches = start !== end || offsetAt(dayMs - start) !== start;
      }
    }
    const local = dayMs + hour * 3_600_000 + minute * 60_000 + second * 1000;
    if (!daySwitches) return local - dayOffset;
    return wallClockToUtc(year, month, day, hour, minute, second, timeZone);
  };
  return { offsetAt, toUtc };
}
