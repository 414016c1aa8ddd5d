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

/**
 * The byte layout of a prefix already read, e.g. `dd/dd/dddd, dd:dd - `: for each byte either a
 * literal or a digit of one field (a, b, c, hour, minute, second). An export writes all its
 * prefixes alike, so most lines match the layout of a line before and are read with one pass of
 * comparisons instead of the general parse.
 */
type Layout = {
  /** Per byte: the literal byte (≥ 0), or -1 - field index for a digit of that field. */
  roles: Int16Array;
  aDigits: number;
  cDigits: number;
  meridiem: 0 | 1 | 2;
  bracketed: boolean;
};

/** Builds the layout of the prefix just parsed into `out`, or undefined if it has no plain one. */
function layoutOf(buf: Uint8Array, start: number, out: Prefix): Layout | undefined {
  const length = out.bodyStart - start;
  const roles = new Int16Array(length);
  const values = [0, 0, 0, 0, 0, 0];
  let field = -1;
  let inDigits = false;
  for (let k = 0; k < length; k++) {
    const byte = buf[start + k] as number;
    if (byte >= 48 && byte <= 57) {
      if (!inDigits) field++;
      inDigits = true;
      if (field > 5) return undefined;
      values[field] = (values[field] ?? 0) * 10 + (byte - 48);
      roles[k] = -1 - field;
    } else {
      // Arabic-Indic digits and anything unusual keep the general parse.
      if (byte === 0xd9 || byte === 0xdb) return undefined;
      inDigits = false;
      roles[k] = byte;
    }
  }
  const fields = field + 1;
  const expected = [out.a, out.b, out.c, out.hour, out.minute, out.second];
  if (fields !== 5 && fields !== 6) return undefined;
  for (let f = 0; f < fields; f++) if (values[f] !== expected[f]) return undefined;
  return {
    roles,
    aDigits: out.aDigits,
    cDigits: out.cDigits,
    meridiem: out.meridiem,
    bracketed: out.bracketed,
  };
}

const fieldScratch = new Int32Array(6);

/** Reads the prefix at `start` if it has exactly this layout; the same checks as parsePrefix. */
function matchLayout(
  layout: Layout,
  buf: Uint8Array,
  start: number,
  end: number,
  out: Prefix,
): boolean {
  const roles = layout.roles;
  const length = roles.length;
  if (end - start <= length) return false;
  const fields = fieldScratch;
  fields.fill(0);
  for (let k = 0; k < length; k++) {
    const role = roles[k] as number;
    const byte = buf[start + k] as number;
    if (role >= 0) {
      if (byte !== role) return false;
    } else {
      if (byte < 48 || byte > 57) return false;
      const f = -1 - role;
      fields[f] = (fields[f] as number) * 10 + (byte - 48);
    }
  }
  const hour = fields[3] as number;
  const minute = fields[4] as number;
  const second = fields[5] as number;
  const meridiem = layout.meridiem;
  if (minute > 59 || second > 59) return false;
  if (meridiem === 0 ? hour > 23 : hour === 0 || hour > 12) return false;
  out.a = fields[0] as number;
  out.b = fields[1] as number;
  out.c = fields[2] as number;
  out.aDigits = layout.aDigits;
  out.cDigits = layout.cDigits;
  out.hour = hour;
  out.minute = minute;
  out.second = second;
  out.meridiem = meridiem;
  out.bracketed = layout.bracketed;
  out.bodyStart = start + length;
  return true;
}

/**
 * A prefix reader for one export: the same results as {@link parsePrefix}, faster, by trying the
 * layouts of the last two distinct prefixes first (two, for 12-hour clocks that alternate AM and
 * PM, or day numbers that alternate between one and two digits).
 *
 * @example
 * const read = prefixReader();
 * if (read(buf, 0, buf.length, prefix)) console.log(prefix.hour);
 */
export function prefixReader(): (
  buf: Uint8Array,
  start: number,
  end: number,
  out: Prefix,
) => boolean {
  let recent: Layout | undefined;
  let older: Layout | undefined;
  return (buf, start, end, out) => {
    if (recent !== undefined && matchLayout(recent, buf, start, end, out)) return true;
    if (older !== undefined && matchLayout(older, buf, start, end, out)) {
      [recent, older] = [older, recent];
      return true;
    }
    if (!parsePrefix(buf, start, end, out)) return false;
    // Only a prefix followed by a body: an empty iOS line ends at "]" with no separator to copy.
    if (out.bodyStart < end) {
      const layout = layoutOf(buf, start, out);
      if (layout !== undefined) {
        older = recent;
        recent = layout;
      }
    }
    return true;
  };
}
