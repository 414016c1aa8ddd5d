/**
 * Meta's "Download your information" JSON writes every string as its UTF-8 bytes, one `\u00XX`
 * escape per byte, so "Sánchez" arrives as "SÃ¡nchez" (research/chat-formats.md §1.3).
 */

const utf8 = new TextDecoder('utf-8');

/**
 * True when the code units (all ≤ 0xFF) form well-formed UTF-8 with at least one multi-byte
 * sequence. Checked by hand because a failing strict decode throws, and exceptions on every
 * ordinary accented string are slow.
 */
function spellsUtf8(text: string): boolean {
  let multibyte = false;
  let i = 0;
  while (i < text.length) {
    const lead = text.charCodeAt(i);
    if (lead > 0xff) return false;
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
    if (i + need >= text.length) return false;
    const second = text.charCodeAt(i + 1);
    if (second < min || second > max) return false;
    for (let k = 2; k <= need; k++) {
      const b = text.charCodeAt(i + k);
      if (b < 0x80 || b > 0xbf) return false;
    }
    multibyte = true;
    i += need + 1;
  }
  return multibyte;
}

/**
 * Reads a string whose code units are really UTF-8 bytes as UTF-8. Strings that cannot be such
 * bytes (a unit above 0xFF, or bytes that are not valid UTF-8) come back unchanged, so a string
 * that was never double-encoded is safe to pass through.
 *
 * @example
 * repairMojibake('S\u00c3\u00a1nchez') // 'Sánchez'
 * repairMojibake('caf\u00e9') // 'café' (0xE9 alone is not UTF-8, so it is kept)
 */
export function repairMojibake(text: string): string {
  if (!spellsUtf8(text)) return text;
  const bytes = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) bytes[i] = text.charCodeAt(i);
  return utf8.decode(bytes);
}
