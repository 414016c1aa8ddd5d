/**
 * The content-mode word lists of every language (./lexicons/), built into one lookup table that
 * the tokenizer (./text-features.ts) reads without allocating: a word is hashed while it is
 * scanned, found by its hash, and its meaning read from the chosen language's typed arrays.
 *
 * One table holds the words of all languages, so a message read with one language's lists also
 * shows, at no extra cost, which languages' common words it holds: that is how a chat's
 * language is recognised (./language.ts).
 */
import {
  CONTENT_LANGUAGES,
  LISTS,
  type ContentLanguage,
  type LanguageLists,
} from './lexicons/index.js';

export const FEATURE = {
  affection: 1,
  future: 2,
  we: 4,
  i: 8,
  stress: 16,
  apology: 32,
  negator: 64,
  /** The word can start a two-word phrase of some list of this language. */
  phraseHead: 128,
} as const;

/** Bits from here on: the word is one of the common words of language 0, 1, … */
export const COMMON_SHIFT = 8;
/**
 * The bit a word carries (in every language's table) when it is one of the common words of a
 * language, by the language's index in {@link CONTENT_LANGUAGES}.
 */
export const commonBit = (language: number): number => 1 << (COMMON_SHIFT + language);
/** All the common-word bits together. */
export const COMMON_BITS = ((1 << CONTENT_LANGUAGES.length) - 1) << COMMON_SHIFT;

/** Index of a language in {@link CONTENT_LANGUAGES} (and in the tables below). */
export const languageIndex = (language: ContentLanguage): number =>
  CONTENT_LANGUAGES.indexOf(language);

/** Code points of emoji that read as affection (hearts, kisses, hugging faces). */
export const AFFECTION_EMOJI = new Set([
  0x2764, 0x1f618, 0x1f60d, 0x1f970, 0x1f495, 0x1f496, 0x1f497, 0x1f493, 0x1f49e, 0x1f498, 0x1f49d,
  0x1f49f, 0x1f61a, 0x1f63b, 0x1f48b, 0x1faf6, 0x1f917, 0x1f491, 0x1f48f,
]);

export type LexiconEntry = { bits: number; score: number };

// --- spellings ------------------------------------------------------------------------------

const stripAccents = (word: string): string => word.normalize('NFD').replace(/\p{M}/gu, '');
const umlautSpellings = (word: string): string[] => [
  word.replaceAll('ß', 'ss'),
  word.replaceAll('ä', 'ae').replaceAll('ö', 'oe').replaceAll('ü', 'ue').replaceAll('ß', 'ss'),
];

/** The other ways chats spell a listed word (see {@link LanguageLists.spelling}). */
function otherSpellings(word: string, spelling: LanguageLists['spelling']): string[] {
  const found =
    spelling === 'strip'
      ? [stripAccents(word)]
      : spelling === 'umlauts'
        ? umlautSpellings(word)
        : [];
  return found.filter((w) => w !== word);
}

// --- one language's entries -----------------------------------------------------------------

type Entries = { words: Map<string, LexiconEntry>; phrases: Map<string, LexiconEntry> };

function isPhrase(entry: string): boolean {
  const parts = entry.split(' ');
  if (parts.length > 2 || parts.some((p) => p === ''))
    throw new Error(`lexicon entry "${entry}": a phrase is two words with one space`);
  return parts.length === 2;
}

/** A language's words and phrases with their bits and tone (common words not included). */
function entriesOf(lists: LanguageLists): Entries {
  const entries: Entries = { words: new Map(), phrases: new Map() };
  const add = (entry: string, bits: number, score = 0) => {
    const map = isPhrase(entry) ? entries.phrases : entries.words;
    const found = map.get(entry);
    if (found) {
      found.bits |= bits;
      if (score !== 0) found.score = score;
    } else map.set(entry, { bits, score });
  };
  for (const [entry, score] of Object.entries(lists.tone)) add(entry, 0, score);
  for (const w of lists.affection) add(w, FEATURE.affection);
  for (const w of lists.future) add(w, FEATURE.future);
  for (const w of lists.we) add(w, FEATURE.we);
  for (const w of lists.i) add(w, FEATURE.i);
  for (const w of lists.stress) add(w, FEATURE.stress);
  for (const w of lists.apology) add(w, FEATURE.apology);
  for (const w of lists.negators) add(w, FEATURE.negator);
  // Other spellings, unless that spelling is a listed entry in its own right.
  for (const map of [entries.words, entries.phrases]) {
    for (const [entry, { bits, score }] of [...map]) {
      for (const other of otherSpellings(entry, lists.spelling)) {
        if (entries.words.has(other) || entries.phrases.has(other)) continue;
        map.set(other, { bits, score });
      }
    }
  }
  for (const phrase of entries.phrases.keys()) {
    const head = phrase.slice(0, phrase.indexOf(' '));
    const found = entries.words.get(head);
    if (found) found.bits |= FEATURE.phraseHead;
    else entries.words.set(head, { bits: FEATURE.phraseHead, score: 0 });
  }
  return entries;
}

/**
 * Each language's common words with their other spellings, keeping only those that belong to
 * one language alone: "de" is common in Spanish, French, Portuguese and Dutch, so it tells none
 * of them apart.
 */
function commonWords(): Map<string, number> {
  const languagesOf = new Map<string, number[]>();
  CONTENT_LANGUAGES.forEach((language, index) => {
    const lists = LISTS[language];
    const words = new Set<string>();
    for (const word of lists.common) {
      words.add(word);
      for (const other of otherSpellings(word, lists.spelling)) words.add(other);
    }
    for (const word of words) languagesOf.set(word, [...(languagesOf.get(word) ?? []), index]);
  });
  const common = new Map<string, number>();
  for (const [word, languages] of languagesOf)
    if (languages.length === 1) common.set(word, languages[0] as number);
  return common;
}

/** Each language's entries, by language index. */
export const LANGUAGE_ENTRIES: readonly Entries[] = CONTENT_LANGUAGES.map((language) =>
  entriesOf(LISTS[language]),
);
/** The common words that recognise a language, with that language's index. */
export const COMMON_WORDS: ReadonlyMap<string, number> = commonWords();

// --- allocation-free lookup -----------------------------------------------------------------
// The tokenizer hashes each word while scanning it and compares characters only on a hash hit,
// so the millions of words that are in no list cost no string at all. Entries live in typed
// arrays indexed by a word id, which keeps every load in the hot loop monomorphic.

export const HASH_SEED = 2166136261 & 0x3fffffff;
/** One FNV-1a step over a UTF-16 code unit, kept to 30 bits (small-integer map keys). */
export const hashStep = (hash: number, code: number): number =>
  Math.imul(hash ^ code, 16777619) & 0x3fffffff;
/** Phrase keys: first word id × PHRASE_KEY + second word id. */
export const PHRASE_KEY = 1 << 14;

function hashWord(word: string): number {
  let hash = HASH_SEED;
  for (let i = 0; i < word.length; i++) hash = hashStep(hash, word.charCodeAt(i));
  return hash;
}

/** Every word of every language's lists (the words of phrases included), by id. */
export const ENTRY_WORD: string[] = [];
const ids = new Map<string, number>();
const idOf = (word: string): number => {
  let id = ids.get(word);
  if (id === undefined) {
    id = ENTRY_WORD.length;
    ENTRY_WORD.push(word);
    ids.set(word, id);
  }
  return id;
};
for (const { words, phrases } of LANGUAGE_ENTRIES) {
  for (const word of words.keys()) idOf(word);
  for (const phrase of phrases.keys()) for (const word of phrase.split(' ')) idOf(word);
}
for (const word of COMMON_WORDS.keys()) idOf(word);
if (ENTRY_WORD.length > PHRASE_KEY)
  throw new Error(
    `content lexicons: ${ENTRY_WORD.length} words, over the ${PHRASE_KEY} a key holds`,
  );

/**
 * Per language (by index): the {@link FEATURE} bits of each word id in that language, with the
 * {@link commonBit} of the language the word is common in, whichever language reads.
 */
export const ENTRY_BITS: readonly Int32Array[] = LANGUAGE_ENTRIES.map(({ words }) =>
  Int32Array.from(ENTRY_WORD, (word) => {
    const common = COMMON_WORDS.get(word);
    return (words.get(word)?.bits ?? 0) | (common === undefined ? 0 : commonBit(common));
  }),
);
/** Per language: the tone score of each word id (AFINN-165 for English, ours for the others). */
export const ENTRY_SCORE: readonly Float64Array[] = LANGUAGE_ENTRIES.map(({ words }) =>
  Float64Array.from(ENTRY_WORD, (word) => words.get(word)?.score ?? 0),
);
/** Per language: two-word phrases by {@link PHRASE_KEY}-combined word ids. */
export const PHRASE_TABLES: ReadonlyArray<ReadonlyMap<number, LexiconEntry>> = LANGUAGE_ENTRIES.map(
  ({ phrases }) => {
    const table = new Map<number, LexiconEntry>();
    for (const [phrase, entry] of phrases) {
      const [first = '', second = ''] = phrase.split(' ');
      table.set(idOf(first) * PHRASE_KEY + idOf(second), entry);
    }
    return table;
  },
);

/**
 * Word ids in an open-addressing table: slot = hash & {@link SLOT_MASK}, probing onwards;
 * `SLOT_HASH` holds -1 in empty slots and `SLOT_ID` the word id of a filled one.
 */
export const SLOT_MASK = (1 << 16) - 1;
export const SLOT_HASH = new Int32Array(SLOT_MASK + 1).fill(-1);
export const SLOT_ID = new Int32Array(SLOT_MASK + 1).fill(-1);
ENTRY_WORD.forEach((word, id) => {
  const hash = hashWord(word);
  let slot = hash & SLOT_MASK;
  while (SLOT_HASH[slot] !== -1) slot = (slot + 1) & SLOT_MASK;
  SLOT_HASH[slot] = hash;
  SLOT_ID[slot] = id;
});

export type { ContentLanguage };
