/**
 * Content-mode features of one message, read with one language's lists (./lexicon.ts). One pass
 * over the characters: each word is lower-cased and hashed as it is scanned and looked up by its
 * hash, so no string is made per word and no regular expression runs. This runs once per message
 * of exports with millions of them.
 */
import {
  AFFECTION_EMOJI,
  COMMON_BITS,
  COMMON_SHIFT,
  ENTRY_BITS,
  ENTRY_SCORE,
  ENTRY_WORD,
  FEATURE,
  HASH_SEED,
  hashStep,
  languageIndex,
  PHRASE_KEY,
  PHRASE_TABLES,
  SLOT_HASH,
  SLOT_ID,
  SLOT_MASK,
  type ContentLanguage,
  type LexiconEntry,
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
  /** Sum of the tone scores of the words (AFINN-165 in English), negation applied. */
  tone: number;
  /**
   * Which languages' common words the text holds, whatever language read it: bit i is set for
   * the i-th language of CONTENT_LANGUAGES (bit 0, English).
   */
  languages: number;
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

/**
 * One table lookup per character instead of a chain of comparisons: the lower-cased code of a
 * word character, or 0 for anything that ends a word.
 */
const WORD_CHAR = new Uint16Array(0x10000);
for (let code = 0; code < 0x10000; code++) {
  const low = lower(code);
  WORD_CHAR[code] = isWordChar(low) ? low : 0;
}

function sameWord(word: string, text: string, start: number, end: number): boolean {
  if (word.length !== end - start) return false;
  for (let k = 0; k < word.length; k++)
    if (WORD_CHAR[text.charCodeAt(start + k)] !== word.charCodeAt(k)) return false;
  return true;
}

const { we: WE, i: I, negator: NEGATOR, phraseHead: PHRASE_HEAD } = FEATURE;

/**
 * Reads the features of one message text into `out` (reused by the caller: no allocation), with
 * the lists of the language at `language` (its index in CONTENT_LANGUAGES; 0 is English).
 *
 * @example
 * const out = textFeatures('');
 * scoreText('see you tomorrow?', out, 0); // out.future === true, out.question === true
 */
export function scoreText(text: string, out: TextFeatures, language: number): void {
  const entryBits = ENTRY_BITS[language] as Int32Array;
  const entryScore = ENTRY_SCORE[language] as Float64Array;
  const phrases = PHRASE_TABLES[language] as ReadonlyMap<number, LexiconEntry>;
  let bits = 0;
  let we = 0;
  let i = 0;
  let tone = 0;
  let question = false;
  /** Bits of the word just before (0 after punctuation or an unknown word) and its id. */
  let prevBits = 0;
  let prevId = -1;
  const n = text.length;
  let pos = 0;
  while (pos < n) {
    const raw = text.charCodeAt(pos);
    const code = WORD_CHAR[raw] as number;
    if (code !== 0) {
      const start = pos;
      let hash = hashStep(HASH_SEED, code);
      pos++;
      while (pos < n) {
        const c = WORD_CHAR[text.charCodeAt(pos)] as number;
        if (c === 0) break;
        hash = hashStep(hash, c);
        pos++;
      }
      let id = -1;
      for (let slot = hash & SLOT_MASK; SLOT_HASH[slot] !== -1; slot = (slot + 1) & SLOT_MASK) {
        if (SLOT_HASH[slot] !== hash) continue;
        const candidate = SLOT_ID[slot] as number;
        if (sameWord(ENTRY_WORD[candidate] as string, text, start, pos)) {
          id = candidate;
          break;
        }
      }
      if (id < 0) {
        prevBits = 0;
        prevId = -1;
        continue;
      }
      const wordBits = entryBits[id] as number;
      bits |= wordBits;
      if (wordBits & WE) we++;
      if (wordBits & I) i++;
      const score = entryScore[id] as number;
      if (score !== 0) tone += prevBits & NEGATOR ? -score : score;
      if (prevBits & PHRASE_HEAD) {
        const phrase = phrases.get(prevId * PHRASE_KEY + id);
        if (phrase) {
          bits |= phrase.bits;
          tone += phrase.score;
        }
      }
      prevBits = wordBits;
      prevId = id;
      continue;
    }
    if (raw === 63 || raw === 0xbf)
      question = true; // ? and ¿
    else if (raw === 60 && text.charCodeAt(pos + 1) === 51)
      bits |= FEATURE.affection; // <3
    else if (raw >= 0x2700) {
      const cp = text.codePointAt(pos) ?? raw;
      if (AFFECTION_EMOJI.has(cp)) bits |= FEATURE.affection;
      if (cp > 0xffff) pos++;
    }
    // Punctuation breaks a phrase; a space does not.
    if (raw !== 32) {
      prevBits = 0;
      prevId = -1;
    }
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
  out.languages = (bits & COMMON_BITS) >>> COMMON_SHIFT;
}

/**
 * Reads the features of one message text with one language's lists (English by default).
 *
 * @example
 * textFeatures("Can't wait for our trip! love you ❤️")
 * // { question: false, affection: true, future: true, we: 1, i: 0, tone: 3, ... }
 * textFeatures('Ich vermisse dich so, bis morgen!', 'de') // affection and future
 */
export function textFeatures(text: string, language: ContentLanguage = 'en'): TextFeatures {
  const out: TextFeatures = {
    question: false,
    affection: false,
    future: false,
    stress: false,
    apology: false,
    we: 0,
    i: 0,
    tone: 0,
    languages: 0,
  };
  scoreText(text, out, Math.max(0, languageIndex(language)));
  return out;
}
