/**
 * Fast zone offsets for streams of millions of timestamps. Intl lookups cost microseconds each;
 * offsets change only at daylight-saving switches, months apart. So each zone gets a timeline,
 * built lazily one UTC week at a time and shared by every clock of that zone: the offsets at a
 * week's two ends, and where they differ, the hour of the switch found by bisection. That is
 * about one Intl lookup per week of chat plus eight per switch (no zone switches twice within a
 * week; Morocco's Ramadan pause, the shortest, lasts about a month), and every lookup after that
 * is a comparison.
 */
import { wallClockToUtc, zoneOffsetAt } from './wall-clock.js';

const HOUR_MS = 3_600_000;
const WEEK_MS = 7 * 86_400_000;

/** One UTC week of a zone: `before` until `switchAt`, `after` from then on (equal: no switch). */
type ZoneWeek = { before: number; after: number; switchAt: number };

/** Per zone, per UTC week number: the week's offsets. */
const timelines = new Map<string, Map<number, ZoneWeek>>();

function zoneWeek(timeZone: string, week: number): ZoneWeek {
  let timeline = timelines.get(timeZone);
  if (!timeline) {
    timeline = new Map();
    timelines.set(timeZone, timeline);
  }
  let found = timeline.get(week);
  if (found) return found;
  const from = week * WEEK_MS;
  const before = zoneOffsetAt(from, timeZone);
  const after = zoneOffsetAt(from + WEEK_MS, timeZone);
  let switchAt = from + WEEK_MS;
  if (before !== after) {
    // The first hour with the new offset (offsets are read per whole UTC hour, as zoneOffsetAt does).
    let lo = 0;
    let hi = WEEK_MS / HOUR_MS;
    while (hi - lo > 1) {
      const mid = (lo + hi) >> 1;
      if (zoneOffsetAt(from + mid * HOUR_MS, timeZone) === before) lo = mid;
      else hi = mid;
    }
    switchAt = from + hi * HOUR_MS;
  }
  found = { before, after, switchAt };
  timeline.set(week, found);
  return found;
}

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
  // The stretch of constant offset the last lookup fell in: most lookups end here.
  let spanFrom = Number.POSITIVE_INFINITY;
  let spanTo = Number.NEGATIVE_INFINITY;
  let spanOffset = 0;
  const offsetAt = (utcMs: number): number => {
    if (fixed) return 0;
    if (utcMs >= spanFrom && utcMs < spanTo) return spanOffset;
    const week = Math.floor(utcMs / WEEK_MS);
    const { before, after, switchAt } = zoneWeek(timeZone, week);
    if (utcMs < switchAt) {
      spanFrom = week * WEEK_MS;
      spanTo = switchAt;
      spanOffset = before;
    } else {
      spanFrom = switchAt;
      spanTo = (week + 1) * WEEK_MS;
      spanOffset = after;
    }
    return spanOffset;
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
