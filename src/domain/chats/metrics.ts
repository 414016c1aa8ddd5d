/**
 * Weekly communication metrics per person, computed while the messages stream past: memory grows
 * with the number of weeks and people, not with the number of messages.
 *
 * Definitions (docs/chat-import.md repeats them for people):
 * - A **conversation** starts with the first message after a silence of at least
 *   {@link CONVERSATION_GAP_MS} (4 hours) from anyone; its author "started" it.
 * - A **reply** is a message by someone other than the author of the message just before it,
 *   sent within {@link REPLY_WINDOW_MS} (24 hours); its reply time is the time since that
 *   previous message. Slower answers count as no reply (and usually as a new conversation).
 * - A **double text** is a message sent at least {@link DOUBLE_TEXT_GAP_MS} (30 minutes) after
 *   the same person's previous message with nobody writing in between: a follow-up. It is **left
 *   unanswered** when nobody else writes within 24 hours of it.
 * - Weeks are ISO weeks in the user's zone (the caller passes the zone offset).
 */
import {
  isWeekOff,
  judgeLanguage,
  LANGUAGE_HELD_MAX,
  leadingLanguage,
  sampleSettled,
  WEEK_MIN_TEXTS,
  type LanguageReading,
  type WeekLanguage,
} from './language.js';
import { CONTENT_LANGUAGES, type ContentLanguage } from './lexicons/index.js';
import type { ChatMessage } from './message.js';
import { scoreText, textFeatures } from './text-features.js';
import { selectQuantile } from '../trajectory/robust.js';
import { isoWeekLabel, weekStartDay } from './weeks.js';

export const CONVERSATION_GAP_MS = 4 * 3_600_000;
export const REPLY_WINDOW_MS = 24 * 3_600_000;
export const DOUBLE_TEXT_GAP_MS = 30 * 60_000;
/** Longest excerpt kept for a signal to quote. */
export const EXCERPT_CHARS = 80;

export type ExcerptFeature = 'affection' | 'future' | 'stress';
/** Key of an excerpt: the week's Monday (day number), the person, the feature. */
export const excerptKey = (weekStartDay: number, person: string, feature: ExcerptFeature): string =>
  `${weekStartDay}|${person}|${feature}`;
/** Messages held back to put slightly out-of-order lines (a known WhatsApp quirk) in order. */
const REORDER_WINDOW = 1024;

/** One person's figures for one week. */
export type PersonWeek = {
  messages: number;
  words: number;
  characters: number;
  media: number;
  deleted: number;
  conversationsStarted: number;
  replies: number;
  /** Median and 90th percentile of reply times in minutes; null without replies that week. */
  replyMedianMinutes: number | null;
  replyP90Minutes: number | null;
  /** This person's share of the week's messages, 0..1 (0 in a silent week). */
  share: number;
  doubleTexts: number;
  unansweredDoubleTexts: number;
  /** Content mode only: messages with each feature, word counts, mean tone per text message. */
  content?: {
    textMessages: number;
    questions: number;
    affection: number;
    future: number;
    stress: number;
    apologies: number;
    weWords: number;
    iWords: number;
    toneMean: number | null;
  };
};

export type WeekMetrics = {
  /** ISO week label, YYYY-Www. */
  week: string;
  /** Day number (days since 1970-01-01) of its Monday. */
  startDay: number;
  people: Record<string, PersonWeek>;
};

export type WeeklyMetrics = {
  /** Authors in order of first appearance. */
  people: string[];
  /** Every week from the first message to the last, silent weeks included. */
  weeks: WeekMetrics[];
  totals: Record<string, number>;
  messages: number;
  /** UTC milliseconds of the first and last message, null for an empty chat. */
  first: number | null;
  last: number | null;
  /** Messages that arrived too far out of time order to be placed (counted, but not timed). */
  outOfOrder: number;
  contentMode: boolean;
  /**
   * Content mode only: the language the chat's words were read in, when it is clear (see
   * ./language.ts); null without content mode, or for a chat in a language the lists do not
   * cover, in several languages, or that changed language part-way. Its content figures are
   * then still computed (with the lists of the language the first messages leaned to, English
   * when none), but they cannot be trusted for signals.
   */
  contentLanguage: ContentLanguage | null;
  /** Content mode only: what the chat showed about its language; null without content mode. */
  language: LanguageReading | null;
  /**
   * Content mode only: one short excerpt per person, week and feature (the first message of
   * that week with the feature), for a signal to quote as its evidence. Never part of the
   * weekly figures a report prints or stores; only the few a signal cites leave this module.
   */
  excerpts: Map<string, string>;
};

export type WeeklyMetricsOptions = {
  /** Offset of the user's zone from UTC at a UTC instant, in ms (defaults to UTC). */
  zoneOffset?: (utcMs: number) => number;
  /** Compute the lexicon features from `message.text` (content mode). */
  content?: boolean;
};

type Acc = {
  affectionExcerpt: string | undefined;
  futureExcerpt: string | undefined;
  stressExcerpt: string | undefined;
  messages: number;
  words: number;
  characters: number;
  media: number;
  deleted: number;
  started: number;
  replyMedian: number | null;
  replyP90: number | null;
  replies: number;
  doubleTexts: number;
  unanswered: number;
  textMessages: number;
  questions: number;
  affection: number;
  future: number;
  stress: number;
  apologies: number;
  we: number;
  i: number;
  tone: number;
  /**
   * Text messages of four words or more; those among them with a common word of the language
   * read; and those with common words of other languages only.
   */
  longTexts: number;
  readLanguageTexts: number;
  otherLanguageTexts: number;
};

const newAcc = (): Acc => ({
  affectionExcerpt: undefined,
  futureExcerpt: undefined,
  stressExcerpt: undefined,
  messages: 0,
  words: 0,
  characters: 0,
  media: 0,
  deleted: 0,
  started: 0,
  replyMedian: null,
  replyP90: null,
  replies: 0,
  doubleTexts: 0,
  unanswered: 0,
  textMessages: 0,
  questions: 0,
  affection: 0,
  future: 0,
  stress: 0,
  apologies: 0,
  we: 0,
  i: 0,
  tone: 0,
  longTexts: 0,
  readLanguageTexts: 0,
  otherLanguageTexts: 0,
});

/**
 * The q-quantile (0..1) of ascending-sorted values, interpolating between neighbours.
 *
 * @example
 * quantile([1, 2, 3, 4], 0.5) // 2.5
 */
export function quantile(sorted: ArrayLike<number>, q: number): number {
  const n = sorted.length;
  if (n === 0) return Number.NaN;
  const pos = (n - 1) * q;
  const lo = Math.floor(pos);
  const hi = Math.min(n - 1, lo + 1);
  const a = sorted[lo] ?? 0;
  const b = sorted[hi] ?? 0;
  return a + (b - a) * (pos - lo);
}

export type WeeklyMetricsBuilder = {
  /** Adds one message (any order; small disorder is repaired). */
  add: (message: ChatMessage) => void;
  /** Finishes the stream and returns the figures. */
  finish: () => WeeklyMetrics;
};

/**
 * Starts a streaming computation of weekly metrics.
 *
 * @example
 * const builder = createWeeklyMetrics({ content: false });
 * for (const m of messages) builder.add(m);
 * const { weeks } = builder.finish();
 */
export function createWeeklyMetrics(options: WeeklyMetricsOptions = {}): WeeklyMetricsBuilder {
  const zoneOffset = options.zoneOffset ?? (() => 0);
  const content = options.content ?? false;
  const features = textFeatures('');
  const excerpts = new Map<string, string>();
  const clip = (text: string) =>
    text.length > EXCERPT_CHARS ? `${text.slice(0, EXCERPT_CHARS - 1)}…` : text;
  const people: string[] = [];
  const personIndex = new Map<string, number>();
  /** week start day → per-person accumulators (index = person index). */
  const weeks = new Map<number, Acc[]>();
  const totals: number[] = [];

  let flushedUpTo = -Infinity;
  // The chat's language (./language.ts): until the first text messages settle it, they are held
  // back here, their text only in memory, and read once it is known.
  /** Index in CONTENT_LANGUAGES of the lists reading the texts; -1 while they are held back. */
  let language = -1;
  const held: Array<{ text: string; words: number; person: number; week: number }> = [];
  let sampled = 0;
  const sampleHits = new Int32Array(CONTENT_LANGUAGES.length);
  /** Over the whole chat: text messages of four words or more, and those with each language. */
  let longTexts = 0;
  const languageHits = new Int32Array(CONTENT_LANGUAGES.length);
  let outOfOrder = 0;
  let count = 0;
  // Times kept in a typed array, not in closure variables: a time is no small integer, and each
  // store of one into a variable would allocate a number object, millions of them per export.
  const FIRST = 0;
  const LAST = 1;
  const PREV = 2;
  const times = Float64Array.of(Number.NaN, Number.NaN, Number.NEGATIVE_INFINITY);

  // Turn-taking state over the ordered stream.
  let prevAuthor = -1;
  /** Per person: times and weeks of their double texts still waiting for an answer. */
  const pendingDouble: Array<Array<{ time: number; week: number }>> = [];
  let openWeek = Number.NaN;

  // Zone offsets change at most once a day: a UTC day whose two ends share an offset uses it
  // throughout (two lookups a day, not one per message); on a switch day, per hour.
  let offsetDay = Number.NaN;
  let dayOffset = 0;
  let daySwitches = false;
  let offsetHour = Number.NaN;
  let offsetValue = 0;
  const weekOf = (time: number): number => {
    const day = Math.floor(time / 86_400_000);
    if (day !== offsetDay) {
      offsetDay = day;
      dayOffset = zoneOffset(day * 86_400_000);
      // Compared with the next midnight (the next day's start, so that lookup is reused).
      daySwitches = zoneOffset((day + 1) * 86_400_000) !== dayOffset;
      offsetHour = Number.NaN;
    }
    if (!daySwitches) return weekStartDay(time + dayOffset);
    const hour = Math.floor(time / 3_600_000);
    if (hour !== offsetHour) {
      offsetHour = hour;
      offsetValue = zoneOffset(time);
    }
    return weekStartDay(time + offsetValue);
  };

  // Messages come week after week: remember the last week's row.
  let rowWeek = Number.NaN;
  let lastRow: Acc[] = [];
  const accFor = (week: number, person: number): Acc => {
    let row = week === rowWeek ? lastRow : weeks.get(week);
    if (!row) {
      row = [];
      weeks.set(week, row);
    }
    rowWeek = week;
    lastRow = row;
    let acc = row[person];
    if (!acc) {
      acc = newAcc();
      row[person] = acc;
    }
    return acc;
  };

  // The open week's reply times, per person, in typed arrays (a time in a plain array would be
  // boxed), summarised by selection, not by a sort, when the week closes. Messages are placed
  // in time order, so only one week is open at a time.
  const replyTimes: Float64Array[] = [];
  const replyCounts: number[] = [];
  const addReplyTime = (person: number, gap: number) => {
    let buffer = replyTimes[person] as Float64Array;
    const n = replyCounts[person] as number;
    if (n === buffer.length) {
      const grown = new Float64Array(2 * n);
      grown.set(buffer);
      replyTimes[person] = buffer = grown;
    }
    buffer[n] = gap;
    replyCounts[person] = n + 1;
  };

  const closeWeek = (week: number) => {
    for (let p = 0; p < people.length; p++) {
      const n = replyCounts[p] as number;
      if (n === 0) continue;
      const buffer = replyTimes[p] as Float64Array;
      const acc = accFor(week, p);
      acc.replyMedian = selectQuantile(buffer, n, 0.5) / 60_000;
      acc.replyP90 = selectQuantile(buffer, n, 0.9) / 60_000;
      acc.replies += n;
      replyCounts[p] = 0;
    }
  };

  const settleDoubleTexts = (person: number, now: number, answered: boolean) => {
    const pending = pendingDouble[person];
    if (!pending || pending.length === 0) return;
    let keep = 0;
    for (const item of pending) {
      if (now - item.time > REPLY_WINDOW_MS) accFor(item.week, person).unanswered++;
      else if (!answered) pending[keep++] = item;
    }
    pending.length = keep;
  };

  let lastAuthor = '';
  let lastPerson = -1;
  const personOf = (author: string): number => {
    if (author === lastAuthor && lastPerson >= 0) return lastPerson;
    // A chat has few people, and importers pass each name as the same string every time: a
    // scan by identity beats hashing the name.
    const scan = Math.min(people.length, 8);
    for (let p = 0; p < scan; p++)
      if (people[p] === author) {
        lastAuthor = author;
        lastPerson = p;
        return p;
      }
    let person = personIndex.get(author);
    if (person === undefined) {
      person = people.length;
      people.push(author);
      personIndex.set(author, person);
      totals.push(0);
      pendingDouble.push([]);
      replyTimes.push(new Float64Array(64));
      replyCounts.push(0);
    }
    lastAuthor = author;
    lastPerson = person;
    return person;
  };

  /** Reads one text with the chosen language's lists into its person's week. */
  const scoreContent = (text: string, words: number, person: number, week: number) => {
    const f = features;
    scoreText(text, f, language);
    const acc = accFor(week, person);
    acc.textMessages++;
    if (words >= 4) {
      longTexts++;
      acc.longTexts++;
      const languages = f.languages;
      if ((languages >>> language) & 1) acc.readLanguageTexts++;
      else if (languages !== 0) acc.otherLanguageTexts++;
      for (let k = 0; languages >>> k !== 0; k++)
        if ((languages >>> k) & 1) languageHits[k] = (languageHits[k] as number) + 1;
    }
    if (f.question) acc.questions++;
    if (f.affection) acc.affection++;
    if (f.future) acc.future++;
    if (f.stress) acc.stress++;
    if (f.apology) acc.apologies++;
    acc.we += f.we;
    acc.i += f.i;
    acc.tone += f.tone;
    // The first message of the week with each feature, kept for a signal to quote.
    if (f.affection && acc.affectionExcerpt === undefined) acc.affectionExcerpt = clip(text);
    if (f.future && acc.futureExcerpt === undefined) acc.futureExcerpt = clip(text);
    if (f.stress && acc.stressExcerpt === undefined) acc.stressExcerpt = clip(text);
  };

  /** The language is settled: the held-back texts are read, in their order, and let go. */
  const settleLanguage = () => {
    language = Math.max(0, leadingLanguage(sampleHits));
    for (const h of held) scoreContent(h.text, h.words, h.person, h.week);
    held.length = 0;
  };

  /** Holds a text back while the language is unknown; a longer one joins the sample. */
  const holdBack = (text: string, words: number, person: number, week: number) => {
    held.push({ text, words, person, week });
    if (words >= 4) {
      // Any language's lists show which languages' common words the text holds.
      scoreText(text, features, 0);
      const languages = features.languages;
      for (let k = 0; languages >>> k !== 0; k++)
        if ((languages >>> k) & 1) sampleHits[k] = (sampleHits[k] as number) + 1;
      sampled++;
      if (sampleSettled(sampleHits, sampled)) return settleLanguage();
    }
    if (held.length >= LANGUAGE_HELD_MAX) settleLanguage();
  };

  /** Everything that does not depend on order, counted as the message arrives. */
  const count_ = (message: ChatMessage, person: number, week: number) => {
    const acc = accFor(week, person);
    const time = message.time;
    count++;
    totals[person] = (totals[person] ?? 0) + 1;
    // NaN compares false: the first message sets both.
    if (!(time >= (times[FIRST] as number))) times[FIRST] = time;
    if (!(time <= (times[LAST] as number))) times[LAST] = time;
    acc.messages++;
    acc.words += message.words;
    acc.characters += message.length;
    if (message.kind === 'media') acc.media++;
    else if (message.kind === 'deleted') acc.deleted++;
    if (content && message.text !== undefined && message.kind === 'text') {
      if (language < 0) holdBack(message.text, message.words, person, week);
      else scoreContent(message.text, message.words, person, week);
    }
  };

  /** Turn-taking (starts, replies, follow-ups), over the messages in time order. */
  const place = (time: number, person: number, week: number) => {
    const acc = accFor(week, person);
    if (week !== openWeek) {
      if (!Number.isNaN(openWeek)) closeWeek(openWeek);
      openWeek = week;
    }
    const gap = time - (times[PREV] as number);
    if (gap >= CONVERSATION_GAP_MS) acc.started++;
    if (prevAuthor >= 0 && prevAuthor !== person) {
      if (gap <= REPLY_WINDOW_MS) addReplyTime(person, gap);
      // Anyone writing answers everyone else's pending follow-ups (or lets them expire).
      for (let p = 0; p < pendingDouble.length; p++) {
        if (p !== person) settleDoubleTexts(p, time, true);
      }
    } else if (prevAuthor === person && gap >= DOUBLE_TEXT_GAP_MS) {
      acc.doubleTexts++;
      settleDoubleTexts(person, time, false);
      pendingDouble[person]?.push({ time, week });
    }
    times[PREV] = time;
    prevAuthor = person;
  };

  // The reorder window: (time, person, week) in parallel typed arrays, kept sorted by time, so
  // the message objects themselves die young.
  const ringTime = new Float64Array(REORDER_WINDOW);
  const ringPerson = new Int32Array(REORDER_WINDOW);
  const ringWeek = new Int32Array(REORDER_WINDOW);
  let ringLength = 0;
  const flush = (keep: number) => {
    const n = ringLength - keep;
    for (let k = 0; k < n; k++)
      place(ringTime[k] as number, ringPerson[k] as number, ringWeek[k] as number);
    if (n > 0) flushedUpTo = ringTime[n - 1] as number;
    ringTime.copyWithin(0, n, ringLength);
    ringPerson.copyWithin(0, n, ringLength);
    ringWeek.copyWithin(0, n, ringLength);
    ringLength = keep;
  };

  return {
    add(message) {
      const time = message.time;
      const person = personOf(message.author);
      const week = weekOf(time);
      count_(message, person, week);
      if (time < flushedUpTo) {
        outOfOrder++;
        return;
      }
      // Insert in time order; exports are nearly sorted, so this is almost always an append.
      let at = ringLength;
      while (at > 0 && (ringTime[at - 1] as number) > time) at--;
      if (at < ringLength) {
        ringTime.copyWithin(at + 1, at, ringLength);
        ringPerson.copyWithin(at + 1, at, ringLength);
        ringWeek.copyWithin(at + 1, at, ringLength);
      }
      ringTime[at] = time;
      ringPerson[at] = person;
      ringWeek[at] = week;
      ringLength++;
      if (ringLength >= REORDER_WINDOW) flush(REORDER_WINDOW / 2);
    },
    finish() {
      if (content && language < 0) settleLanguage();
      flush(0);
      if (!Number.isNaN(openWeek)) closeWeek(openWeek);
      // Follow-ups still pending a day after they were sent, judged at the end of the export.
      const first = count > 0 ? (times[FIRST] as number) : null;
      const last = count > 0 ? (times[LAST] as number) : null;
      if (last !== null) for (let p = 0; p < people.length; p++) settleDoubleTexts(p, last, false);

      const out: WeekMetrics[] = [];
      if (weeks.size > 0) {
        const keys = [...weeks.keys()];
        const firstWeek = Math.min(...keys);
        const lastWeek = Math.max(...keys);
        for (let w = firstWeek; w <= lastWeek; w += 7) {
          const row = weeks.get(w) ?? [];
          const total = row.reduce((sum, acc) => sum + (acc?.messages ?? 0), 0);
          const byName: Record<string, PersonWeek> = {};
          people.forEach((name, p) => {
            byName[name] = toPersonWeek(row[p] ?? newAcc(), total, content);
          });
          out.push({ week: isoWeekLabel(w), startDay: w, people: byName });
        }
      }
      for (const [week, row] of weeks) {
        row.forEach((acc, p) => {
          const name = people[p] ?? '';
          if (acc?.affectionExcerpt !== undefined)
            excerpts.set(excerptKey(week, name, 'affection'), acc.affectionExcerpt);
          if (acc?.futureExcerpt !== undefined)
            excerpts.set(excerptKey(week, name, 'future'), acc.futureExcerpt);
          if (acc?.stressExcerpt !== undefined)
            excerpts.set(excerptKey(week, name, 'stress'), acc.stressExcerpt);
        });
      }
      let reading: LanguageReading | null = null;
      if (content) {
        let weeksJudged = 0;
        let weeksOff = 0;
        for (const row of weeks.values()) {
          const week: WeekLanguage = { long: 0, read: 0, other: 0 };
          for (const acc of row) {
            week.long += acc?.longTexts ?? 0;
            week.read += acc?.readLanguageTexts ?? 0;
            week.other += acc?.otherLanguageTexts ?? 0;
          }
          if (week.long < WEEK_MIN_TEXTS) continue;
          weeksJudged++;
          if (isWeekOff(week)) weeksOff++;
        }
        const shares = {} as Record<ContentLanguage, number>;
        CONTENT_LANGUAGES.forEach((code, k) => {
          shares[code] = longTexts > 0 ? round((languageHits[k] as number) / longTexts, 3) : 0;
        });
        const read = CONTENT_LANGUAGES[Math.max(0, language)] ?? 'en';
        reading = { read, longTexts, shares, weeksJudged, weeksOff };
      }
      const totalsByName: Record<string, number> = {};
      people.forEach((name, p) => (totalsByName[name] = totals[p] ?? 0));
      return {
        people: [...people],
        weeks: out,
        totals: totalsByName,
        messages: count,
        first,
        last,
        outOfOrder,
        contentMode: content,
        contentLanguage: reading === null ? null : judgeLanguage(reading),
        language: reading,
        excerpts,
      };
    },
  };
}

const round = (x: number, digits = 2) => {
  const f = 10 ** digits;
  return Math.round(x * f) / f;
};

function toPersonWeek(acc: Acc, weekTotal: number, content: boolean): PersonWeek {
  const week: PersonWeek = {
    messages: acc.messages,
    words: acc.words,
    characters: acc.characters,
    media: acc.media,
    deleted: acc.deleted,
    conversationsStarted: acc.started,
    replies: acc.replies,
    replyMedianMinutes: acc.replyMedian === null ? null : round(acc.replyMedian),
    replyP90Minutes: acc.replyP90 === null ? null : round(acc.replyP90),
    share: weekTotal > 0 ? round(acc.messages / weekTotal, 4) : 0,
    doubleTexts: acc.doubleTexts,
    unansweredDoubleTexts: acc.unanswered,
  };
  if (content) {
    week.content = {
      textMessages: acc.textMessages,
      questions: acc.questions,
      affection: acc.affection,
      future: acc.future,
      stress: acc.stress,
      apologies: acc.apologies,
      weWords: acc.we,
      iWords: acc.i,
      toneMean: acc.textMessages > 0 ? round(acc.tone / acc.textMessages, 3) : null,
    };
  }
  return week;
}
