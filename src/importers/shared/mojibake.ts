/**
 * Meta's "Download your information" JSON writes every string as its UTF-8 bytes, one `\u00XX`
 * escape per byte, so "Sánchez" arrives as "SÃ¡nchez" (research/chat-formats.md §1.3).
 */

const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

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
  let hasHighByte = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code > 0xff) return text;
    if (code > 0x7f) hasHighByte = true;
  }
  if (!hasHighByte) return text;
  const bytes = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) bytes[i] = text.charCodeAt(i);
  try {
    return strictUtf8.decode(bytes);
  } catch {
    return text;
  }
}
