/**
 * imessage-exporter's txt output (research/chat-formats.md §1.6), one file per conversation.
 * Each message is a block: a local date line (`May 17, 2022  5:29:42 PM`, hour space-padded,
 * optionally ` (Read by … after …)`), the sender (`Me` for the user), body lines, and a blank
 * line. Tapbacks are listed under "Reactions:" in the block they react to: they are system
 * lines, not messages. Thread replies are printed twice, indented under the message they answer
 * and again in their own place; only the second copy counts.
 */
import type { ChatMessage } from '../../domain/chats/message.js';
import { fail, ok, type Result } from '../../domain/result.js';
import type { ExportEntry, ImportOptions, ParseSummary } from '../types.js';
import { forEachLine } from '../shared/lines.js';
import { createTally } from '../shared/tally.js';
import { measureText } from '../shared/text-stats.js';
import { wallClockToUtc } from '../wall-clock.js';
import { singleTextFile } from '../shared/single-text-file.js';

/** The name imessage-exporter gives the user (unless --custom-name changed it). */
export const ME = 'Me';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
export const DATE_LINE =
  /^( *)(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) {1,2}(\d{1,2}), (\d{4}) {1,2}(\d{1,2}):(\d{2}):(\d{2}) ?([AP]M)(.*)$/s;
const READ_RECEIPT = /^ \(Read by .+ after .+\)$/;
const TAPBACK =
  /^(?:Loved|Liked|Disliked|Laughed|Emphasized|Questioned|Emoji\(.*\)|Sticker from .+:|.{1,12}) by .+$|^Sticker from .+: .+$/;
/** Tapbacks sent from other phones arrive as text: `Loved “see you soon”`. */
const TEXT_TAPBACK = /^(?:Loved|Liked|Disliked|Laughed at|Emphasized|Questioned) “.*”$/s;
const ATTACHMENT =
  /^(?:(?:\/|~\/|[A-Za-z]:\\).+\.[A-Za-z0-9]{1,5}|Attachment missing!|Sticker not found!)$/;
const DELETED =
  /^(?:This message was deleted from the conversation!|You deleted a message\.|They deleted a message\.|.+ deleted a message\.)$/;
const EDITED = /^Edited .+ later: (.*)$/s;
const DECORATION = /^(?:Sent with .+|This message responded to an earlier message\.)$/;

type Block = {
  time: number;
  author: string | undefined;
  text: string[];
  hasMedia: boolean;
  deleted: boolean;
  inReactions: boolean;
};

function toUtc(m: RegExpExecArray, timeZone: string): number | undefined {
  const month = MONTHS.indexOf(m[2] ?? '') + 1;
  const day = Number(m[3]);
  const year = Number(m[4]);
  let hour = Number(m[5]);
  if (hour < 1 || hour > 12 || day < 1 || day > 31) return undefined;
  if (m[8] === 'PM' && hour !== 12) hour += 12;
  if (m[8] === 'AM' && hour === 12) hour = 0;
  return wallClockToUtc(year, month, day, hour, Number(m[6]), Number(m[7]), timeZone);
}

/**
 * Parses one conversation file.
 *
 * @example
 * const result = await parseImessageExport([entry], { timeZone: 'America/New_York', keepText: false }, emit);
 */
export async function parseImessageExport(
  entries: readonly ExportEntry[],
  options: ImportOptions,
  emit: (message: ChatMessage) => void,
): Promise<Result<ParseSummary & { selfName?: string }>> {
  const chosen = singleTextFile(entries, {
    missing: 'No imessage-exporter .txt file found in this export',
    several: (n) =>
      `This export holds ${n} conversations; import the one .txt file of the conversation with your partner`,
  });
  if (!chosen.ok) return chosen;
  const entry = chosen.value;
  const tally = createTally();
  let block: Block | undefined;
  let blanks = 0;
  let inReplyCopy = false;
  let blocksSeen = 0;

  const finish = () => {
    if (!block) return;
    const current = block;
    block = undefined;
    if (current.author === undefined) {
      tally.skip('no-sender', 'a date line with no sender after it', entry.name);
      return;
    }
    const text = current.text.join('\n');
    if (TEXT_TAPBACK.test(text)) {
      tally.system();
      return;
    }
    const kind: ChatMessage['kind'] = current.deleted
      ? 'deleted'
      : text.trim() !== ''
        ? 'text'
        : current.hasMedia
          ? 'media'
          : 'other';
    const kept = kind === 'text' ? text : '';
    const stats = measureText(kept);
    const message: ChatMessage = {
      time: current.time,
      author: current.author,
      length: stats.length,
      words: stats.words,
      kind,
    };
    if (options.keepText && kept !== '') message.text = kept;
    tally.message();
    tally.participant(current.author);
    emit(message);
  };

  const settleBlanks = (asText: boolean) => {
    if (blanks === 0) return;
    if (asText && block?.author !== undefined && !block.inReactions) {
      for (let i = 0; i < blanks; i++) block.text.push('');
      tally.continuation(blanks);
    } else {
      tally.system(blanks);
    }
    blanks = 0;
  };

  const read = await forEachLine(
    entry,
    (line, n) => {
      const where = `line ${n} of ${entry.name}`;
      if (line === '') {
        blanks++;
        return;
      }
      const date = DATE_LINE.exec(line);
      const indent = date?.[1]?.length ?? 0;
      const rest = date?.[9] ?? '';
      const isHeader = date !== null && (rest === '' || READ_RECEIPT.test(rest));

      if (date && indent >= 4 && isHeader) {
        // The start of a reply's indented copy under the message it answers.
        settleBlanks(false);
        inReplyCopy = true;
        tally.skip(
          'reply-copy',
          'a reply repeated under the message it answers (counted once, where it was sent)',
          where,
        );
        return;
      }
      if (inReplyCopy && line.startsWith('    ')) {
        settleBlanks(false);
        tally.skip(
          'reply-copy',
          'a reply repeated under the message it answers (counted once, where it was sent)',
          where,
        );
        return;
      }
      inReplyCopy = false;

      if (date && indent === 0 && isHeader) {
        settleBlanks(false);
        finish();
        const time = toUtc(date, options.timeZone);
        blocksSeen++;
        if (time === undefined) {
          tally.skip('bad-time', 'a message with an impossible date', where);
          return;
        }
        block = {
          time,
          author: undefined,
          text: [],
          hasMedia: false,
          deleted: false,
          inReactions: false,
        };
        return;
      }
      if (date && indent === 0 && (!block || blanks > 0)) {
        // "<date> Sam renamed the conversation to …": an event between messages.
        settleBlanks(false);
        finish();
        blocksSeen++;
        tally.system();
        return;
      }
      if (!block) {
        settleBlanks(false);
        tally.skip('unrecognised', 'a line outside any message', where);
        return;
      }
      if (block.author === undefined) {
        settleBlanks(false);
        block.author = line.trim();
        tally.continuation();
        return;
      }
      settleBlanks(true);
      if (line === 'Reactions:') {
        block.inReactions = true;
        tally.system();
        return;
      }
      if (block.inReactions && TAPBACK.test(line)) {
        tally.system();
        return;
      }
      block.inReactions = false;
      tally.continuation();
      if (DECORATION.test(line)) return;
      if (ATTACHMENT.test(line)) {
        block.hasMedia = true;
        return;
      }
      if (DELETED.test(line)) {
        block.deleted = true;
        return;
      }
      const edited = EDITED.exec(line);
      if (edited) {
        // Later versions replace the text: the message reads as its last edit.
        block.text = [edited[1] ?? ''];
        return;
      }
      // The first version of an edited message is printed after its own timestamp.
      block.text.push(date ? rest.trimStart() : line);
    },
    options.onProgress ? { onProgress: options.onProgress } : {},
  );
  if (!read.ok) return read;
  settleBlanks(false);
  finish();
  if (blocksSeen === 0) {
    return fail(
      'not-this-format',
      `${entry.name}: no message date lines found; this is not an imessage-exporter text file, or it is empty`,
    );
  }
  return ok({ ...tally.summary(), selfName: ME });
}
