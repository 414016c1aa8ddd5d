/**
 * The shape of one language's word lists for content mode. Each list holds lower-case words
 * (straight apostrophes) and, where a single word would mislead, two-word phrases ("te quiero":
 * "quiero" alone is "I want"). A phrase is two words separated by one space.
 */
export type LanguageLists = {
  /**
   * Very common words of the language (articles, pronouns, little verbs): they recognise the
   * language. A word that is common in two languages tells neither apart and is dropped from
   * both when the lists are built (./index.ts).
   */
  common: readonly string[];
  /** Pet names, "love you", "miss you", kisses and hugs. */
  affection: readonly string[];
  /** Tomorrow, the weekend, next week, "we should", trips, holidays, moving in. */
  future: readonly string[];
  /** First-person plural and singular words. */
  we: readonly string[];
  i: readonly string[];
  /** Stress, tiredness, overwork, worry. */
  stress: readonly string[];
  apology: readonly string[];
  /** Words that flip the tone of the word right after them. */
  negators: readonly string[];
  /** Tone: word or two-word phrase → score from -5 (very negative) to +5 (very positive). */
  tone: Readonly<Record<string, number>>;
  /**
   * How chats spell the language's accented letters when they leave them out: 'strip' adds each
   * word without its accents ("désolé" → "desole"); 'umlauts' adds German's "ae", "oe", "ue" and
   * "ss" spellings ("müde" → "muede", "süß" → "süss"), never the bare vowel, which would turn
   * "schön" (lovely) into "schon" (already); 'none' adds nothing. A spelling that is itself a
   * listed word of the language keeps its own meaning.
   */
  spelling: 'strip' | 'umlauts' | 'none';
};

/**
 * A tone list written by score, the way it is easiest to read and check.
 *
 * @example
 * byScore({ 3: ['super'], [-2]: ['schlecht'] }) // { super: 3, schlecht: -2 }
 */
export function byScore(
  groups: Readonly<Record<number, readonly string[]>>,
): Record<string, number> {
  const tone: Record<string, number> = {};
  for (const [score, words] of Object.entries(groups))
    for (const word of words) {
      // A word under two scores would take whichever came last: a slip in the list.
      if (word in tone) throw new Error(`tone list: "${word}" is listed twice`);
      tone[word] = Number(score);
    }
  return tone;
}
