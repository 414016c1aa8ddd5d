/**
 * ISO-8601 weeks (Monday to Sunday; week 1 holds the year's first Thursday) by plain arithmetic
 * on day numbers, so the domain needs no Date object and no zone database.
 */

const DAY_MS = 86_400_000;

/** Days since 1970-01-01 for a civil date (proleptic Gregorian). */
export function daysFromCivil(year: number, month: number, day: number): number {
  // Howard Hinnant's days_from_civil: years start in March so the leap day comes last.
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const mp = (month + 9) % 12;
  const doy = Math.floor((153 * mp + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146_097 + doe - 719_468;
}

/** The civil date of a day number (inverse of {@link daysFromCivil}). */
export function civilFromDays(days: number): { year: number; month: number; day: number } {
  const z = days + 719_468;
  const era = Math.floor(z / 146_097);
  const doe = z - era * 146_097;
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365,
  );
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yoe + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

/**
 * The day number of the Monday that starts the ISO week holding `localMs` (a time already
 * shifted into the person's zone). Weeks are keyed by this number internally.
 *
 * @example
 * weekStartDay(Date.UTC(2026, 0, 1)) // 20451 (Monday 2025-12-29)
 */
export function weekStartDay(localMs: number): number {
  const day = Math.floor(localMs / DAY_MS);
  // 1970-01-01 was a Thursday: (day + 3) mod 7 is 0 on Mondays.
  const weekday = (((day + 3) % 7) + 7) % 7;
  return day - weekday;
}

/**
 * The ISO week label (`YYYY-Www`) of the week starting on the Monday `mondayDay`.
 *
 * @example
 * isoWeekLabel(weekStartDay(Date.UTC(2026, 0, 1))) // "2026-W01"
 */
export function isoWeekLabel(mondayDay: number): string {
  const thursday = mondayDay + 3;
  const { year } = civilFromDays(thursday);
  const week = Math.floor((thursday - daysFromCivil(year, 1, 1)) / 7) + 1;
  return `${year}-W${String(week).padStart(2, '0')}`;
}

/** ISO date (YYYY-MM-DD) of a day number. */
export function isoDate(days: number): string {
  const { year, month, day } = civilFromDays(days);
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}
