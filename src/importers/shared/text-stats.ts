/**
 * Length and word count of a message text: the only two things metadata mode keeps of it.
 */

/** Characters (Unicode code points, so an emoji counts once) and whitespace-separated words. */
export type TextStats = { length: number; words: number };

/**
 * Measures a text in one pass, without splitting it into arrays.
 *
 * @example
 * measureText('see you 😊') // { length: 9, words: 3 }
 */
export function measureText(text: string): TextStats {
  let length = 0;
  let words = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    // A low surrogate completes a character already counted with its high surrogate.
    if (code < 0xdc00 || code > 0xdfff) length++;
    if (isSpace(code)) {
      inWord = false;
    } else if (!inWord) {
      inWord = true;
      words++;
    }
  }
  return { length, words };
}

function isSpace(code: number): boolean {
  return (
    code === 0x20 ||
    (code >= 0x09 && code <= 0x0d) ||
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000
  );
}
