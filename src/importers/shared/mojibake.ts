/**
 * Meta's "Download your information" JSON writes every string as its UTF-8 bytes, one `\u00XX`
 * escape per byte, so "Sánchez" arrives as "SÃ¡nchez" (research/chat-formats.md §1.3).
 */

import { isWellFormedUtf8 } from './utf8.js';

const utf8 = new TextDecoder('utf-8');

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
  // Only units ≤ 0xFF can be bytes, and without one ≥ 0x80 there is nothing to repair.
  let multibyte = false;
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    if (unit > 0xff) return text;
    if (unit >= 0x80) multibyte = true;
  }
  if (!multibyte) return text;
  const bytes = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) bytes[i] = text.charCodeAt(i);
  return isWellFormedUtf8(bytes) ? utf8.decode(bytes) : text;
}
