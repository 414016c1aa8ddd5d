/**
 * Which language a chat is written in, for content mode. Every language's common words sit in
 * the one lookup table (./lexicon.ts), so each message read shows which languages' common words
 * it holds. The builder (./metrics.ts) holds back the first text messages until the language is
 * clear from them ({@link sampleSettled}), reads them with that language's lists, and at the end
 * checks the whole chat against that choice ({@link judgeLanguage}).
 */
import { CONTENT_LANGUAGES, type ContentLanguage } from './lexicons/index.js';

/** Text messages of four words or more in the sample that chooses the lists, at most. */
export const LANGUAGE_SAMPLE_MAX = 200;
/** The sample is settled early once one language leads every other by this many messages. */
export const LANGUAGE_LEAD = 20;
/** Text messages (short ones included) held back at most while the sample fills. */
export const LANGUAGE_HELD_MAX = 2000;
/** Text messages of four words or more needed before the chat's language is judged at all. */
export const LANGUAGE_SAMPLE = 20;
/** The share of those messages that must hold a common word of the chat's language. */
export const MIN_LANGUAGE_SHARE = 0.3;
/**
 * Another language in at least this fraction as many messages as the chat's own makes the chat
 * mixed: its lists would read only part of it.
 */
export const RIVAL_RATIO = 0.5;
/** A week is judged with at least this many text messages of four words or more. */
export const WEEK_MIN_TEXTS = 5;
/**
 * Judged weeks written in another language ({@link isWeekOff}), at most: more (over one, and
 * over 5% of the judged weeks) means the chat changed language somewhere, and the lists would
 * read one stretch of it as words gone silent.
 */
export const WEEKS_OFF_SHARE = 0.05;
/** Below this share of a week's longer messages in the chat's language, the week is in none. */
export const NO_LANGUAGE_SHARE = 0.1;

/** One week's text messages of four words or more: all, in the language read, in others only. */
export type WeekLanguage = { long: number; read: number; other: number };

/**
 * A week written in another language: under {@link MIN_LANGUAGE_SHARE} of its longer messages
 * are in the chat's language, and either more are in other languages only, or hardly any are in
 * the chat's language (a language the lists do not cover has no common words of any).
 *
 * @example
 * isWeekOff({ long: 10, read: 1, other: 8 }) // true
 * isWeekOff({ long: 10, read: 2, other: 0 }) // false: short answers, not another language
 */
export function isWeekOff(week: WeekLanguage): boolean {
  if (week.read >= MIN_LANGUAGE_SHARE * week.long) return false;
  return week.other > week.read || week.read < NO_LANGUAGE_SHARE * week.long;
}

/** What the whole chat showed about its language (content mode). */
export type LanguageReading = {
  /** The language whose lists read the texts: the sample's leader (English when none led). */
  read: ContentLanguage;
  /** Text messages of four words or more in the chat. */
  longTexts: number;
  /** Per language, the share of those messages holding one of its common words (0..1). */
  shares: Record<ContentLanguage, number>;
  /** Weeks with at least {@link WEEK_MIN_TEXTS} such messages. */
  weeksJudged: number;
  /** Of those, weeks written in another language ({@link isWeekOff}). */
  weeksOff: number;
};

/**
 * The index of the language with the most hits; -1 when no language has any. Ties go to the
 * language listed first (English).
 *
 * @example
 * leadingLanguage([3, 9, 0, 0, 0, 0, 0]) // 1 (German)
 */
export function leadingLanguage(hits: ArrayLike<number>): number {
  let best = -1;
  let most = 0;
  for (let k = 0; k < hits.length; k++) {
    const h = hits[k] ?? 0;
    if (h > most) {
      most = h;
      best = k;
    }
  }
  return best;
}

/**
 * Whether the held-back sample has said enough: it is full, or one language leads every other
 * by {@link LANGUAGE_LEAD} messages.
 *
 * @example
 * sampleSettled([25, 2, 0, 0, 0, 0, 0], 26) // true
 */
export function sampleSettled(hits: ArrayLike<number>, sampled: number): boolean {
  if (sampled >= LANGUAGE_SAMPLE_MAX) return true;
  const leader = leadingLanguage(hits);
  if (leader < 0) return false;
  const lead = hits[leader] ?? 0;
  for (let k = 0; k < hits.length; k++)
    if (k !== leader && lead - (hits[k] ?? 0) < LANGUAGE_LEAD) return false;
  return true;
}

/**
 * The chat's language when it is clear, or null for a chat whose words the lists cannot read
 * as a whole: no language in enough messages, a second language nearly as frequent, or weeks
 * written in another language. A chat with too few longer messages to judge keeps the
 * language that read it.
 *
 * @example
 * judgeLanguage(reading) // 'de', or null for a mixed chat
 */
export function judgeLanguage(reading: LanguageReading): ContentLanguage | null {
  if (reading.longTexts < LANGUAGE_SAMPLE) return reading.read;
  const own = reading.shares[reading.read];
  if (own < MIN_LANGUAGE_SHARE) return null;
  for (const other of CONTENT_LANGUAGES)
    if (other !== reading.read && reading.shares[other] >= RIVAL_RATIO * own) return null;
  if (reading.weeksOff > Math.max(1, WEEKS_OFF_SHARE * reading.weeksJudged)) return null;
  return reading.read;
}
