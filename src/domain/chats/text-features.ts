/**
 * Content-mode features of one message, from the lexicons in ./lexicon.ts. One pass over the
 * characters: each word is lower-cased and hashed as it is scanned and looked up by its hash,
 * so no string is made per word and no regular expression runs. This runs once per message of
 * exports with millions of them.
 */
import {
  AFFECTION_EMOJI,
  FEATURE,
  HASH_SEED,
  hashStep,
  PHRASE_KEY,
  PHRASE_TABLE,
  WORD_TABLE,
  type WordEntry,
} from './lexicon.js';

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

/** Lower-cases the letters the lexicons can hold; the curly apostrophe becomes a straight one. */
function lower(code: number): number {
  if (code >= 65 && code <= 90) return code + 32;
  if (code < 0xc0) return code;
  if (code === 0x2019) return 39;
  if ((code <= 0xde && code !== 0xd7) || (code >= 0x410 && code <= 0x42f)) return code + 32;
  return code;
}

function isWordChar(code: number): boolean {
  return (
    (code >= 97 && code <= 122) || // a-z (already lower-cased)
    (code >= 48 && code <= 57) ||
    code === 39 || // '
    code === 45 || // -
    (code >= 0xc0 && code <= 0x24f) || // Latin-1 and Latin Extended letters
    (code >= 0x370 && code <= 0x52f) // Greek and Cyrillic
  );
}

function sameWord(entry: WordEntry, text: string, start: number, end: number): boolean {
  const word = entry.word;
  if (word.length !== end - start) return false;
  for (let k = 0; k < word.length; k++)
    if (lower(text.charCodeAt(start + k)) !== word.charCodeAt(k)) return false;
  return true;
}

/**
 * Reads the features of one message text into `out` (reused by the caller: no allocation).
 *
 * @example
 * const out = textFeatures('');
 * scoreText('see you tomorrow?', out); // out.future === true, out.question === true
 */
export function scoreText(text: string, out: TextFeatures): void {
  let bits = 0;
  let we = 0;
  let i = 0;
  let tone = 0;
  let question = false;
  let prev: WordEntry | undefined;
  const n = text.length;
  let pos = 0;
  while (pos < n) {
    const code = lower(text.charCodeAt(pos));
    if (isWordChar(code)) {
      const start = pos;
      let hash = hashStep(HASH_SEED, code);
      pos++;
      while (pos < n) {
        const c = lower(text.charCodeAt(pos));
        if (!isWordChar(c)) break;
        hash = hashStep(hash, c);
        pos++;
      }
      let entry = WORD_TABLE.get(hash);
      while (entry !== undefined && !sameWord(entry, text, start, pos)) entry = entry.next;
      if (entry !== undefined) {
        const wordBits = entry.bits;
        bits |= wordBits;
        if (wordBits & FEATURE.we) we++;
        if (wordBits & FEATURE.i) i++;
        if (entry.score !== 0)
          tone += prev !== undefined && prev.bits & FEATURE.negator ? -entry.score : entry.score;
        if (prev !== undefined && prev.bits & FEATURE.phraseHead) {
          const phrase = PHRASE_TABLE.get(prev.id * PHRASE_KEY + entry.id);
          if (phrase) {
            bits |= phrase.bits;
            tone += phrase.score;
          }
        }
      }
      prev = entry;
      continue;
    }
    if (code === 63 || code === 0xbf)
      question = true; // ? and ¿
    else if (code === 60 && text.charCodeAt(pos + 1) === 51)
      bits |= FEATURE.affection; // <3
    else if (code >= 0x2700) {
      const cp = text.codePointAt(pos) ?? code;
      if (AFFECTION_EMOJI.has(cp)) bits |= FEATURE.affection;
      if (cp > 0xffff) pos++;
    }
    // Punctuation breaks a phrase; a space does not.
    if (code !== 32) prev = undefined;
    pos++;
  }
  out.question = question;
  out.affection = (bits & FEATURE.affection) !== 0;
  out.future = (bits & FEATURE.future) !== 0;
  out.stress = (bits & FEATURE.stress) !== 0;
  out.apology = (bits & FEATURE.apology) !== 0;
  out.we = we;
  out.i = i;
  out.tone = tone;
}

/**
 * Reads the features of one message text.
 *
 * @example
 * textFeatures("Can't wait for our trip! love you ❤️")
 * // { question: false, affection: true, future: true, we: 1, i: 0, tone: 3, ... }
 */
export function textFeatures(text: string): TextFeatures {
  const out: TextFeatures = {
    question: false,
    affection: false,
    future: false,
    stress: false,
    apology: false,
    we: 0,
    i: 0,
    tone: 0,
  };
  scoreText(text, out);
  return out;
}
