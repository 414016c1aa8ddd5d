/**
 * The timestamp prefix that starts every WhatsApp message line, read byte by byte (no regular
 * expression, no string): `12/09/2020, 23:55 - ` (Android), `[12/09/2020, 23:55:01] ` (iOS), and
 * their locale variants: any of `/ . -` between date fields, 2- or 4-digit years, year first,
 * 12-hour clocks with `AM`, `am`, `a. m.` or Arabic `ص`/`م`, seconds or none, `.` as the time
 * separator, words such as Finnish `klo` between date and time, Eastern Arabic digits, and the
 * invisible U+200E/U+200F/U+202F/U+00A0 characters WhatsApp sprinkles in.
 *
 * The parse is into a caller-owned {@link Prefix} so the hot loop allocates nothing.
 */

export type Prefix = {
  /** The three date fields in the order written, and the digit counts of the first and last. */
  a: number;
  b: number;
  c: number;
  aDigits: number;
  cDigits: number;
  hour: number;
  minute: number;
  second: number;
  /** 0 = 24-hour clock, 1 = AM, 2 = PM. */
  meridiem: 0 | 1 | 2;
  /** Written in brackets (the iOS layout). */
  bracketed: boolean;
  /** Offset of the first byte after the prefix (the author or the system text). */
  bodyStart: number;
};

export const newPrefix = (): Prefix => ({
  a: 0,
  b: 0,
  c: 0,
  aDigits: 0,
  cDigits: 0,
  hour: 0,
  minute: 0,
  second: 0,
  meridiem: 0,
  bracketed: false,
  bodyStart: 0,
});

// Result of the last readNumber call (module state keeps the hot path allocation-free).
let numValue = 0;
let numDigits = 0;

/** Reads up to `max` digits (ASCII, Arabic-Indic or Extended Arabic-Indic); returns the new offset. */
function readNumber(buf: Uint8Array, p: number, end: number, max: number): number {
  numValue = 0;
  numDigits = 0;
  while (p < end && numDigits < max) {
    const byte = buf[p] as number;
    if (byte >= 48 && byte <= 57) {
      numValue = numValue * 10 + (byte - 48);
      p++;
    } else if (byte === 0xd9 || byte === 0xdb) {
      const next = buf[p + 1] as number;
      const zero = byte === 0xd9 ? 0xa0 : 0xb0;
      if (next < zero || next > zero + 9) break;
      numValue = numValue * 10 + (next - zero);
      p += 2;
    } else break;
    numDigits++;
  }
  return p;
}

function isDigitAt(buf: Uint8Array, p: number): boolean {
  const byte = buf[p] as number;
  if (byte >= 48 && byte <= 57) return true;
  const next = buf[p + 1] as number;
  return (
    (byte === 0xd9 && next >= 0xa0 && next <= 0xa9) ||
    (byte === 0xdb && next >= 0xb0 && next <= 0xb9)
  );
}

/** Length of a space-like character at p (space, NBSP, narrow NBSP, thin space), else 0. */
function spaceAt(buf: Uint8Array, p: number): number {
  const byte = buf[p];
  if (byte === 32) return 1;
  if (byte === 0xc2 && buf[p + 1] === 0xa0) return 2;
  if (byte === 0xe2 && buf[p + 1] === 0x80) {
    const third = buf[p + 2] as number;
    if (third === 0xaf || third === 0x89 || third === 0x8e || third === 0x8f) return 3;
  }
  return 0;
}

/** Length of an invisible direction mark or BOM at p, else 0. */
export function markAt(buf: Uint8Array, p: number): number {
  const byte = buf[p];
  if (byte === 0xe2 && buf[p + 1] === 0x80) {
    const third = buf[p + 2] as number;
    if (third === 0x8e || third === 0x8f || (third >= 0xaa && third <= 0xae)) return 3;
  } else if (byte === 0xef && buf[p + 1] === 0xbb && buf[p + 2] === 0xbf) return 3;
  return 0;
}

let meridiemValue: 0 | 1 | 2 = 0;

/** Reads an optional AM/PM marker at p into `meridiemValue`; returns the offset after it. */
function readMeridiem(buf: Uint8Array, p: number, end: number): number {
  meridiemValue = 0;
  let q = p;
  let s;
  while ((s = spaceAt(buf, q)) > 0) q += s;
  if (q === p) return p;
  const byte = (buf[q] as number) | 0x20;
  if (byte === 97 || byte === 112) {
    // a / p, optional '.', optional space, m, optional '.'
    let r = q + 1;
    if (buf[r] === 46) r++;
    while ((s = spaceAt(buf, r)) > 0) r += s;
    if (((buf[r] as number) | 0x20) !== 109) return p;
    r++;
    if (buf[r] === 46) r++;
    // Must end the word ("am" but not "amber").
    if (r < end) {
      const after = (buf[r] as number) | 0x20;
      if (after >= 97 && after <= 122) return p;
    }
    meridiemValue = byte === 97 ? 1 : 2;
    return r;
  }
  // Arabic ص (AM) and م (PM).
  if (buf[q] === 0xd8 && buf[q + 1] === 0xb5) {
    meridiemValue = 1;
    return q + 2;
  }
  if (buf[q] === 0xd9 && buf[q + 1] === 0x85) {
    meridiemValue = 2;
    return q + 2;
  }
  return p;
}

/**
 * Parses the prefix of the line `buf[start, end)` into `out`. Returns false (cheaply, usually on
 * the first byte) when the line does not start with a timestamp: it is then a continuation.
 */
export function parsePrefix(buf: Uint8Array, start: number, end: number, out: Prefix): boolean {
  let p = start;
  const first = buf[p] as number;
  // Fast reject: a prefix starts with a digit, '[', a mark, or an Arabic digit.
  if (!(
    (first >= 48 && first <= 57) ||
    first === 91 ||
    first === 0xe2 ||
    first === 0xef ||
    first === 0xd9 ||
    first === 0xdb
  ))
    return false;
  let m;
  while ((m = markAt(buf, p)) > 0) p += m;
  const bracketed = buf[p] === 91;
  if (bracketed) p++;

  let q = readNumber(buf, p, end, 4);
  if (numDigits === 0) return false;
  p = q;
  const a = numValue;
  const aDigits = numDigits;
  const dateSep = buf[p];
  if (dateSep !== 47 && dateSep !== 46 && dateSep !== 45) return false;
  p++;
  if (buf[p] === 32) p++;
  q = readNumber(buf, p, end, 2);
  if (numDigits === 0) return false;
  p = q;
  const b = numValue;
  if (buf[p] !== dateSep) return false;
  p++;
  if (buf[p] === 32) p++;
  q = readNumber(buf, p, end, 4);
  if (numDigits === 0 || numDigits === 3) return false;
  p = q;
  const c = numValue;
  const cDigits = numDigits;
  if (aDigits === 3 || (aDigits === 4 && cDigits > 2) || (aDigits <= 2 && cDigits === 1))
    return false;

  // Between date and time: a comma, spaces, a trailing dot, or a short word ("klo").
  const gapStart = p;
  while (p < end && p - gapStart < 12 && !isDigitAt(buf, p)) {
    const byte = buf[p] as number;
    if (byte === 91 || byte === 93 || byte === 58 || byte === 45) return false;
    p++;
  }
  if (p === gapStart || p >= end) return false;

  q = readNumber(buf, p, end, 2);
  if (numDigits === 0) return false;
  p = q;
  const hour = numValue;
  const timeSep = buf[p];
  if (timeSep !== 58 && timeSep !== 46) return false;
  p++;
  q = readNumber(buf, p, end, 2);
  if (numDigits !== 2) return false;
  p = q;
  const minute = numValue;
  let second = 0;
  if (buf[p] === timeSep && isDigitAt(buf, p + 1)) {
    q = readNumber(buf, p + 1, end, 2);
    if (numDigits !== 2) return false;
    p = q;
    second = numValue;
  }
  p = readMeridiem(buf, p, end);
  const meridiem = meridiemValue;
  if (minute > 59 || second > 59) return false;
  if (meridiem === 0 ? hour > 23 : hour === 0 || hour > 12) return false;

  if (bracketed) {
    if (buf[p] !== 93) return false;
    p++;
  }
  // The separator before the body: " - " (Android), " " after "]" (iOS), or ": ".
  if (buf[p] === 32 && buf[p + 1] === 45 && buf[p + 2] === 32) p += 3;
  else if (buf[p] === 58 && buf[p + 1] === 32) p += 2;
  else if (spaceAt(buf, p) > 0) p += spaceAt(buf, p);
  else if (!(bracketed && p === end)) return false;

  out.a = a;
  out.b = b;
  out.c = c;
  out.aDigits = aDigits;
  out.cDigits = cDigits;
  out.hour = hour;
  out.minute = minute;
  out.second = second;
  out.meridiem = meridiem;
  out.bracketed = bracketed;
  out.bodyStart = p;
  return true;
}
