/**
 * Messenger and Instagram "Download your information" JSON (research/chat-formats.md §1.3).
 * One thread is split over message_1.json, message_2.json …, each newest-first, every string
 * double-encoded (UTF-8 bytes as latin-1 code units). Each file is streamed; messages are kept
 * compactly and emitted oldest-first once all files are read. The end-to-end encrypted
 * ("secure storage") export, one camelCase file per thread, is read by the same code.
 */
import type { ChatMessage } from '../../domain/chats/message.js';
import { fail, ok, type Result } from '../../domain/result.js';
import type {
  ChatFormat,
  ExportEntry,
  ImportOptions,
  ImportResult,
  ParseSummary,
} from '../types.js';
import {
  conversationNotFound,
  selectorMatches,
  severalConversations,
  skipOtherConversation,
} from '../shared/conversations.js';
import { baseName, dirName } from '../shared/chunks.js';
import { createEscapeFolder } from '../shared/escape-folding.js';
import { streamJson, type JsonValue } from '../shared/json-stream.js';
import { repairMojibake } from '../shared/mojibake.js';
import { createTally, type Tally } from '../shared/tally.js';
import { measureText } from '../shared/text-stats.js';
import { createTimeOrderBuffer } from '../shared/time-order.js';

const MESSAGE_FILE = /(?:^|[/\\])message_(\d+)\.json$/i;

type JsonObject = { [key: string]: JsonValue };

/**
 * Groups the entries into threads, each thread's files oldest file first (message_1.json holds
 * the newest messages): the message_N.json files of each folder, or else each JSON file (the
 * secure-storage export writes one file per thread).
 */
export function groupThreads(
  entries: readonly ExportEntry[],
  label: string,
): Result<ExportEntry[][]> {
  const numbered = entries
    .map((entry) => ({ entry, match: MESSAGE_FILE.exec(entry.name) }))
    .filter((x): x is { entry: ExportEntry; match: RegExpExecArray } => x.match !== null);
  if (numbered.length > 0) {
    const byFolder = new Map<string, Array<{ entry: ExportEntry; match: RegExpExecArray }>>();
    for (const x of numbered) {
      const folder = dirName(x.entry.name);
      const list = byFolder.get(folder);
      if (list) list.push(x);
      else byFolder.set(folder, [x]);
    }
    return ok(
      [...byFolder.values()].map((files) =>
        files.sort((a, b) => Number(b.match[1]) - Number(a.match[1])).map((x) => x.entry),
      ),
    );
  }
  const json = entries.filter((e) => e.name.toLowerCase().endsWith('.json'));
  if (json.length > 0) return ok(json.map((e) => [e]));
  return fail('no-messages-file', `No ${label} message file (message_1.json) found in this export`);
}

/** A thread's folder or file name, without Meta's numeric id ("samsanchez_10158…" → "samsanchez"). */
function threadSlug(files: readonly ExportEntry[]): string {
  const first = files[0];
  if (!first) return '';
  const name = MESSAGE_FILE.test(first.name)
    ? baseName(dirName(first.name))
    : baseName(first.name).replace(/\.json$/i, '');
  return name.replace(/_\d+$/, '') || name;
}

/** Meta folder names drop spaces and punctuation: "Sam Lee" is the thread "samlee_123…". */
const compact = (name: string): string =>
  name
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]/gu, '');

type ThreadSurvey = { title: string | undefined; slug: string; messages: number };

/**
 * Reads every thread once for its title and number of message records (nothing else is kept),
 * to find the chosen one and to account for the others.
 */
async function surveyThreads(
  threads: readonly ExportEntry[][],
  options: ImportOptions,
): Promise<Result<ThreadSurvey[]>> {
  const surveys: ThreadSurvey[] = [];
  let offset = 0;
  for (const files of threads) {
    const survey: ThreadSurvey = { title: undefined, slug: threadSlug(files), messages: 0 };
    for (const entry of files) {
      const read = await streamJson(entry, {
        paths: ['$.messages.*', '$.title', '$.threadName'],
        transform: createEscapeFolder(),
        offset,
        ...(options.onProgress ? { onProgress: options.onProgress } : {}),
        onValue: (value, path) => {
          if (path[0] === 'messages') survey.messages++;
          else if (typeof value === 'string') survey.title ??= repairMojibake(value);
        },
      });
      if (!read.ok) return read;
      offset += read.value.bytes;
    }
    surveys.push(survey);
  }
  return ok(surveys);
}

/**
 * Picks the thread to read: the only one, or the one options.conversation names (by title or
 * folder name). Returns the number of message records in the other threads, to be counted as
 * skipped.
 */
async function selectThread(
  entries: readonly ExportEntry[],
  label: string,
  options: ImportOptions,
): Promise<ImportResult<{ files: ExportEntry[]; others: number; othersAt: string }>> {
  const threads = groupThreads(entries, label);
  if (!threads.ok) return threads;
  const only = threads.value.length === 1 ? threads.value[0] : undefined;
  if (only) return ok({ files: only, others: 0, othersAt: '' });
  const surveyed = await surveyThreads(threads.value, options);
  if (!surveyed.ok) return surveyed;
  const surveys = surveyed.value;
  const selector = options.conversation?.trim() || undefined;
  const index =
    selector === undefined
      ? -1
      : surveys.findIndex(
          (t) =>
            selectorMatches(selector, [t.title, t.slug]) ||
            (compact(selector) !== '' && compact(selector) === compact(t.slug)),
        );
  const chosen = threads.value[index];
  if (chosen) {
    const others = surveys.reduce((n, t, i) => (i === index ? n : n + t.messages), 0);
    const firstOther = threads.value.find((_, i) => i !== index)?.[0]?.name ?? '';
    return ok({ files: chosen, others, othersAt: firstOther });
  }
  const list = surveys
    .map((t) => ({ name: t.title ?? t.slug, messages: t.messages }))
    .sort((a, b) => b.messages - a.messages);
  return selector === undefined
    ? severalConversations(`This ${label} export`, list)
    : conversationNotFound(`This ${label} export`, selector, list);
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
): Promise<ImportResult<ParseSummary & { chatName?: string }>> {
  const label = format === 'instagram' ? 'Instagram' : 'Messenger';
  const files = await selectThread(entries, label, options);
  if (!files.ok) return files;

  const tally = createTally();
  const buffer = createTimeOrderBuffer();
  const declared: string[] = [];
  let title: string | undefined;
  let offset = 0;

  for (const [group, entry] of files.value.files.entries()) {
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
  for (let i = 0; i < files.value.others; i++) skipOtherConversation(tally, files.value.othersAt);
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
