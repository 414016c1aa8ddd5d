/**
 * Signal via signal-export (`sigexport`, research/chat-formats.md §1.5): each chat is a folder
 * with `data.json`, which is JSON Lines (one message object per line). Chosen over the
 * markdown and over signalbackup-tools' text because every field is explicit there.
 *
 * Pitfalls handled: `date` is the exporting computer's wall clock (read in options.timeZone);
 * every body carries two appended spaces (removed); the user is "Me"; call rows are events,
 * not messages; re-exporting into the same folder appends the whole chat again, so repeated
 * records are skipped as duplicates.
 */
import type { ChatMessage } from '../../domain/chats/message.js';
import { fail, ok, type Result } from '../../domain/result.js';
import type { ExportEntry, ImportOptions, ImportResult, ParseSummary } from '../types.js';
import { baseName, dirName } from '../shared/chunks.js';
import { parseLocalIso } from '../shared/iso-time.js';
import { forEachLine } from '../shared/lines.js';
import {
  conversationNotFound,
  createConversationCounter,
  selectorMatches,
  severalConversations,
  skipOtherConversation,
  type ConversationCount,
} from '../shared/conversations.js';
import { createTally } from '../shared/tally.js';
import { measureText } from '../shared/text-stats.js';

/** The name signal-export gives the user. */
export const ME = 'Me';

type JsonObject = Record<string, unknown>;

function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A 32-bit FNV-1a hash: enough to recognise a repeated body without keeping the text. */
function hash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}

/** The chats' data.json files (or the .json/.jsonl files when there is no data.json). */
function chatFiles(entries: readonly ExportEntry[]): ExportEntry[] {
  const data = entries.filter((e) => baseName(e.name).toLowerCase() === 'data.json');
  return data.length > 0 ? data : entries.filter((e) => /\.(jsonl|ndjson|json)$/i.test(e.name));
}

/** signal-export names each chat's folder after the contact or group. */
const chatNameOf = (entry: ExportEntry): string => baseName(dirName(entry.name)) || entry.name;

/** Message lines per chat, for listing the chats of an export (nothing else is read). */
async function countChats(files: readonly ExportEntry[]): Promise<Result<ConversationCount[]>> {
  const counter = createConversationCounter();
  for (const [index, file] of files.entries()) {
    const read = await forEachLine(file, (line) => {
      if (line.trim() !== '') counter.add(String(index), chatNameOf(file));
    });
    if (!read.ok) return read;
  }
  return ok(counter.list());
}

/**
 * Picks the chat to read: the only one, or the one named by options.conversation. The other
 * chats' files are returned so that their lines can be counted as skipped.
 */
async function selectChat(
  entries: readonly ExportEntry[],
  options: ImportOptions,
): Promise<ImportResult<{ chosen: ExportEntry; others: ExportEntry[] }>> {
  const pool = chatFiles(entries);
  const first = pool[0];
  if (first === undefined)
    return fail('no-chat-file', 'No signal-export data.json found in this export');
  if (pool.length === 1) return ok({ chosen: first, others: [] });
  const selector = options.conversation?.trim() || undefined;
  const chosen =
    selector === undefined
      ? undefined
      : pool.find((e) => selectorMatches(selector, [chatNameOf(e)]));
  if (chosen) return ok({ chosen, others: pool.filter((e) => e !== chosen) });
  const counts = await countChats(pool);
  if (!counts.ok) return counts;
  return selector === undefined
    ? severalConversations('This Signal export', counts.value)
    : conversationNotFound('This Signal export', selector, counts.value);
}

/**
 * Parses one chat's data.json.
 *
 * @example
 * const result = await parseSignalExport([entry], { timeZone: 'Europe/Berlin', keepText: false }, emit);
 */
export async function parseSignalExport(
  entries: readonly ExportEntry[],
  options: ImportOptions,
  emit: (message: ChatMessage) => void,
): Promise<ImportResult<ParseSummary & { selfName?: string; chatName?: string }>> {
  const selected = await selectChat(entries, options);
  if (!selected.ok) return selected;
  const entry = selected.value.chosen;
  const tally = createTally();
  const seen = new Set<string>();
  let records = 0;
  let badLines = 0;
  let lastTime = -Infinity;
  let backwards = 0;

  const read = await forEachLine(
    entry,
    (line, n) => {
      const where = `line ${n} of ${entry.name}`;
      if (line.trim() === '') {
        tally.system();
        return;
      }
      let value: unknown;
      try {
        value = JSON.parse(line);
      } catch {
        badLines++;
        tally.skip('bad-line', 'a line that is not a JSON object', where);
        return;
      }
      if (!isObject(value) || typeof value.date !== 'string' || typeof value.sender !== 'string') {
        badLines++;
        tally.skip('bad-line', 'a line that is not a signal-export message', where);
        return;
      }
      records++;
      if (value.call === true || value.missed === true) {
        tally.system();
        return;
      }
      const time = parseLocalIso(value.date, options.timeZone);
      if (time === undefined) {
        tally.skip('no-time', 'a message with no valid date', where);
        return;
      }
      const author = value.sender.trim() || undefined;
      if (author === undefined) {
        tally.skip('no-sender', 'a message with no sender', where);
        return;
      }
      const raw = typeof value.body === 'string' ? value.body : '';
      const body = raw.endsWith('  ') ? raw.slice(0, -2) : raw;
      const key = `${value.date}\u0000${author}\u0000${hash(raw)}`;
      if (seen.has(key)) {
        tally.skip(
          'duplicate',
          'a message repeated by exporting twice into the same folder',
          where,
        );
        return;
      }
      seen.add(key);
      const hasMedia =
        (Array.isArray(value.attachments) && value.attachments.length > 0) ||
        (value.sticker !== null && value.sticker !== undefined && value.sticker !== false);
      const kind: ChatMessage['kind'] =
        value.deleted === true
          ? 'deleted'
          : body.trim() !== ''
            ? 'text'
            : hasMedia
              ? 'media'
              : 'other';
      const kept = kind === 'text' ? body : '';
      const stats = measureText(kept);
      const message: ChatMessage = { time, author, length: stats.length, words: stats.words, kind };
      if (options.keepText && kept !== '') message.text = kept;
      if (time < lastTime) backwards++;
      lastTime = Math.max(lastTime, time);
      tally.message();
      tally.participant(author);
      emit(message);
    },
    options.onProgress ? { onProgress: options.onProgress } : {},
  );
  if (!read.ok) return read;
  if (records === 0) {
    return fail(
      'not-this-format',
      badLines > 0
        ? `${entry.name}: no signal-export messages (one JSON object per line with "date" and "sender") found`
        : `${entry.name}: the file holds no messages`,
    );
  }
  let offset = read.value.bytes;
  for (const other of selected.value.others) {
    const skipped = await forEachLine(
      other,
      (_line, n) => skipOtherConversation(tally, `line ${n} of ${other.name}`),
      options.onProgress ? { offset, onProgress: options.onProgress } : {},
    );
    if (!skipped.ok) return skipped;
    offset += skipped.value.bytes;
  }
  if (backwards > 0) {
    tally.warn('out-of-order', `${backwards} messages are earlier than the message before them`);
  }
  const chatName = baseName(dirName(entry.name));
  return ok({ ...tally.summary(), selfName: ME, ...(chatName === '' ? {} : { chatName }) });
}
