/**
 * Calendar days as integers (days since 1970-01-01, UTC). The trajectory maths works on whole
 * days: check-ins and weekly metrics have no meaningful time of day, and integers avoid any
 * time-zone drift. `Date.UTC` is a pure function of its arguments, so the domain may use it.
 */

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const MS_PER_DAY = 86_400_000;

/**
 * Parses `YYYY-MM-DD` into epoch days, or `undefined` for a malformed or impossible date.
 *
 * @example
 * parseIsoDay('1970-01-02'); // 1
 * parseIsoDay('2026-02-30'); // undefined
 */
export function parseIsoDay(text: string): number | undefined {
  const match = ISO_DAY.exec(text);
  if (!match) return undefined;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  if (month < 1 || month > 12 || day < 1 || day > 31) return undefined;
  const ms = Date.UTC(year, month - 1, day);
  // Date.UTC rolls 2026-02-30 over into March; an impossible date shows up as a mismatch.
  if (formatIsoDay(ms / MS_PER_DAY) !== text) return undefined;
  return ms / MS_PER_DAY;
}

/**
 * Formats epoch days as `YYYY-MM-DD`.
 *
 * @example
 * formatIsoDay(0); // '1970-01-01'
 */
export function formatIsoDay(epochDay: number): string {
  const date = new Date(Math.round(epochDay) * MS_PER_DAY);
  const y = String(date.getUTCFullYear()).padStart(4, '0');
  const m = String(date.getUTCMonth() + 1).padStart(2, '0');
  const d = String(date.getUTCDate()).padStart(2, '0');
  return `${y}-${m}-${d}`;
}

/** A day given either as `YYYY-MM-DD` or as epoch days. */
export type DayInput = string | number;

/**
 * Normalises a {@link DayInput} to epoch days, or `undefined` when it is not a valid day.
 *
 * @example
 * toEpochDay('1970-01-11'); // 10
 * toEpochDay(10); // 10
 */
export function toEpochDay(day: DayInput): number | undefined {
  if (typeof day === 'number') return Number.isFinite(day) ? Math.round(day) : undefined;
  return parseIsoDay(day);
}
