/**
 * Word lists for content mode (English). Small, hand-written and deliberately conservative:
 * each list names things people write when they are close, plan, feel strained or make amends.
 * Tone uses the AFINN-165 lexicon shipped in the `sentiment` package (scores -5..+5), with the
 * same one-word negation that package applies ("not good" counts as negative).
 */
// The package's CommonJS language module (its JSON holds keys such as "await" that some ESM
// JSON loaders cannot turn into named exports).
import english from 'sentiment/languages/en/index.js';

const afinn = english.labels;
/** Words that flip the score of the word after them (the same idea as the package's). */
const NEGATORS = [
  'not',
  'no',
  'never',
  "don't",
  'dont',
  "doesn't",
  'doesnt',
  "didn't",
  'didnt',
  "isn't",
  'isnt',
  "wasn't",
  'wasnt',
  "can't",
  'cant',
  "won't",
  'wont',
  'non',
];

export const FEATURE = {
  affection: 1,
  future: 2,
  we: 4,
  i: 8,
  stress: 16,
  apology: 32,
  negator: 64,
  /** The word can start a two-word phrase of some list. */
  phraseHead: 128,
  /** One of the most common English words: tells an English chat from one the lists cannot read. */
  english: 256,
} as const;

/**
 * Very common English words. A chat in another language has few of them, and then the lists
 * above (English) would read it as a chat with no affection, plans or stress in it at all.
 */
const COMMON_ENGLISH = [
  'the',
  'and',
  'you',
  'to',
  'is',
  'it',
  'that',
  'of',
  'in',
  'for',
  'on',
  'so',
  'what',
  'just',
  'be',
  'have',
  'are',
  'was',
  'not',
  'but',
  'with',
  'can',
  'your',
  'this',
  'at',
  'know',
  'how',
  'will',
  'if',
  'do',
  'get',
  'yes',
  'too',
  'when',
  'about',
  'okay',
  'really',
  'now',
  'then',
  'u',
  'im',
  "i'm",
  "don't",
  'dont',
];

const AFFECTION_WORDS = [
  'love',
  'loves',
  'loved',
  'loving',
  'luv',
  'ily',
  'adore',
  'darling',
  'babe',
  'baby',
  'honey',
  'sweetheart',
  'sweetie',
  'hug',
  'hugs',
  'kiss',
  'kisses',
  'xoxo',
  'xx',
  'xxx',
  'cuddle',
  'cuddles',
  'gorgeous',
  'beautiful',
  'handsome',
  '<3',
];
const AFFECTION_PHRASES = ['miss you', 'missing you', 'thinking of you', 'proud of you'];

const FUTURE_WORDS = [
  'tomorrow',
  'weekend',
  'plan',
  'plans',
  'planning',
  'future',
  'someday',
  'soon',
  'trip',
  'holiday',
  'holidays',
  'vacation',
  'wedding',
  'together',
  "let's",
  'lets',
  "we'll",
  'book',
  'booked',
];
const FUTURE_PHRASES = [
  'next week',
  'next month',
  'next year',
  'next time',
  'this weekend',
  'we should',
  'we could',
  'we will',
  'move in',
  'going to',
  "can't wait",
  'cant wait',
];

const WE_WORDS = [
  'we',
  'us',
  'our',
  'ours',
  'ourselves',
  "we're",
  "we've",
  "we'll",
  "we'd",
  "let's",
];
const I_WORDS = ['i', 'me', 'my', 'mine', 'myself', "i'm", "i've", "i'll", "i'd", 'im', 'ive'];

const STRESS_WORDS = [
  'stress',
  'stressed',
  'stressful',
  'tired',
  'exhausted',
  'exhausting',
  'overwhelmed',
  'swamped',
  'busy',
  'deadline',
  'deadlines',
  'pressure',
  'burnout',
  'drained',
  'anxious',
  'anxiety',
  'worried',
  'overworked',
  'knackered',
  'headache',
  'insomnia',
];
const STRESS_PHRASES = ["can't sleep", 'cant sleep', 'burned out', 'burnt out', 'so much work'];

const APOLOGY_WORDS = ['sorry', 'apologise', 'apologize', 'apologies', 'forgive'];
const APOLOGY_PHRASES = ['my bad', 'my fault'];

/** Code points of emoji that read as affection (hearts, kisses, hugging faces). */
export const AFFECTION_EMOJI = new Set([
  0x2764, 0x1f618, 0x1f60d, 0x1f970, 0x1f495, 0x1f496, 0x1f497, 0x1f493, 0x1f49e, 0x1f498, 0x1f49d,
  0x1f49f, 0x1f61a, 0x1f63b, 0x1f48b, 0x1faf6, 0x1f917, 0x1f491, 0x1f48f,
]);

export type LexiconEntry = { bits: number; score: number };

function buildWords(): Map<string, LexiconEntry> {
  const words = new Map<string, LexiconEntry>();
  const add = (word: string, bits: number, score = 0) => {
    const entry = words.get(word);
    if (entry) {
      entry.bits |= bits;
      if (score !== 0) entry.score = score;
    } else words.set(word, { bits, score });
  };
  for (const [word, score] of Object.entries(afinn)) {
    if (!word.includes(' ')) add(word, 0, score);
  }
  for (const w of AFFECTION_WORDS) add(w, FEATURE.affection);
  for (const w of FUTURE_WORDS) add(w, FEATURE.future);
  for (const w of WE_WORDS) add(w, FEATURE.we);
  for (const w of I_WORDS) add(w, FEATURE.i);
  for (const w of STRESS_WORDS) add(w, FEATURE.stress);
  for (const w of APOLOGY_WORDS) add(w, FEATURE.apology);
  for (const w of NEGATORS) add(w, FEATURE.negator);
  for (const w of COMMON_ENGLISH) add(w, FEATURE.english);
  for (const phrase of PHRASES.keys())
    add(phrase.slice(0, phrase.indexOf(' ')), FEATURE.phraseHead);
  return words;
}

function buildPhrases(): Map<string, LexiconEntry> {
  const phrases = new Map<string, LexiconEntry>();
  const add = (phrase: string, bits: number, score = 0) => {
    const entry = phrases.get(phrase);
    if (entry) {
      entry.bits |= bits;
      if (score !== 0) entry.score = score;
    } else phrases.set(phrase, { bits, score });
  };
  for (const [phrase, score] of Object.entries(afinn)) {
    // Only two-word AFINN entries; the tokenizer looks one word back.
    if (phrase.split(' ').length === 2) add(phrase, 0, score);
  }
  for (const p of AFFECTION_PHRASES) add(p, FEATURE.affection);
  for (const p of FUTURE_PHRASES) add(p, FEATURE.future);
  for (const p of STRESS_PHRASES) add(p, FEATURE.stress);
  for (const p of APOLOGY_PHRASES) add(p, FEATURE.apology);
  return phrases;
}

/** Two-word phrases, keyed "first second". */
export const PHRASES: ReadonlyMap<string, LexiconEntry> = buildPhrases();
/** Single words (lower case, straight apostrophes). */
export const WORDS: ReadonlyMap<string, LexiconEntry> = buildWords();

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

/** Every word of every list (the first words of phrases included), by id. */
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
for (const word of WORDS.keys()) idOf(word);
const phraseKeys: Array<[number, LexiconEntry]> = [];
for (const [phrase, entry] of PHRASES) {
  const [first = '', second = ''] = phrase.split(' ');
  phraseKeys.push([idOf(first) * PHRASE_KEY + idOf(second), entry]);
}
/** {@link FEATURE} bits and AFINN score of each word id. */
export const ENTRY_BITS = Int32Array.from(ENTRY_WORD, (w) => WORDS.get(w)?.bits ?? 0);
export const ENTRY_SCORE = Float64Array.from(ENTRY_WORD, (w) => WORDS.get(w)?.score ?? 0);

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
/** Two-word phrases by {@link PHRASE_KEY}-combined word ids. */
export const PHRASE_TABLE: ReadonlyMap<number, LexiconEntry> = new Map(phraseKeys);
