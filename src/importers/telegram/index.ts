/**
 * Telegram Desktop's machine-readable export (`result.json`), streamed with @streamparser/json:
 * only one message object is alive at a time. Both layouts are read: the single-chat export
 * (the root is the chat) and the full-account export (`chats.list[]`, of which the one personal
 * chat is taken). `date_unixtime` (real UTC) is preferred; older exports only have `date`, the
 * exporting computer's wall clock, read in the chosen zone. Service records (calls, pins,
 * joins) are counted as system lines, never as messages.
 */
import { JSONParser } from '@streamparser/json';
import type { ChatMessage, ImportWarning, LineCounts } from '../../domain/chats/message.js';
import { fail, ok } from '../../domain/result.js';
import type { ExportEntry, ImportOptions, ImportResult, Importer, ParseSummary } from '../types.js';
import { SourceError } from '../source.js';
import { wallClockToUtc } from '../wall-clock.js';
import {
  conversationNotFound,
  createConversationCounter,
  selectorMatches,
  severalConversations,
} from '../shared/conversations.js';

export type TelegramSummary = ParseSummary & { chatName?: string; selfName?: string };

type Json = string | number | boolean | null | Json[] | { [key: string]: Json };
type Record_ = { [key: string]: Json };

const MEDIA_KEYS = [
  'photo',
  'file',
  'media_type',
  'sticker_emoji',
  'location_information',
  'contact_information',
  'poll',
];
const LOCAL_DATE = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})$/;

/** The plain text of a `text` field: a string, or an array of strings and `{ type, text }` runs. */
export function telegramText(text: Json | undefined): string {
  if (typeof text === 'string') return text;
  if (!Array.isArray(text)) return '';
  let out = '';
  for (const part of text) {
    if (typeof part === 'string') out += part;
    else if (
      part &&
      typeof part === 'object' &&
      !Array.isArray(part) &&
      typeof part.text === 'string'
    )
      out += part.text;
  }
  return out;
}

function countWords(text: string): number {
  let words = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const space = c === 32 || c === 10 || c === 9 || c === 13 || c === 0xa0;
    if (space) inWord = false;
    else if (!inWord) {
      inWord = true;
      words++;
    }
  }
  return words;
}

function codePoints(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0xdc00 || c > 0xdfff) n++;
  }
  return n;
}

const isRecord = (v: unknown): v is Record_ =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

function pickEntry<T extends { name: string }>(entries: readonly T[]): T | undefined {
  const json = entries.filter((e) => /\.json$/i.test(e.name));
  return (
    json.find((e) => /(^|\/)result\.json$/i.test(e.name)) ??
    json[0] ??
    (entries.length === 1 ? entries[0] : undefined)
  );
}

/**
 * Streams a Telegram export and emits its messages.
 *
 * @example
 * await parseTelegram(entries, { timeZone: 'UTC', keepText: false }, (m) => list.push(m));
 */
export async function parseTelegram(
  entries: readonly ExportEntry[],
  options: ImportOptions,
  emit: (message: ChatMessage) => void,
): Promise<ImportResult<TelegramSummary>> {
  const entry = pickEntry(entries);
  if (!entry) return fail('no-chat', 'no Telegram result.json found in the export');
  const lines: LineCounts = { message: 0, continuation: 0, system: 0, skipped: 0 };
  const participants: string[] = [];
  const known = new Set<string>();
  const skippedWhy = new Map<string, number>();
  const skip = (why: string) => {
    lines.skipped++;
    skippedWhy.set(why, (skippedWhy.get(why) ?? 0) + 1);
  };
  let rootName: string | undefined;
  let rootType: string | undefined;
  let selfFirst: string | undefined;
  let selfLast: string | undefined;
  let sawRoot = false;
  let localDates = 0;
  // Full export: the personal chats seen, and whether we are inside the one we read. Without a
  // chosen conversation the one personal chat is read; with one, the first chat of that name.
  const selector = options.conversation?.trim() || undefined;
  const personalChats: string[] = [];
  const personalCounts = createConversationCounter();
  const allCounts = createConversationCounter();
  let chosenChat = -1;
  let chosenName: string | undefined;
  let chatIndex = -1;
  let chatName: string | undefined;
  let chatType: string | undefined;
  let readingChat = -1;
  let lastMessageChat = -1;

  const handleMessage = (record: Record_) => {
    const type = record.type;
    if (type === 'service') {
      lines.system++;
      return;
    }
    if (type !== 'message') {
      skip(typeof type === 'string' ? `type "${type}"` : 'no type');
      return;
    }
    let time: number | undefined;
    const unix = record.date_unixtime;
    if (typeof unix === 'string' || typeof unix === 'number') {
      const seconds = Number(unix);
      if (Number.isFinite(seconds)) time = seconds * 1000;
    }
    if (time === undefined && typeof record.date === 'string') {
      const m = LOCAL_DATE.exec(record.date);
      if (m) {
        localDates++;
        time = wallClockToUtc(
          Number(m[1]),
          Number(m[2]),
          Number(m[3]),
          Number(m[4]),
          Number(m[5]),
          Number(m[6]),
          options.timeZone,
        );
      }
    }
    if (time === undefined) {
      skip('no readable date');
      return;
    }
    const from = record.from;
    const author = typeof from === 'string' && from.trim() !== '' ? from.trim() : 'Deleted account';
    const text = telegramText(record.text);
    const hasMedia = MEDIA_KEYS.some((k) => record[k] !== undefined);
    const message: ChatMessage = {
      time,
      author,
      length: codePoints(text),
      words: countWords(text),
      kind: text === '' && hasMedia ? 'media' : text === '' ? 'other' : 'text',
    };
    if (options.keepText && text !== '') message.text = text;
    lines.message++;
    if (!known.has(author)) {
      known.add(author);
      participants.push(author);
    }
    emit(message);
  };

  const parser = new JSONParser({
    paths: [
      '$.name',
      '$.type',
      '$.messages.*',
      '$.personal_information.first_name',
      '$.personal_information.last_name',
      '$.chats.list.*.name',
      '$.chats.list.*.type',
      '$.chats.list.*.messages.*',
    ],
    keepStack: false,
  });
  parser.onValue = ({ value, key, stack }) => {
    const depth = stack.length;
    sawRoot = true;
    if (depth === 1) {
      if (key === 'name' && typeof value === 'string') rootName = value;
      else if (key === 'type' && typeof value === 'string') rootType = value;
      return;
    }
    if (depth === 2 && stack[1]?.key === 'messages') {
      if (isRecord(value)) handleMessage(value);
      else skip('not an object');
      return;
    }
    if (depth === 2 && stack[1]?.key === 'personal_information') {
      if (key === 'first_name' && typeof value === 'string') selfFirst = value;
      if (key === 'last_name' && typeof value === 'string') selfLast = value;
      return;
    }
    if (depth === 4 && stack[1]?.key === 'chats') {
      const index = Number(stack[3]?.key);
      if (index !== chatIndex) {
        chatIndex = index;
        chatName = undefined;
        chatType = undefined;
      }
      if (key === 'name') chatName = typeof value === 'string' ? value : undefined;
      if (key === 'type') chatType = typeof value === 'string' ? value : undefined;
      return;
    }
    if (depth === 5 && stack[1]?.key === 'chats') {
      const index = Number(stack[3]?.key);
      const name = chatIndex === index ? (chatName ?? '(no name)') : '(no name)';
      const personal = chatType === 'personal_chat' && chatIndex === index;
      if (index !== lastMessageChat) {
        // The first message of a chat in the list: is it the one to read?
        lastMessageChat = index;
        if (personal) personalChats.push(name);
        const wanted =
          chosenChat === -1 &&
          (selector === undefined ? personal : selectorMatches(selector, [name]));
        if (wanted) {
          chosenChat = index;
          chosenName = name;
        }
        readingChat = chosenChat === index ? index : -1;
      }
      allCounts.add(String(index), name);
      if (personal) personalCounts.add(String(index), name);
      if (readingChat === index && isRecord(value)) handleMessage(value);
      else if (readingChat !== index) skip('another conversation');
    }
  };

  let offset = 0;
  try {
    for await (const chunk of entry.open()) {
      parser.write(chunk);
      offset += chunk.length;
    }
  } catch (error) {
    if (!(error instanceof Error) || error instanceof SourceError) throw error;
    return fail(
      'bad-json',
      `${entry.name}: not valid JSON near byte ${offset} (${error.message.split('\n')[0] ?? ''})`,
    );
  }
  try {
    if (!parser.isEnded) parser.end();
  } catch {
    return fail(
      'truncated-json',
      `${entry.name}: the JSON stops in the middle (cut off?) after ${offset} bytes`,
    );
  }
  if (
    !sawRoot ||
    (rootType === undefined && personalChats.length === 0 && lines.message + lines.system === 0)
  )
    return fail('not-telegram', `${entry.name}: not a Telegram chat export (no messages list)`);
  const fullExport = allCounts.size() > 0;
  if (fullExport && selector !== undefined && chosenChat === -1)
    return conversationNotFound(`${entry.name}: this Telegram export`, selector, allCounts.list());
  if (fullExport && selector === undefined && personalChats.length > 1)
    return severalConversations(`${entry.name}: this Telegram export`, personalCounts.list());

  const warnings: ImportWarning[] = [];
  if (localDates > 0)
    warnings.push({
      code: 'local-dates',
      message: `${localDates} message(s) carry only a local date (older export); read in ${options.timeZone}.`,
    });
  if (lines.skipped > 0)
    warnings.push({
      code: 'skipped-records',
      message: `${lines.skipped} record(s) skipped: ${[...skippedWhy].map(([why, n]) => `${n} × ${why}`).join(', ')}.`,
    });
  const summary: TelegramSummary = { participants, lines, warnings };
  const partnerName = rootType === 'personal_chat' ? rootName : chosenName;
  if (partnerName !== undefined) summary.chatName = partnerName;
  const self = [selfFirst, selfLast].filter(Boolean).join(' ');
  if (self !== '') summary.selfName = self;
  return ok(summary);
}

const MARKERS = [
  /"date_unixtime"\s*:/,
  /"from_id"\s*:/,
  /"text_entities"\s*:/,
  /"type"\s*:\s*"personal_chat"/,
  /"personal_information"\s*:/,
];

export const importer: Importer = {
  format: 'telegram',
  detect(entries) {
    const entry = pickEntry(entries);
    if (!entry || entry.head.length === 0) return 0;
    const head = new TextDecoder().decode(entry.head);
    if (!/^\s*(\ufeff)?\s*\{/.test(head)) return 0;
    const hits = MARKERS.filter((m) => m.test(head)).length;
    if (hits === 0) return 0;
    return Math.min(1, 0.5 + 0.12 * hits + (/result\.json$/i.test(entry.name) ? 0.1 : 0));
  },
  parse: parseTelegram,
};
