/**
 * LINE "Send chat history" text (research/chat-formats.md §1.8): a header, date header lines,
 * then `HH:MM<TAB>Sender<TAB>Text` lines. Multi-line messages are wrapped in double quotes in
 * newer exports and are bare continuation lines in older ones; lines with an empty sender are
 * system events. Times are the phone's wall clock with no zone: read in options.timeZone.
 */
import type { ChatMessage } from '../../domain/chats/message.js';
import { fail, ok, type Result } from '../../domain/result.js';
import type { ExportEntry, ImportOptions, ParseSummary } from '../types.js';
import { forEachLine } from '../shared/lines.js';
import { createTally } from '../shared/tally.js';
import { measureText } from '../shared/text-stats.js';
import { wallClockToUtc } from '../wall-clock.js';
import { singleTextFile } from '../shared/single-text-file.js';

type Day = { y: number; m: number; d: number };

const DATE_YMD = /^(\d{4})[./-](\d{1,2})[./-](\d{1,2})(?:\s*\([^)]{1,16}\)|\s+\p{L}{1,16})?\s*$/u;
const DATE_US = /^(?:\p{L}{2,12}\.?,?\s+)?(\d{1,2})\/(\d{1,2})\/(\d{4})(?:\s*\([^)]{1,16}\))?\s*$/u;
/** Time, optional 12-hour marker (before the time in CJK locales, after it in English), sender, text. */
const MESSAGE =
  /^(?:(午前|午後|上午|下午|오전|오후)\s?)?(\d{1,2}):(\d{2})(?:\s?([AaPp])\.?[Mm]\.?)?\t([^\t]*)\t?(.*)$/s;
/** The old layout separated fields with spaces: only recognisable, not readable without a member list. */
const SPACE_LAYOUT = /^(?:\d{1,2}):(\d{2}) \S/;
const PM_MARKERS = new Set(['午後', '下午', '오후']);
const HEADER = /^\[LINE\]\s*(.*)$/;
const CHAT_WITH = /^Chat history with (.+)$/i;

/** Media placeholders LINE writes instead of the file (English and the locales we have seen). */
const MEDIA = new Set([
  'photo',
  'photos',
  'sticker',
  'video',
  'file',
  'voice message',
  'audio',
  'album',
  'location',
  'contact',
  'gif',
  'note',
  '写真',
  'スタンプ',
  '動画',
  'ファイル',
  'ボイスメッセージ',
  '位置情報',
  '連絡先',
  'アルバム',
  '照片',
  '貼圖',
  '贴图',
  '影片',
  '视频',
  '檔案',
  '文件',
  '语音信息',
  '語音訊息',
  'ภาพ',
  'สติกเกอร์',
  'วิดีโอ',
  'ไฟล์',
  '사진',
  '스티커',
  '동영상',
  '파일',
]);
/** Call records are written as messages starting with the phone symbol. */
const CALL = /^☎/;

type Open = {
  time: number;
  author: string;
  lines: string[];
  /** Wrapped in quotes and still waiting for the closing one. */
  quoted: boolean;
  /** Started with a quote that may wrap a multi-line message. */
  wrapped: boolean;
};

/** True when `text` ends with a closing quote: an odd run of quotes at its end. */
function closesQuote(text: string): boolean {
  let n = 0;
  for (let i = text.length - 1; i >= 0 && text[i] === '"'; i--) n++;
  return n % 2 === 1;
}

function hour24(hour: number, marker: string | undefined, ampm: string | undefined): number {
  const pm = (marker !== undefined && PM_MARKERS.has(marker)) || ampm === 'p' || ampm === 'P';
  const am = (marker !== undefined && !PM_MARKERS.has(marker)) || ampm === 'a' || ampm === 'A';
  if (pm) return hour === 12 ? 12 : hour + 12;
  if (am) return hour === 12 ? 0 : hour;
  return hour;
}

/**
 * Parses one LINE chat history file.
 *
 * @example
 * const result = await parseLineExport([entry], { timeZone: 'Asia/Tokyo', keepText: false }, emit);
 */
export async function parseLineExport(
  entries: readonly ExportEntry[],
  options: ImportOptions,
  emit: (message: ChatMessage) => void,
): Promise<Result<ParseSummary & { chatName?: string }>> {
  const chosen = singleTextFile(entries, {
    missing: 'No LINE chat history (.txt) found in this export',
    several: (n) => `This export holds ${n} text files; import the one LINE chat history`,
  });
  if (!chosen.ok) return chosen;
  const entry = chosen.value;
  const tally = createTally();
  let chatName: string | undefined;
  let day: Day | undefined;
  let open: Open | undefined;
  /** Continuation lines of a message that was itself skipped are skipped too. */
  let skippingContinuations = false;
  let blanks = 0;
  let spaceLayoutLines = 0;

  const finish = () => {
    if (!open) return;
    let text = open.lines.join('\n');
    // LINE wraps only multi-line messages, and always closes the quote: a single line that
    // starts with a quote, or a quote never closed, is the person's own text.
    if (open.wrapped && !open.quoted && open.lines.length > 1) {
      text = text.slice(1, -1).replaceAll('""', '"');
    }
    const trimmed = text.trim();
    const bracket = /^\[(.{1,24})\]$/.exec(trimmed);
    const kind: ChatMessage['kind'] =
      bracket && MEDIA.has((bracket[1] ?? '').toLowerCase())
        ? 'media'
        : trimmed === ''
          ? 'other'
          : 'text';
    const kept = kind === 'media' ? '' : text;
    const stats = measureText(kept);
    const message: ChatMessage = {
      time: open.time,
      author: open.author,
      length: stats.length,
      words: stats.words,
      kind,
    };
    if (options.keepText && kept !== '') message.text = kept;
    tally.participant(open.author);
    emit(message);
    open = undefined;
  };

  /** Blank lines seen since the last line are separators unless a continuation follows. */
  const settleBlanks = (asContinuation: boolean) => {
    if (blanks === 0) return;
    if (asContinuation && open) {
      for (let i = 0; i < blanks; i++) open.lines.push('');
      tally.continuation(blanks);
    } else if (asContinuation && skippingContinuations) {
      for (let i = 0; i < blanks; i++)
        tally.skip('orphan-continuation', 'a continuation of a skipped message', `${entry.name}`);
    } else {
      tally.system(blanks);
    }
    blanks = 0;
  };

  const read = await forEachLine(
    entry,
    (line, n) => {
      const where = `line ${n} of ${entry.name}`;
      if (open?.quoted) {
        // Inside a quoted multi-line message, everything is text until the closing quote, except
        // a line that is plainly a new message or day (an unclosed quote must not eat the file).
        if (!MESSAGE.test(line) && !DATE_YMD.test(line) && !DATE_US.test(line)) {
          open.lines.push(line);
          tally.continuation();
          if (closesQuote(line)) open.quoted = false;
          return;
        }
      }
      if (line.trim() === '') {
        blanks++;
        return;
      }
      const ymd = DATE_YMD.exec(line);
      const us = ymd ? null : DATE_US.exec(line);
      if (ymd || us) {
        settleBlanks(false);
        finish();
        skippingContinuations = false;
        day = ymd
          ? { y: Number(ymd[1]), m: Number(ymd[2]), d: Number(ymd[3]) }
          : { y: Number(us?.[3]), m: Number(us?.[1]), d: Number(us?.[2]) };
        tally.system();
        return;
      }
      const m = MESSAGE.exec(line);
      if (m) {
        settleBlanks(false);
        finish();
        skippingContinuations = false;
        const hour = hour24(Number(m[2]), m[1], m[4]);
        const minute = Number(m[3]);
        const sender = (m[5] ?? '').trim();
        const text = m[6] ?? '';
        if (sender === '' || CALL.test(text)) {
          tally.system();
          return;
        }
        if (!day) {
          tally.skip('no-date', 'a message before any date line', where);
          skippingContinuations = true;
          return;
        }
        if (hour > 29 || minute > 59) {
          tally.skip('bad-time', 'a message with an impossible time', where);
          skippingContinuations = true;
          return;
        }
        tally.message();
        const wrapped = text.startsWith('"') && !(text.length > 1 && closesQuote(text.slice(1)));
        open = {
          time: wallClockToUtc(day.y, day.m, day.d, hour, minute, 0, options.timeZone),
          author: sender,
          lines: [text],
          quoted: wrapped,
          wrapped,
        };
        return;
      }
      if (open) {
        settleBlanks(true);
        open.lines.push(line);
        tally.continuation();
        return;
      }
      if (skippingContinuations) {
        settleBlanks(true);
        tally.skip('orphan-continuation', 'a continuation of a skipped message', where);
        return;
      }
      settleBlanks(false);
      if (!day) {
        // The preamble: "[LINE] Chat history with Sam", "Saved on: …".
        const header = HEADER.exec(line);
        if (header) chatName = CHAT_WITH.exec((header[1] ?? '').trim())?.[1]?.trim() ?? chatName;
        tally.system();
        return;
      }
      if (SPACE_LAYOUT.test(line)) spaceLayoutLines++;
      tally.skip('unrecognised', 'a line that is not a LINE message, date or continuation', where);
    },
    options.onProgress ? { onProgress: options.onProgress } : {},
  );
  if (!read.ok) return read;
  settleBlanks(false);
  finish();
  if (tally.counts.message === 0 && spaceLayoutLines > 0) {
    return fail(
      'old-line-layout',
      `${entry.name}: this LINE export uses the old layout with spaces between time, name and text, which closer cannot split reliably; export the chat again from a current LINE app`,
    );
  }
  if (tally.counts.message === 0 && day === undefined) {
    return fail(
      'not-this-format',
      `${entry.name}: no LINE date lines or messages found; this is not a LINE chat history, or it is empty`,
    );
  }
  const summary = tally.summary();
  return ok(chatName === undefined ? summary : { ...summary, chatName });
}
