/**
 * Content-mode features of one message, from the lexicons in ./lexicon.ts. One pass over the
 * characters, one map lookup per word, no regular expressions: this runs once per message of
 * exports with millions of them.
 */
import { AFFECTION_EMOJI, FEATURE, PHRASES, WORDS } from './lexicon.js';

export type TextFeatures = {
  /** The message asks something (contains a question mark). */
  question: boolean;
  affection: boolean;
  future: boolean;
  stress: boolean;
  apology: boolean;
  /** Counts of first-person plural and singular words. */
  we: number;
  i: number;
  /** Sum of AFINN scores of the words, negation applied. */
  tone: number;
};

function isWordChar(code: number): boolean {
  return (
    (code >= 97 && code <= 122) || // a-z (the text is lower-cased first)
    (code >= 48 && code <= 57) ||
    code === 39 || // '
    code === 45 || // -
    (code >= 0xc0 && code <= 0x24f) || // Latin-1 and Latin Extended letters
    (code >= 0x370 && code <= 0x52f) // Greek and Cyrillic
  );
}

/**
 * Reads the features of one message text.
 *
 * @example
 * textFeatures("Can't wait for our trip! love you ❤️")
 * // { question: false, affection: true, future: true, we: 1, i: 0, tone: 3, ... }
 */
export function textFeatures(text: string): TextFeatures {
  const lower = text.toLowerCase();
  let bits = 0;
  let we = 0;
  let i = 0;
  let tone = 0;
  let question = false;
  let prevWord = '';
  let prevBits = 0;
  const n = lower.length;
  let pos = 0;
  while (pos < n) {
    let code = lower.charCodeAt(pos);
    if (code === 0x2019) code = 39;
    if (isWordChar(code)) {
      const start = pos;
      let hasCurly = false;
      pos++;
      while (pos < n) {
        const c = lower.charCodeAt(pos);
        if (c === 0x2019) hasCurly = true;
        else if (!isWordChar(c)) break;
        pos++;
      }
      let word = lower.slice(start, pos);
      if (hasCurly) word = word.replaceAll('\u2019', "'");
      const entry = WORDS.get(word);
      const wordBits = entry ? entry.bits : 0;
      if (entry) {
        bits |= wordBits;
        if (wordBits & FEATURE.we) we++;
        if (wordBits & FEATURE.i) i++;
        if (entry.score !== 0) tone += prevBits & FEATURE.negator ? -entry.score : entry.score;
      }
      if (prevBits & FEATURE.phraseHead) {
        const phrase = PHRASES.get(`${prevWord} ${word}`);
        if (phrase) {
          bits |= phrase.bits;
          tone += phrase.score;
        }
      }
      prevWord = word;
      prevBits = wordBits;
      continue;
    }
    if (code === 63 || code === 0xbf)
      question = true; // ? and ¿
    else if (code === 60 && lower.charCodeAt(pos + 1) === 51)
      bits |= FEATURE.affection; // <3
    else if (code >= 0x2700) {
      const cp = lower.codePointAt(pos) ?? code;
      if (AFFECTION_EMOJI.has(cp)) bits |= FEATURE.affection;
      if (cp > 0xffff) pos++;
    }
    if (code !== 32) {
      prevBits = 0;
      prevWord = '';
    }
    pos++;
  }
  return {
    question,
    affection: (bits & FEATURE.affection) !== 0,
    future: (bits & FEATURE.future) !== 0,
    stress: (bits & FEATURE.stress) !== 0,
    apology: (bits & FEATURE.apology) !== 0,
    we,
    i,
    tone,
  };
}
