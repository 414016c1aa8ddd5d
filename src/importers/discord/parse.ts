/**
 * DiscordChatExporter JSON (research/chat-formats.md §1.4): one channel or DM per file, split
 * into "… [part N].json" files with --partition. Messages are streamed from `messages[]` in
 * file order (DCE writes them oldest-first). `Default` and `Reply` are messages; every other
 * type (calls, pins, joins, thread events) is a system event.
 */
import type { ChatMessage } from '../../domain/chats/message.js';
import { fail, ok } from '../../domain/result.js';
import type { ExportEntry, ImportOptions, ImportResult, ParseSummary } from '../types.js';
import {
  conversationNotFound,
  createConversationCounter,
  selectorMatches,
  severalConversations,
  skipOtherConversation,
} from '../shared/conversations.js';
import { parseIsoWithOffset } from '../shared/iso-time.js';
import { streamJson, type JsonValue } from '../shared/json-stream.js';
import { createTally } from '../shared/tally.js';
import { measureText } from '../shared/text-stats.js';

type JsonObject = { [key: string]: JsonValue };

const USER_TYPES = new Set(['Default', 'Reply']);
const PART = /\[part (\d+)\]\.json$/i;

function isObject(value: JsonValue | undefined): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function nonEmptyArray(value: JsonValue | undefined): boolean {
  return Array.isArray(value) && value.length > 0;
}

function partNumber(name: string): number {
  const m = PART.exec(name);
  return m ? Number(m[1]) : 1;
}

/**
 * Parses one channel's export (all its parts).
 *
 * @example
 * const result = await parseDiscordExport([entry], { timeZone: 'UTC', keepText: false }, emit);
 */
export async function parseDiscordExport(
  entries: readonly ExportEntry[],
  options: ImportOptions,
  emit: (message: ChatMessage) => void,
): Promise<ImportResult<ParseSummary & { chatName?: string }>> {
  const files = entries
    .filter((e) => e.name.toLowerCase().endsWith('.json'))
    .sort((a, b) => partNumber(a.name) - partNumber(b.name) || a.name.localeCompare(b.name));
  if (files.length === 0)
    return fail('no-json', 'No DiscordChatExporter .json file found in this export');

  const tally = createTally();
  /** Author id → the name shown for them, fixed at first sight so renames don't split a person. */
  const names = new Map<string, string>();
  // Files of several channels: only the chosen channel's messages are read (without a choice,
  // the first channel's, and the export is refused at the end if there were others).
  const selector = options.conversation?.trim() || undefined;
  const channels = createConversationCounter();
  let chosenId: string | undefined;
  let chosenName: string | undefined;
  let lastTime = -Infinity;
  let backwards = 0;
  let offset = 0;

  for (const entry of files) {
    let recognised = false;
    let index = 0;
    let channel: { id: string; name: string } | undefined;
    const read = await streamJson(entry, {
      paths: ['$.channel', '$.guild', '$.messages.*'],
      offset,
      ...(options.onProgress ? { onProgress: options.onProgress } : {}),
      onValue: (value, path) => {
        if (path[0] === 'guild') {
          recognised = true;
          return;
        }
        if (path[0] === 'channel') {
          recognised = true;
          if (!isObject(value)) return;
          const id = typeof value.id === 'string' ? value.id : '';
          const name = typeof value.name === 'string' ? value.name : id;
          channel = { id, name };
          if (
            chosenId === undefined &&
            (selector === undefined || selectorMatches(selector, [name, id]))
          ) {
            chosenId = id;
            chosenName = name;
          }
          return;
        }
        if (path[0] !== 'messages' || path.length !== 2) return;
        index++;
        const where = `message ${index} of ${entry.name}`;
        if (!recognised) {
          return {
            code: 'not-this-format',
            message: `${entry.name}: messages without "guild" or "channel"; this is not a DiscordChatExporter JSON file`,
          };
        }
        const key = channel?.id ?? '';
        channels.add(key, channel?.name ?? entry.name);
        if (chosenId === undefined || key !== chosenId) {
          skipOtherConversation(tally, where);
          return;
        }
        if (!isObject(value)) {
          tally.skip('bad-record', 'not a message object', where);
          return;
        }
        const type = typeof value.type === 'string' ? value.type : 'Default';
        if (!USER_TYPES.has(type)) {
          tally.system();
          return;
        }
        const author = value.author;
        const id = isObject(author) && typeof author.id === 'string' ? author.id : undefined;
        if (!isObject(author) || id === undefined) {
          tally.skip('no-author', 'a message with no author', where);
          return;
        }
        const time =
          typeof value.timestamp === 'string' ? parseIsoWithOffset(value.timestamp) : undefined;
        if (time === undefined) {
          tally.skip('no-time', 'a message with no valid timestamp', where);
          return;
        }
        let name = names.get(id);
        if (name === undefined) {
          const nickname = typeof author.nickname === 'string' ? author.nickname.trim() : '';
          const username = typeof author.name === 'string' ? author.name.trim() : '';
          name = nickname || username || id;
          names.set(id, name);
        }
        const content = typeof value.content === 'string' ? value.content : '';
        const kind: ChatMessage['kind'] =
          content !== ''
            ? 'text'
            : nonEmptyArray(value.attachments) || nonEmptyArray(value.stickers)
              ? 'media'
              : 'other';
        const stats = measureText(content);
        const message: ChatMessage = {
          time,
          author: name,
          length: stats.length,
          words: stats.words,
          kind,
        };
        if (options.keepText && content !== '') message.text = content;
        if (time < lastTime) backwards++;
        lastTime = Math.max(lastTime, time);
        tally.message();
        tally.participant(name);
        emit(message);
      },
    });
    if (!read.ok) return read;
    if (!recognised) {
      return fail(
        'not-this-format',
        `${entry.name}: no "guild" or "channel" found; this is not a DiscordChatExporter JSON file`,
      );
    }
    offset += read.value.bytes;
  }
  if (selector !== undefined && chosenId === undefined)
    return conversationNotFound('This Discord export', selector, channels.list());
  if (selector === undefined && channels.size() > 1)
    return severalConversations('This Discord export', channels.list());
  if (backwards > 0) {
    tally.warn(
      'out-of-order',
      `${backwards} messages are earlier than the message before them; check that all parts of the export are present`,
    );
  }
  // A DM channel is named after the other person: a hint for who is who.
  return ok({ ...tally.summary(), ...(chosenName ? { chatName: chosenName } : {}) });
}
