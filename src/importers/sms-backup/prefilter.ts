/**
 * Two repairs made on the stream before the XML parser sees it (research/chat-formats.md §1.7).
 *
 * 1. Attachments are inline base64 in `data="…"` attributes, so a backup runs to gigabytes. An
 *    XML parser would build each value as a string; this byte-level filter drops the value
 *    (leaving `data=""`) as the bytes flow past, so no attachment is ever held in memory.
 * 2. Emoji are often written as UTF-16 surrogate references (`&#55357;&#56832;`), which XML
 *    forbids. Pairs are joined into one reference to the real code point (`&#128512;`); a lone
 *    half, or a reference to any other character XML forbids, becomes U+FFFD, as do raw control
 *    characters. A reference split across chunks is held back until it is complete.
 */

const LT = 0x3c;
const GT = 0x3e;
const EQ = 0x3d;
const DQ = 0x22;
const SQ = 0x27;
const BANG = 0x21;
const DASH = 0x2d;
/** "data" in ASCII. */
const DATA = [0x64, 0x61, 0x74, 0x61];

const enum State {
  Text,
  Tag,
  Value,
  Skip,
  Comment,
}

export type DataAttributeFilter = {
  /** The chunk without the contents of `data` attributes (views into it, no copies). */
  push: (chunk: Uint8Array) => Uint8Array[];
  /** Attachment values dropped so far, and their bytes. */
  readonly dropped: { values: number; bytes: number };
};

function isNameByte(b: number): boolean {
  return b !== 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== EQ && b !== GT && b !== 0x2f;
}

/**
 * @example
 * const filter = createDataAttributeFilter();
 * filter.push(encode('<part ct="image/jpeg" data="/9j/4AAQ…" />')) // → '<part ct="image/jpeg" data="" />'
 */
export function createDataAttributeFilter(): DataAttributeFilter {
  let state = State.Text;
  let quote = DQ;
  // How far the current attribute name matches "data": 0-4, or -1 once it cannot.
  let matched = 0;
  let nameDone = false;
  let isData = false;
  let openSeen = 0; // bytes of "<!--" matched so far after "<"
  let dashes = 0; // consecutive "-" seen inside a comment
  const dropped = { values: 0, bytes: 0 };

  return {
    dropped,
    push(chunk) {
      const out: Uint8Array[] = [];
      let keepFrom = 0;
      let i = 0;
      const n = chunk.byteLength;
      while (i < n) {
        switch (state) {
          case State.Text: {
            const lt = chunk.indexOf(LT, i);
            if (lt < 0) {
              i = n;
              break;
            }
            state = State.Tag;
            matched = 0;
            nameDone = false;
            isData = false;
            openSeen = 1;
            i = lt + 1;
            break;
          }
          case State.Comment: {
            const b = chunk[i++] ?? 0;
            if (b === DASH) dashes++;
            else if (b === GT && dashes >= 2) state = State.Text;
            else dashes = 0;
            break;
          }
          case State.Value: {
            const end = chunk.indexOf(quote, i);
            if (end < 0) {
              i = n;
              break;
            }
            state = State.Tag;
            i = end + 1;
            break;
          }
          case State.Skip: {
            const end = chunk.indexOf(quote, i);
            if (end < 0) {
              dropped.bytes += n - i;
              keepFrom = n;
              i = n;
              break;
            }
            dropped.bytes += end - i;
            keepFrom = end;
            state = State.Tag;
            i = end + 1;
            break;
          }
          case State.Tag: {
            const b = chunk[i] ?? 0;
            i++;
            if (openSeen > 0) {
              // Recognise "<!--" so that quotes inside comments cannot derail the filter.
              const expected = openSeen === 1 ? BANG : DASH;
              if (b === expected) {
                openSeen++;
                if (openSeen === 4) {
                  state = State.Comment;
                  dashes = 0;
                  openSeen = 0;
                }
                continue;
              }
              openSeen = 0;
            }
            if (b === GT) {
              state = State.Text;
            } else if (b === DQ || b === SQ) {
              quote = b;
              if (isData) {
                dropped.values++;
                out.push(chunk.subarray(keepFrom, i));
                state = State.Skip;
                keepFrom = i;
              } else {
                state = State.Value;
              }
              isData = false;
              matched = 0;
              nameDone = false;
            } else if (b === EQ) {
              isData = matched === 4;
            } else if (isNameByte(b)) {
              if (nameDone) {
                matched = 0;
                nameDone = false;
              }
              matched = matched >= 0 && matched < 4 && b === DATA[matched] ? matched + 1 : -1;
            } else {
              nameDone = matched !== 0;
            }
            break;
          }
        }
      }
      if (state === State.Skip) {
        keepFrom = n;
      }
      if (keepFrom < n) out.push(chunk.subarray(keepFrom));
      return out;
    },
  };
}

const REFERENCE = /&#(?:([0-9]{1,8})|[xX]([0-9a-fA-F]{1,7}));/g;
const NEXT_REFERENCE = /&#(?:([0-9]{1,8})|[xX]([0-9a-fA-F]{1,7}));/y;
const TRAILING_REFERENCE = /&#(?:[0-9]{1,8}|[xX][0-9a-fA-F]{1,7});$/;
// eslint-disable-next-line no-control-regex -- these are exactly the characters XML forbids
const FORBIDDEN_RAW = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g;

function referenceCode(dec: string | undefined, hex: string | undefined): number {
  return dec !== undefined ? Number(dec) : parseInt(hex ?? '', 16);
}

function isXmlChar(code: number): boolean {
  return (
    code === 0x9 ||
    code === 0xa ||
    code === 0xd ||
    (code >= 0x20 && code <= 0xd7ff) ||
    (code >= 0xe000 && code <= 0xfffd) ||
    (code >= 0x10000 && code <= 0x10ffff)
  );
}

const isHigh = (code: number) => code >= 0xd800 && code <= 0xdbff;
const isLow = (code: number) => code >= 0xdc00 && code <= 0xdfff;

/** Joins surrogate-pair references and replaces forbidden characters in a complete text. */
export function repairCharacterReferences(text: string): string {
  let out = '';
  let last = 0;
  if (text.includes('&#')) {
    REFERENCE.lastIndex = 0;
    let match: RegExpExecArray | null;
    while ((match = REFERENCE.exec(text)) !== null) {
      const code = referenceCode(match[1], match[2]);
      let replacement: string | undefined;
      if (isHigh(code)) {
        NEXT_REFERENCE.lastIndex = REFERENCE.lastIndex;
        const next = NEXT_REFERENCE.exec(text);
        const low = next ? referenceCode(next[1], next[2]) : -1;
        if (next && isLow(low)) {
          replacement = `&#${0x10000 + ((code - 0xd800) << 10) + (low - 0xdc00)};`;
          REFERENCE.lastIndex = NEXT_REFERENCE.lastIndex;
        } else {
          replacement = '&#65533;';
        }
      } else if (!isXmlChar(code)) {
        replacement = '&#65533;';
      }
      if (replacement !== undefined) {
        out += text.slice(last, match.index) + replacement;
        last = REFERENCE.lastIndex;
      }
    }
  }
  out = last === 0 ? text : out + text.slice(last);
  return out.replace(FORBIDDEN_RAW, '\ufffd');
}

export type ReferenceRepair = {
  push: (text: string) => string;
  end: () => string;
};

/**
 * The streaming form of {@link repairCharacterReferences}: holds back a reference cut by a chunk
 * boundary, and a high-surrogate reference whose low half may be in the next chunk.
 *
 * @example
 * const repair = createReferenceRepair();
 * repair.push('yes &#55357;') + repair.push('&#56832;') + repair.end() // 'yes &#128512;'
 */
export function createReferenceRepair(): ReferenceRepair {
  let carry = '';
  return {
    push(text) {
      const all = carry + text;
      let cut = all.length;
      const amp = all.lastIndexOf('&');
      if (amp >= 0 && all.length - amp < 16 && !all.includes(';', amp)) cut = amp;
      const trailing = TRAILING_REFERENCE.exec(all.slice(Math.max(0, cut - 16), cut));
      if (trailing && isHigh(referenceCode(...decimalOrHex(trailing[0])))) {
        cut -= trailing[0].length;
      }
      carry = all.slice(cut);
      return repairCharacterReferences(all.slice(0, cut));
    },
    end() {
      const rest = carry;
      carry = '';
      return repairCharacterReferences(rest);
    },
  };
}

function decimalOrHex(reference: string): [string | undefined, string | undefined] {
  const body = reference.slice(2, -1);
  return body[0] === 'x' || body[0] === 'X' ? [undefined, body.slice(1)] : [body, undefined];
}
