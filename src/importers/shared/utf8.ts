/**
 * Well-formedness of UTF-8 byte sequences (RFC 3629: no overlongs, no surrogates, nothing past
 * U+10FFFF), checked by hand: a strict TextDecoder throws on failure, and exceptions on every
 * ordinary accented string are slow. Used where Meta's exports spell UTF-8 bytes as escapes.
 */

/** True when `bytes` are complete, well-formed UTF-8 (ASCII included). */
export function isWellFormedUtf8(bytes: ArrayLike<number>): boolean {
  let i = 0;
  while (i < bytes.length) {
    const lead = bytes[i] ?? 0;
    if (lead < 0x80) {
      i++;
      continue;
    }
    let need: number;
    let min = 0x80;
    let max = 0xbf;
    if (lead >= 0xc2 && lead <= 0xdf) need = 1;
    else if (lead >= 0xe0 && lead <= 0xef) {
      need = 2;
      if (lead === 0xe0) min = 0xa0;
      if (lead === 0xed) max = 0x9f;
    } else if (lead >= 0xf0 && lead <= 0xf4) {
      need = 3;
      if (lead === 0xf0) min = 0x90;
      if (lead === 0xf4) max = 0x8f;
    } else return false;
    if (i + need >= bytes.length) return false;
    const second = bytes[i + 1] ?? -1;
    if (second < min || second > max) return false;
    for (let k = 2; k <= need; k++) {
      const b = bytes[i + k] ?? -1;
      if (b < 0x80 || b > 0xbf) return false;
    }
    i += need + 1;
  }
  return true;
}
