/**
 * Messenger and Instagram "Download your information" JSON (research/chat-formats.md §1.3).
 * One thread is split over message_1.json, message_2.json …, each newest-first, every string
 * double-encoded (UTF-8 bytes as latin-1 code units). Each file is streamed; messages are kept
 * compactly and emitted oldest-first once all files are read. The end-to-end encrypted
 * ("secure storage") export, one camelCase file per thread, is read by the same code.
 */
import type { ChatMessage } from '../../domain/chats/message.js';
import { fail, ok, type Result } from '../../domain/result.js';
import type { ChatFormat, ExportEntry, ImportOptions, ParseSummary } from '../types.js';
import { baseName, dirName } from '../shared/chunks.js';
import { createEscapeFolder } from '../shared/escape-folding.js';
import { streamJson, type JsonValue } from '../shared/json-stream.js';
import { repairMojibake } from '../shared/mojibake.js';
import { createTally, type Tally } from '../shared/tally.js';
import { measureText } from '../shared/text-stats.js';
import { createTimeOrderBuffer } from '../shared/time-order.js';

const MESSAGE_FILE = /(?:^|[/\\])message_(\d+)\.json$/i;

type JsonObject = { [key: string]: JsonValue };

/** Picks the files of one thread, oldest file first (message_1.json holds the newest messages). */
export function selectThreadFiles(
  entries: readonly ExportEntry[],
  label: string,
): Result<ExportEntry[]> {
  const numbered = entries
    .map((entry) => ({ entry, match: MESSAGE_FILE.exec(entry.name) }))
    .filter((x): x is { entry: ExportEntry; match: RegExpExecArray } => x.match !== null);
  if (numbered.length > 0) {
    const folders = [...new Set(numbered.map((x) => dirName(x.entry.name)))];
    if (folders.length > 1) {
      const shown = folders.slice(0, 3).map((f) => baseName(f) || '(top level)');
      return fail(
        'several-threads',
        `This ${label} export holds ${folders.length} conversations (${shown.join(', ')}${folders.length > 3 ? ', …' : ''}); import the folder of the one with your partner`,
      );
    }
    return ok(numbered.sort((a, b) => Number(b.match[1]) - Number(a.match[1])).map((x) => x.entry));
  }
  const json = entries.filter((e) => e.name.toLowerCase().endsWith('.json'));
  if (json.length === 1) return ok(json);
  if (json.length > 1) {
    return fail(
      'several-threads',
      `This ${label} export holds ${json.length} JSON files; import the one file of the conversation with your partner`,
    );
  }
  return fail('no-messages-file', `No ${label} message file (message_1.json) found in this export`);
}

/**
 * Parses one thread.
 *
 * @example
 * const result = await parseMetaExport('messenger', entries, { timeZone: 'UTC', keepText: false }, emit);
 */
export async function parseMetaExport(
  format: Extract<ChatFormat, 'messenger' | 'instagram'>,
  entries: readonly ExportEntry[],
  options: ImportOptions,
  emit: (message: ChatMessage) => void,
): Promise<Result<ParseSummary & { chatName?: string }>> {
  const label = format === 'instagram' ? 'Instagram' : 'Messenger';
  const files = selectThreadFiles(entries, label);
  if (!files.ok) return files;

  const tally = createTally();
  const buffer = createTimeOrderBuffer();
  const declared: string[] = [];
  let title: string | undefined;
  let offset = 0;

  for (const [group, entry] of files.value.entries()) {
    let recognised = false;
    let index = 0;
    const read = await streamJson(entry, {
      paths: ['$.messages.*', '$.participants', '$.title', '$.threadName', '$.thread_path'],
      transform: createEscapeFolder(),
      offset,
      ...(options.onProgress ? { onProgress: options.onProgress } : {}),
      onValue: (value, path) => {
        recognised = true;
        if (path[0] === 'participants') {
          for (const name of participantNames(value)) {
            if (!declared.includes(name)) declared.push(name);
          }
          return;
        }
        if ((path[0] === 'title' || path[0] === 'threadName') && typeof value === 'string') {
          title ??= repairMojibake(value);
          return;
        }
        if (path[0] !== 'messages' || path.length !== 2) return;
        index++;
        const where = `message ${index} of ${entry.name}`;
        const message = toMessage(value, options, tally, where);
        // Files are newest-first: a later position in the file is an earlier message.
        if (message) buffer.push(message, group, -index);
      },
    });
    if (!read.ok) return read;
    if (!recognised) {
      return fail(
        'not-this-format',
        `${entry.name}: no "messages" or "participants" found; this is not a ${label} message file`,
      );
    }
    offset += read.value.bytes;
  }

  buffer.drain((message) => {
    tally.participant(message.author);
    emit(message);
  });
  for (const name of declared) tally.participant(name);
  // In a one-to-one thread the title is the other person's name: a hint for who is who.
  return ok({ ...tally.summary(), ...(title === undefined ? {} : { chatName: title }) });
}

function participantNames(value: JsonValue): string[] {
  if (!Array.isArray(value)) return [];
  const names: string[] = [];
  for (const p of value) {
    if (typeof p === 'string') names.push(repairMojibake(p));
    else if (isObject(p) && typeof p.name === 'string') names.push(repairMojibake(p.name));
  }
  return names;
}

function isObject(value: JsonValue | undefined): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const MEDIA_KEYS = ['photos', 'videos', 'gifs', 'audio_files', 'files', 'sticker', 'media'];
const SYSTEM_TYPES = new Set(['Call', 'Subscribe', 'Unsubscribe']);

/** Action texts Meta writes as `content` (English exports; other languages pass as text). */
const FIXED_ACTIONS = new Set([
  'liked a message',
  'you are now connected on messenger',
  'audio call ended',
  'video call ended',
  'video chat ended',
  'call ended',
]);
const REACTION = /^reacted .{1,16} to (?:your|a) message\s*$/i;
const CALL_ACTION =
  /^(?:missed|started|joined|ended) (?:an? |the )?(?:audio |video |group )?(?:call|chat)\b/i;
const GROUP_ACTION =
  /^(?:named the group|changed the group|set the nickname|set your nickname|set (?:his|her|their) own nickname|added .+ to the group|removed .+ from the group|left the group)/i;
const ATTACHMENT_ACTION =
  /^sent (?:an? )?(?:attachment|photo|video|voice message|gif|sticker)\.?$/i;

function toMessage(
  value: JsonValue,
  options: ImportOptions,
  tally: Tally,
  where: string,
): ChatMessage | undefined {
  if (!isObject(value)) {
    tally.skip('bad-record', 'not a message object', where);
    return undefined;
  }
  const rawSender = value.sender_name ?? value.senderName;
  if (typeof rawSender !== 'string' || rawSender.trim() === '') {
    tally.skip('no-sender', 'a message with no sender name', where);
    return undefined;
  }
  const rawTime = value.timestamp_ms ?? value.timestamp;
  if (typeof rawTime !== 'number' || !Number.isFinite(rawTime) || rawTime <= 0) {
    tally.skip('no-time', 'a message with no valid timestamp', where);
    return undefined;
  }
  // The secure-storage export is documented in ms; guard against a seconds value all the same.
  const time = rawTime < 1e11 ? rawTime * 1000 : rawTime;
  const author = repairMojibake(rawSender);
  const rawContent = value.content ?? value.text;
  const content = typeof rawContent === 'string' ? repairMojibake(rawContent) : '';

  if (isSystem(value, content, author)) {
    tally.system();
    return undefined;
  }
  tally.message();

  const unsent = value.is_unsent === true || value.isUnsent === true;
  const hasMedia = MEDIA_KEYS.some((key) => {
    const v = value[key];
    return Array.isArray(v) ? v.length > 0 : isObject(v);
  });
  const hasShare = isObject(value.share);
  const afterName = stripActor(content, author);
  const attachmentAction = afterName !== undefined && ATTACHMENT_ACTION.test(afterName);

  let kind: ChatMessage['kind'];
  let text = content;
  if (unsent) {
    kind = 'deleted';
    text = '';
  } else if (attachmentAction || (content === '' && (hasMedia || hasShare))) {
    kind = 'media';
    text = '';
  } else if (content !== '') {
    kind = 'text';
  } else {
    kind = 'other';
  }
  const stats = measureText(text);
  const message: ChatMessage = { time, author, length: stats.length, words: stats.words, kind };
  if (options.keepText && text !== '') message.text = text;
  return message;
}

function isSystem(value: JsonObject, content: string, author: string): boolean {
  if (typeof value.type === 'string' && SYSTEM_TYPES.has(value.type)) return true;
  if (typeof value.call_duration === 'number') return true;
  if (content === '') return false;
  if (FIXED_ACTIONS.has(content.trim().toLowerCase())) return true;
  if (REACTION.test(content)) return true;
  const afterName = stripActor(content, author);
  return afterName !== undefined && (CALL_ACTION.test(afterName) || GROUP_ACTION.test(afterName));
}

/**
 * Action texts start with the actor's name, first name or "You" ("Sam missed a call."). Returns
 * the rest, or undefined when the text does not start that way, so ordinary messages such as
 * "I missed a call from work" stay messages.
 */
function stripActor(content: string, author: string): string | undefined {
  const first = author.split(/\s+/)[0] ?? author;
  for (const actor of [author, first, 'You']) {
    if (actor !== '' && content.startsWith(`${actor} `)) return content.slice(actor.length + 1);
  }
  return undefined;
}
