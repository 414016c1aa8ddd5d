/**
 * Meta's JSON writes each UTF-8 byte of a non-ASCII character as its own `\u00XX` escape
 * (research/chat-formats.md §1.3). Decoding those escapes one by one is the slowest part of
 * streaming such a file, and it yields latin-1 mojibake that must be repaired afterwards. This
 * byte-level pass replaces each run of `\u0080`–`\u00ff` escapes that spells valid UTF-8 with the
 * bytes themselves, so the JSON tokenizer reads ordinary UTF-8 and the text comes out right.
 * Runs that are not valid UTF-8 (a real "é" written as `\u00e9`) are left as they are.
 */
import { isWellFormedUtf8 } from './utf8.js';

const BACKSLASH = 0x5c;
const U = 0x75;
const ZERO = 0x30;
/** A run longer than this is passed through unfolded rather than held back across chunks. */
const MAX_CARRY = 1 << 16;

function hexValue(b: number): number {
  if (b >= 0x30 && b <= 0x39) return b - 0x30;
  if (b >= 0x61 && b <= 0x66) return b - 0x57;
  if (b >= 0x41 && b <= 0x46) return b - 0x37;
  return -1;
}

/** The byte a `\u00XX` escape at `at` stands for when XX ≥ 0x80, else -1. */
function highByteEscape(input: Uint8Array, at: number): number {
  if (
    input[at] !== BACKSLASH ||
    input[at + 1] !== U ||
    input[at + 2] !== ZERO ||
    input[at + 3] !== ZERO
  ) {
    return -1;
  }
  const hi = hexValue(input[at + 4] ?? 0);
  const lo = hexValue(input[at + 5] ?? 0);
  if (hi < 8 || lo < 0) return -1;
  return hi * 16 + lo;
}

export type EscapeFolder = {
  push: (chunk: Uint8Array) => Uint8Array;
  end: () => Uint8Array;
};

/**
 * @example
 * const folder = createEscapeFolder();
 * folder.push(encode('"S\\u00c3\\u00a1nchez"')) // bytes of '"Sánchez"'
 */
export function createEscapeFolder(): EscapeFolder {
  let carry = new Uint8Array(0);

  const run = (chunk: Uint8Array, final: boolean): Uint8Array => {
    let input = chunk;
    if (carry.byteLength > 0) {
      input = new Uint8Array(carry.byteLength + chunk.byteLength);
      input.set(carry);
      input.set(chunk, carry.byteLength);
      carry = new Uint8Array(0);
    }
    const n = input.byteLength;
    const out = new Uint8Array(n);
    let o = 0;
    let i = 0;
    while (i < n) {
      const bs = input.indexOf(BACKSLASH, i);
      if (bs < 0) {
        out.set(input.subarray(i), o);
        o += n - i;
        break;
      }
      out.set(input.subarray(i, bs), o);
      o += bs - i;
      // An escape cut by the chunk end: wait for the rest.
      if (!final && bs + 6 > n && n - bs < MAX_CARRY) {
        carry = input.slice(bs);
        i = n;
        break;
      }
      if (input[bs + 1] !== U) {
        const len = Math.min(2, n - bs);
        out.set(input.subarray(bs, bs + len), o);
        o += len;
        i = bs + len;
        continue;
      }
      const bytes: number[] = [];
      let j = bs;
      for (let b = highByteEscape(input, j); b >= 0; b = highByteEscape(input, j)) {
        bytes.push(b);
        j += 6;
      }
      if (bytes.length === 0) {
        const len = Math.min(6, n - bs);
        out.set(input.subarray(bs, bs + len), o);
        o += len;
        i = bs + len;
        continue;
      }
      // The run may go on in the next chunk.
      if (!final && n - j < 6 && input[j] === BACKSLASH && n - bs < MAX_CARRY) {
        carry = input.slice(bs);
        i = n;
        break;
      }
      if (!final && j === n && n - bs < MAX_CARRY) {
        carry = input.slice(bs);
        i = n;
        break;
      }
      if (isWellFormedUtf8(bytes)) {
        for (const b of bytes) out[o++] = b;
      } else {
        out.set(input.subarray(bs, j), o);
        o += j - bs;
      }
      i = j;
    }
    return out.subarray(0, o);
  };

  return {
    push: (chunk) => run(chunk, false),
    end: () => (carry.byteLength > 0 ? run(new Uint8Array(0), true) : new Uint8Array(0)),
  };
}
