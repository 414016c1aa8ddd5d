/**
 * The WhatsApp text export (`.txt`, or `_chat.txt` inside the `.zip`), parsed in one streaming
 * pass: lines are split on bytes, a line starting with a timestamp starts a message and every
 * other line continues the one before. Text is decoded to a string only in content mode.
 *
 * Day-first or month-first is not written in the export. It is decided by the first date with a
 * field over 12; messages before that are held back (a bounded buffer) and released once it is
 * known. If the whole export never decides it, the field that rolls over more often is taken as
 * the day, with a warning (`--date-order` overrides all of this).
 */
import type { ChatMessage, ImportWarning, LineCounts } from '../../domain/chats/message.js';
import { fail, ok, type Result } from '../../domain/result.js';
import type { DateOrder, ExportEntry, ImportOptions, ParseSummary } from '../types.js';
import { zoneClock } from '../zone-offsets.js';
import {
  BodyKind,
  classifyText,
  countText,
  countedChars,
  countedMarks,
  countedWords,
  isYouDeleted,
  skipMarks,
  trimEdited,
} from './body.js';
import { markAt, newPrefix, prefixReader } from './prefix.js';

/** Messages held back while the date order is unknown before deciding by rollover counts. */
const MAX_PENDING = 200_000;
/** A line longer than this is handled in pieces (only its start can hold a timestamp). */
const MAX_LINE = 1024 * 1024;
/** Known names tried by their bytes before looking for the ": " after a line's author. */
const FAST_AUTHORS = 16;
/** Reported export caps (chat-formats.md §0.3): about 40,000 lines without media, 10,000 with. */
const EXPORT_CAPS = [10_000, 40_000];

export type WhatsAppSummary = ParseSummary & {
  /** The name iOS writes system notices under: the chat's name (the partner, in a 1:1 chat). */
  chatName?: string;
  /** Who wrote "You deleted this message": the person who made the export. */
  selfName?: string;
  dateOrder: DateOrder;
};

type Raw = {
  a: number;
  b: number;
  year: number;
  ymd: boolean;
  hour: number;
  minute: number;
  second: number;
  author: string;
  kind: ChatMessage['kind'];
  length: number;
  words: number;
  text: string | undefined;
};

const KIND_NAMES: Array<ChatMessage['kind']> = ['text', 'media', 'deleted', 'other'];

/** Picks the chat text among a zip's or folder's entries. */
export function chatEntry<T extends { name: string }>(entries: readonly T[]): T | undefined {
  const texts = entries.filter((e) => /\.txt$/i.test(e.name));
  return (
    texts.find((e) => /(^|\/)_chat\.txt$/i.test(e.name)) ??
    texts.find((e) => /whats\s*app/i.test(e.name)) ??
    texts.find((e) => /chat/i.test(e.name)) ??
    texts[0] ??
    (entries.length === 1 ? entries[0] : undefined)
  );
}

/**
 * Streams a WhatsApp export and emits its messages.
 *
 * @example
 * await parseWhatsApp(entries, { timeZone: 'Europe/Berlin', keepText: false }, (m) => list.push(m));
 */
export async function parseWhatsApp(
  entries: readonly ExportEntry[],
  options: ImportOptions,
  emit: (message: ChatMessage) => void,
): Promise<Result<WhatsAppSummary>> {
  const entry = chatEntry(entries);
  if (!entry) return fail('no-chat', 'no WhatsApp chat text (.txt) found in the export');
  const keepText = options.keepText;
  const timeZone = options.timeZone;
  let order: DateOrder | undefined = options.dateOrder;
  let orderGuessed = false;

  const lines: LineCounts = { message: 0, continuation: 0, system: 0, skipped: 0 };
  const participants: string[] = [];
  const known = new Set<string>();
  let chatName: string | undefined;
  let selfName: string | undefined;
  let skippedBefore = 0;
  let conflicts = 0;
  let headerLines = 0;
  let firstIsNotice = false;

  // Rollover statistics for an export that never shows a field over 12.
  let prevA = -1;
  let prevB = -1;
  let prevYear = -1;
  let dropsA = 0;
  let dropsB = 0;
  let changesA = 0;
  let changesB = 0;

  // The message being read (its continuation lines may follow).
  let open = false;
  let curSystem = false;
  let curA = 0;
  let curB = 0;
  let curYear = 0;
  let curYmd = false;
  let curHour = 0;
  let curMinute = 0;
  let curSecond = 0;
  let curAuthor = '';
  let curKind: BodyKind = BodyKind.Text;
  let curLength = 0;
  let curWords = 0;
  let curText: string | undefined;

  const pending: Raw[] = [];
  // One message object refilled for every text-less message, when the receiver allows it.
  const reused: ChatMessage | undefined = options.reuseMessages
    ? { time: 0, author: '', length: 0, words: 0, kind: 'text' }
    : undefined;

  // Wall clock → UTC with offsets cached per day (see ../zone-offsets.ts).
  const toUtc = zoneClock(timeZone).toUtc;

  const emitRaw = (r: Raw, resolved: DateOrder) => {
    let year = r.year;
    let month: number;
    let day: number;
    if (r.ymd) {
      month = r.b;
      day = r.year;
      year = r.a;
    } else if (resolved === 'mdy') {
      month = r.a;
      day = r.b;
    } else {
      month = r.b;
      day = r.a;
    }
    const message: ChatMessage = {
      time: toUtc(year, month, day, r.hour, r.minute, r.second),
      author: r.author,
      length: r.length,
      words: r.words,
      kind: r.kind,
    };
    if (r.text !== undefined) message.text = r.text;
    emit(message);
  };

  const decideByRollover = () => {
    orderGuessed = true;
    if (dropsA !== dropsB) order = dropsA > dropsB ? 'dmy' : 'mdy';
    else order = changesA >= changesB ? 'dmy' : 'mdy';
  };

  const flushPending = () => {
    if (!order) return;
    for (const r of pending) emitRaw(r, order);
    pending.length = 0;
  };

  const close = () => {
    if (!open) return;
    open = false;
    if (curSystem) return;
    const kind = KIND_NAMES[curKind] ?? 'other';
    if (curYmd || order) {
      if (pending.length > 0) flushPending();
      // The common path: the order is known, so convert and emit at once.
      let year = curYear;
      let month: number;
      let day: number;
      if (curYmd) {
        year = curA;
        month = curB;
        day = curYear;
      } else if (order === 'mdy') {
        month = curA;
        day = curB;
      } else {
        month = curB;
        day = curA;
      }
      const time = toUtc(year, month, day, curHour, curMinute, curSecond);
      if (reused !== undefined && curText === undefined) {
        reused.time = time;
        reused.author = curAuthor;
        reused.length = curLength;
        reused.words = curWords;
        reused.kind = kind;
        emit(reused);
        return;
      }
      const message: ChatMessage = {
        time,
        author: curAuthor,
        length: curLength,
        words: curWords,
        kind,
      };
      if (curText !== undefined) message.text = curText;
      emit(message);
      return;
    }
    pending.push({
      a: curA,
      b: curB,
      year: curYear,
      ymd: curYmd,
      hour: curHour,
      minute: curMinute,
      second: curSecond,
      author: curAuthor,
      kind,
      length: curLength,
      words: curWords,
      text: curText,
    });
    if (pending.length >= MAX_PENDING) {
      decideByRollover();
      flushPending();
    }
  };

  // Author names decoded once and matched by bytes afterwards.
  const authorBytes: Uint8Array[] = [];
  /** Per name above: already among the participants. */
  const authorCounted: boolean[] = [];
  const authorNames: string[] = [];
  const decoder = new TextDecoder();
  const authorName = (buf: Uint8Array, start: number, end: number): string => {
    const length = end - start;
    outer: for (let k = 0; k < authorBytes.length; k++) {
      const known = authorBytes[k] as Uint8Array;
      if (known.length !== length) continue;
      for (let j = 0; j < length; j++) if (known[j] !== buf[start + j]) continue outer;
      return authorNames[k] as string;
    }
    const name = decoder
      .decode(buf.subarray(start, end))
      .replace(/[\u200e\u200f\u202a-\u202e\ufeff]/g, '')
      .replace(/\u00a0/g, ' ')
      .trim();
    if (authorBytes.length < 1000) {
      // A copy: a view would pin the whole chunk it came from.
      authorBytes.push(Uint8Array.prototype.slice.call(buf, start, end));
      authorNames.push(name);
    }
    return name;
  };

  // Content mode only. Node's native UTF-8 slice is the fastest decoder for short spans; the
  // direction marks are stripped only when countText saw one.
  const decodeText = (buf: Uint8Array, start: number, end: number): string => {
    const text = (buf as Buffer).toString('utf8', start, end);
    return countedMarks ? text.replace(/[\u200e\u200f\u202a-\u202e]/g, '') : text;
  };

  const prefix = newPrefix();
  const readPrefix = prefixReader();

  /** Handles one line, or the first piece of an over-long line when `lineStart`. */
  const line = (buf: Uint8Array, start: number, end: number, lineStart: boolean) => {
    if (lineStart && readPrefix(buf, start, end, prefix)) {
      const { a, b, c, aDigits, cDigits } = prefix;
      const ymd = aDigits === 4;
      let valid = true;
      if (ymd) {
        valid = b >= 1 && b <= 12 && c >= 1 && c <= 31;
      } else {
        if (a === 0 || b === 0 || a > 31 || b > 31 || (a > 12 && b > 12)) valid = false;
        else if (!order) {
          if (a > 12) order = 'dmy';
          else if (b > 12) order = 'mdy';
          else {
            const year = cDigits === 2 ? 2000 + c : c;
            if (prevA >= 0) {
              if (a !== prevA) changesA++;
              if (b !== prevB) changesB++;
              if (year === prevYear) {
                if (a < prevA) dropsA++;
                if (b < prevB) dropsB++;
              }
            }
            prevA = a;
            prevB = b;
            prevYear = year;
          }
        } else if ((order === 'dmy' && b > 12) || (order === 'mdy' && a > 12)) {
          valid = false;
          conflicts++;
        }
      }
      if (valid) {
        close();
        headerLines++;
        let hour = prefix.hour;
        if (prefix.meridiem === 1 && hour === 12) hour = 0;
        else if (prefix.meridiem === 2 && hour < 12) hour += 12;
        curA = a;
        curB = b;
        curYear = ymd ? c : cDigits === 2 ? 2000 + c : c;
        curYmd = ymd;
        curHour = hour;
        curMinute = prefix.minute;
        curSecond = prefix.second;
        open = true;
        startBody(buf, prefix.bodyStart, end);
        return;
      }
    }
    if (!open) {
      if (lineStart) {
        lines.skipped++;
        skippedBefore++;
      }
      return;
    }
    if (lineStart) {
      if (curSystem) lines.system++;
      else lines.continuation++;
    }
    if (curSystem) return;
    countText(buf, start, end);
    curLength += countedChars + (lineStart ? 1 : 0);
    curWords += countedWords;
    if (keepText)
      curText = `${curText ?? ''}${lineStart ? '\n' : ''}${decodeText(buf, start, end)}`;
  };

  const startBody = (buf: Uint8Array, bodyStart: number, end: number) => {
    // The author runs up to the first ": " (a system line on Android has none). Most lines
    // start with a name already seen followed by ": ", which is that first ": " (a name never
    // holds one), so the names seen first are tried before scanning.
    let colon = -1;
    let author = '';
    let fastAuthor = -1;
    const tries = Math.min(authorBytes.length, FAST_AUTHORS);
    for (let k = 0; k < tries; k++) {
      const known = authorBytes[k] as Uint8Array;
      const after = bodyStart + known.length;
      if (after + 1 >= end || buf[after] !== 58 || buf[after + 1] !== 32) continue;
      let same = true;
      for (let j = 0; j < known.length; j++)
        if (known[j] !== buf[bodyStart + j]) {
          same = false;
          break;
        }
      if (same) {
        colon = after;
        author = authorNames[k] as string;
        fastAuthor = k;
        break;
      }
    }
    if (colon < 0) {
      for (let q = bodyStart; q < end - 1; q++) {
        if (buf[q] === 58 && buf[q + 1] === 32) {
          colon = q;
          break;
        }
        if (q - bodyStart > 120) break;
      }
      if (colon < 0 || colon === bodyStart) {
        curSystem = true;
        lines.system++;
        if (headerLines === 1) firstIsNotice = true;
        return;
      }
      author = authorName(buf, bodyStart, colon);
    }
    let textStart = colon + 2;
    const marked = markAt(buf, textStart) > 0;
    textStart = skipMarks(buf, textStart, end);
    const textEnd = trimEdited(buf, textStart, end);
    const kind = classifyText(buf, textStart, textEnd, marked);
    if (kind === BodyKind.System || author === '') {
      curSystem = true;
      lines.system++;
      if (headerLines === 1) firstIsNotice = true;
      if (marked && chatName === undefined) chatName = author;
      return;
    }
    curSystem = false;
    lines.message++;
    curAuthor = author;
    curKind = kind;
    if (
      kind === BodyKind.Deleted &&
      selfName === undefined &&
      isYouDeleted(buf, textStart, textEnd)
    )
      selfName = author;
    // A name matched by its bytes above and already counted as a participant needs no lookup
    // (a name can be matched before it is counted: iOS writes notices under the chat's name).
    if (fastAuthor < 0 || !authorCounted[fastAuthor]) {
      if (!known.has(author)) {
        known.add(author);
        participants.push(author);
      }
      if (fastAuthor >= 0) authorCounted[fastAuthor] = true;
    }
    if (kind === BodyKind.Text) {
      countText(buf, textStart, textEnd);
      curLength = countedChars;
      curWords = countedWords;
      curText = keepText ? decodeText(buf, textStart, textEnd) : undefined;
    } else {
      curLength = 0;
      curWords = 0;
      curText = undefined;
    }
  };

  // The unfinished last line of the previous chunk. It is joined only with the start of the
  // next chunk, up to the first line break, rather than copying every chunk behind it.
  let carry: Buffer | undefined;
  let carryIsLineStart = true;
  // The carried line is copied (below), so the source may refill a chunk's memory.
  for await (const chunk of entry.open({ reuseBuffers: true })) {
    let buf: Buffer = Buffer.isBuffer(chunk)
      ? chunk
      : Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
    let pos = 0;
    let lineStart: boolean = carryIsLineStart;
    carryIsLineStart = true;
    if (carry) {
      const nl = buf.indexOf(10);
      if (nl < 0) {
        buf = Buffer.concat([carry, buf]);
      } else {
        const head = Buffer.concat([carry, buf.subarray(0, nl)]);
        const end = head.length > 0 && head[head.length - 1] === 13 ? head.length - 1 : head.length;
        line(head, 0, end, lineStart);
        lineStart = true;
        pos = nl + 1;
      }
      carry = undefined;
    }
    for (;;) {
      const nl = buf.indexOf(10, pos);
      if (nl < 0) break;
      const end = nl > pos && buf[nl - 1] === 13 ? nl - 1 : nl;
      line(buf, pos, end, lineStart);
      lineStart = true;
      pos = nl + 1;
    }
    if (pos < buf.length) {
      if (buf.length - pos > MAX_LINE) {
        // An enormous line: take this piece now; the rest continues it.
        line(buf, pos, buf.length, lineStart);
        carryIsLineStart = false;
      } else {
        carry = Buffer.from(buf.subarray(pos));
        carryIsLineStart = lineStart;
      }
    }
  }
  if (carry) {
    let end: number = carry.length;
    if (end > 0 && carry[end - 1] === 13) end--;
    line(carry, 0, end, carryIsLineStart);
  }
  close();

  const warnings: ImportWarning[] = [];
  if (!order) {
    if (pending.length > 0 || headerLines > 0) decideByRollover();
    else order = 'dmy';
  }
  flushPending();
  if (orderGuessed && !options.dateOrder) {
    warnings.push({
      code: 'ambiguous-date-order',
      message: `No date in this export has a day above 12, so day-first and month-first both fit; read as ${order === 'dmy' ? 'day/month' : 'month/day'}. If that is wrong, run again with --date-order ${order === 'dmy' ? 'mdy' : 'dmy'}.`,
    });
  }
  if (conflicts > 0) {
    warnings.push({
      code: 'date-conflict',
      message: `${conflicts} line(s) carried a date that does not fit the ${order} order; they were read as continuation text.`,
    });
  }
  if (skippedBefore > 0) {
    warnings.push({
      code: 'skipped-lines',
      message: `${skippedBefore} line(s) before the first timestamp were skipped (not part of any message).`,
    });
  }
  if (headerLines === 0) {
    return fail(
      'not-whatsapp',
      `${entry.name}: no WhatsApp message lines found (is this a WhatsApp export?)`,
    );
  }
  if (!firstIsNotice && EXPORT_CAPS.some((cap) => Math.abs(headerLines - cap) <= cap * 0.005)) {
    warnings.push({
      code: 'possibly-truncated',
      message: `The export holds about ${headerLines} lines, close to the cap WhatsApp is reported to apply to exports; the oldest messages may be missing, so the first date here may not be when the chat began.`,
    });
  }
  const summary: WhatsAppSummary = { participants, lines, warnings, dateOrder: order ?? 'dmy' };
  if (chatName !== undefined) summary.chatName = chatName;
  if (selfName !== undefined) summary.selfName = selfName;
  return ok(summary);
}
