/**
 * Wall-clock times in exports (WhatsApp, LINE, iMessage text) carry no zone. We read them in the
 * user's zone and convert to UTC, right across daylight-saving changes, using only Intl.
 */

const formatters = new Map<string, Intl.DateTimeFormat>();
/** Offsets per zone per UTC hour: exports have millions of lines but few distinct hours. */
const offsetCache = new Map<string, Map<number, number>>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

/** True when the runtime knows this IANA zone name. */
export function isValidTimeZone(timeZone: string): boolean {
  try {
    formatterFor(timeZone);
    return true;
  } catch {
    return false;
  }
}

/** The zone's offset from UTC in milliseconds at the given UTC instant. */
export function zoneOffsetAt(utcMs: number, timeZone: string): number {
  const hour = Math.floor(utcMs / 3_600_000);
  let perZone = offsetCache.get(timeZone);
  if (!perZone) {
    perZone = new Map();
    offsetCache.set(timeZone, perZone);
  }
  const cached = perZone.get(hour);
  if (cached !== undefined) return cached;
  const formatter = formatterFor(timeZone);
  const date = new Date(hour * 3_600_000);
  // format() is three times cheaper than formatToParts(); its en-US numeric form is
  // "M/D/YYYY, HH:MM:SS", six runs of digits. Anything else takes the labelled parts.
  const fields = formatter.format(date).match(/\d+/g);
  let asUtc: number;
  if (fields?.length === 6) {
    const [month, day, year, h, m, sec] = fields.map(Number) as [
      number,
      number,
      number,
      number,
      number,
      number,
    ];
    asUtc = Date.UTC(year, month - 1, day, h, m, sec);
  } else {
    const parts = formatter.formatToParts(date);
    const get = (type: string) => Number(parts.find((p) => p.type === type)?.value ?? 0);
    asUtc = Date.UTC(
      get('year'),
      get('month') - 1,
      get('day'),
      get('hour'),
      get('minute'),
      get('second'),
    );
  }
  const offset = asUtc - hour * 3_600_000;
  perZone.set(hour, offset);
  return offset;
}

/**
 * Converts a wall-clock time in `timeZone` to UTC milliseconds. In the hour skipped at the start
 * of daylight saving the time is read with the offset before the change; in the repeated hour
 * at its end, the first occurrence is chosen.
 *
 * @example
 * wallClockToUtc(2026, 3, 29, 1, 30, 0, 'Europe/Berlin') // 2026-03-29T00:30:00Z
 */
export function wallClockToUtc(
  year: number,
  month: number,
  day: number,
  hour: number,
  minute: number,
  second: number,
  timeZone: string,
): number {
  const naive = Date.UTC(year, month - 1, day, hour, minute, second);
  const firstGuess = naive - zoneOffsetAt(naive, timeZone);
  const offset = zoneOffsetAt(firstGuess, timeZone);
  const candidate = naive - offset;
  if (zoneOffsetAt(candidate, timeZone) === offset) {
    // In a repeated hour both offsets fit; prefer the earlier instant (the larger offset).
    const earlier = naive - zoneOffsetAt(candidate - 3_600_000, timeZone);
    if (earlier < candidate && zoneOffsetAt(earlier, timeZone) === naive - earlier) return earlier;
    return candidate;
  }
  return naive - zoneOffsetAt(naive - offset - 3_600_000, timeZone);
}
