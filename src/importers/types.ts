/**
 * The contract every chat-export importer fulfils: bytes in, one normalised message stream out
 * (src/domain/chats/message.ts). Importers are pure parsers: they never touch storage, and they
 * return expected failures as values.
 */
import type { ChatMessage, ImportWarning, LineCounts } from '../domain/chats/message.js';
import type { Problem } from '../domain/result.js';

export const CHAT_FORMATS = [
  'whatsapp',
  'telegram',
  'messenger',
  'instagram',
  'discord',
  'sms-backup',
  'imessage',
  'signal',
  'line',
] as const;
export type ChatFormat = (typeof CHAT_FORMATS)[number];

export type DateOrder = 'dmy' | 'mdy' | 'ymd';

export type ImportOptions = {
  /** IANA zone used to read wall-clock timestamps (e.g. "Europe/Berlin"). */
  timeZone: string;
  /** Forces the day/month order for formats that write dates ambiguously. */
  dateOrder?: DateOrder;
  /** Content mode: pass the message text on. In metadata mode only lengths are passed. */
  keepText: boolean;
  /**
   * The receiver reads each message before the next one is emitted and keeps none of them, so
   * an importer may pass the same object each time, refilled: one allocation fewer per message.
   * Importers are free to ignore it.
   */
  reuseMessages?: boolean;
  /** Called now and then with bytes consumed so far, for a progress bar. */
  onProgress?: (bytesRead: number) => void;
  /**
   * For exports that hold several conversations (a full SMS backup, a Telegram account export,
   * a Messenger download, several Signal chats or Discord channels): the one to read, by its
   * title, contact name, address or phone number, compared case-insensitively (phone numbers by
   * their digits). Only its messages are emitted; every record of another conversation is
   * counted as skipped. Without it, an export of several conversations is refused with
   * `several-conversations`. Formats that hold one conversation ignore it.
   */
  conversation?: string;
};

/**
 * A failure that may list the conversations found in the export (codes `several-conversations`
 * and `conversation-not-found`), busiest first, or the people of a group chat (code
 * `group-chat`), so adapters can offer them as choices.
 */
export type ImportFailure = Problem & { conversations?: string[]; participants?: string[] };

/** Like Result, with failures that may list conversations. */
export type ImportResult<T> = { ok: true; value: T } | { ok: false; error: ImportFailure };

export type EntryOpenOptions = {
  /**
   * The caller copies whatever it keeps of a chunk before it asks for the next one, so the source
   * may read the next chunks into the same memory: no new memory per chunk, none of it left
   * waiting for the garbage collector, and memory stays flat however long the export. Sources
   * are free to ignore it.
   */
  reuseBuffers?: boolean;
};

/**
 * One export: a single file, or the entries of a zip / folder (Messenger's message_1.json,
 * message_2.json …). Each entry is streamed; nothing requires the whole file in memory.
 */
export type ExportEntry = {
  /** Path inside the export (or the file name for a single file). */
  name: string;
  size: number;
  /** A fresh stream of the entry's bytes each time it is called. */
  open: (options?: EntryOpenOptions) => AsyncIterable<Uint8Array>;
};

export type ParseSummary = {
  /** Participants as the export names them, in order of first appearance. */
  participants: string[];
  lines: LineCounts;
  warnings: ImportWarning[];
};

export type Importer = {
  format: ChatFormat;
  /**
   * How likely it is that these entries are this format, from names and the first bytes of
   * each entry (at most 64 KiB): 0 = certainly not, 1 = certainly.
   */
  detect: (entries: ReadonlyArray<{ name: string; head: Uint8Array }>) => number;
  /**
   * Streams the entries, calling `emit` once per message in the export's order (importers of
   * multi-file exports merge them in time order). Bad input is a value, never a throw.
   */
  parse: (
    entries: readonly ExportEntry[],
    options: ImportOptions,
    emit: (message: ChatMessage) => void,
  ) => Promise<ImportResult<ParseSummary>>;
};
