/**
 * The registry of chat-export importers and the pipeline they plug into: open a path (file, zip
 * or folder, see ./source.ts), detect the format from names and the first 64 KiB of each entry
 * (or take the one forced with --format), stream the entries through the importer, and turn
 * anything the input got wrong into a {@link Result} failure with one plain line.
 *
 * Adding a format: write src/importers/<format>/index.ts exporting `importer: Importer`
 * (./types.ts), and add one import and one entry in {@link IMPORTERS} below.
 */
import type { ChatMessage } from '../domain/chats/message.js';
import { fail, ok, type Result } from '../domain/result.js';
import { notTextReason, readHead, SourceError, type OpenedSource } from './source.js';
import type {
  ChatFormat,
  ExportEntry,
  ImportOptions,
  ImportResult,
  Importer,
  ParseSummary,
} from './types.js';
import { importer as telegram } from './telegram/index.js';
import { importer as whatsapp } from './whatsapp/index.js';
import { importer as discord } from './discord/index.js';
import { importer as messenger, instagramImporter as instagram } from './messenger/index.js';
import { importer as smsBackup } from './sms-backup/index.js';
import { importer as line } from './line/index.js';
import { importer as imessage } from './imessage/index.js';
import { importer as signal } from './signal/index.js';

export const IMPORTERS: readonly Importer[] = [
  whatsapp,
  telegram,
  messenger,
  instagram,
  discord,
  smsBackup,
  line,
  imessage,
  signal,
];

/** Bytes of each entry shown to `detect`. */
export const DETECT_HEAD_BYTES = 64 * 1024;
/** Entries whose heads are read for detection (a media zip can hold thousands of photos). */
const MAX_DETECT_ENTRIES = 200;
/** Below this best score nothing is detected. */
const MIN_SCORE = 0.3;
const TEXT_NAME = /\.(txt|json|jsonl|ndjson|xml|csv|md|html?)$/i;

/**
 * Hints some importers add to their summary to help tell who is who: the name a chat is called
 * by (the partner, in a 1:1 chat) and the name of the person who made the export.
 */
export type ParseHints = { chatName?: string; selfName?: string };
export type ImportedSummary = ParseSummary & ParseHints;

/** Formats this build can read. */
export const supportedFormats = (): ChatFormat[] => IMPORTERS.map((i) => i.format);

type Head = { name: string; head: Uint8Array; binary: boolean; reason?: string };

async function readHeads(entries: readonly ExportEntry[]): Promise<Head[]> {
  const heads: Head[] = [];
  let read = 0;
  for (const entry of entries) {
    const wanted =
      read < MAX_DETECT_ENTRIES &&
      (TEXT_NAME.test(entry.name) || !/\.[a-z0-9]{1,5}$/i.test(entry.name));
    if (!wanted) {
      heads.push({ name: entry.name, head: new Uint8Array(0), binary: true });
      continue;
    }
    read++;
    try {
      const head = await readHead(entry, DETECT_HEAD_BYTES);
      const reason = notTextReason(head);
      heads.push(
        reason === undefined
          ? { name: entry.name, head, binary: false }
          : { name: entry.name, head, binary: true, reason },
      );
    } catch (error) {
      if (!(error instanceof SourceError)) throw error;
      heads.push({ name: entry.name, head: new Uint8Array(0), binary: true, reason: error.code });
    }
  }
  return heads;
}

/**
 * Picks the importer for an opened export: the forced format, or the best `detect` score.
 *
 * @example
 * const picked = await detectImporter(opened);
 * if (picked.ok) console.log(picked.value.format);
 */
export async function detectImporter(
  source: OpenedSource,
  forced?: ChatFormat,
): Promise<Result<Importer>> {
  if (forced) {
    const importer = IMPORTERS.find((i) => i.format === forced);
    return importer
      ? ok(importer)
      : fail(
          'unsupported-format',
          `--format ${forced} is not available in this build (available: ${supportedFormats().join(', ')})`,
        );
  }
  const heads = await readHeads(source.entries);
  const textual = heads.filter((h) => !h.binary && h.head.length > 0);
  if (textual.length === 0) {
    if (source.kind === 'zip')
      return fail(
        'no-chat',
        `${source.name}: the zip holds no chat export (no readable text, JSON or XML file)`,
      );
    if (source.kind === 'folder')
      return fail(
        'no-chat',
        `${source.name}: the folder holds no chat export (no readable text, JSON or XML file)`,
      );
    if (source.entries.every((e) => e.size === 0))
      return fail('empty', `${source.name}: the file is empty`);
    const reason = heads[0]?.reason;
    if (reason === 'utf16')
      return fail(
        'utf16',
        `${source.name}: the file is UTF-16 text; save or export it as UTF-8 and try again`,
      );
    if (reason === 'invalid-utf8')
      return fail('invalid-utf8', `${source.name}: not valid UTF-8 text (is it a chat export?)`);
    return fail(
      'binary',
      `${source.name}: not a chat export (this looks like a binary file, not text)`,
    );
  }
  let best: Importer | undefined;
  let bestScore = 0;
  const shown = heads.map((h) => ({ name: h.name, head: h.binary ? new Uint8Array(0) : h.head }));
  for (const importer of IMPORTERS) {
    let score = 0;
    try {
      score = importer.detect(shown);
    } catch {
      score = 0; // a detector must never take the import down with it
    }
    if (score > bestScore) {
      best = importer;
      bestScore = score;
    }
  }
  if (!best || bestScore < MIN_SCORE)
    return fail(
      'unknown-format',
      `${source.name}: not a chat export closer recognises (readable: ${supportedFormats().join(', ')}; use --format to force one)`,
    );
  return ok(best);
}

/**
 * Runs an importer over the entries, catching whatever the input makes go wrong while it
 * streams (invalid UTF-8, a zip bomb, malformed JSON thrown by a parser) as a failure value.
 *
 * @example
 * const result = await runImporter(whatsapp, opened, { timeZone: 'UTC', keepText: false }, add);
 */
export async function runImporter(
  importer: Importer,
  source: OpenedSource,
  options: ImportOptions,
  emit: (message: ChatMessage) => void,
): Promise<ImportResult<ImportedSummary>> {
  try {
    const result = await importer.parse(source.entries, options, emit);
    return result;
  } catch (error) {
    if (error instanceof SourceError) return fail(error.code, error.message);
    const message = error instanceof Error ? error.message : String(error);
    return fail(
      'unreadable',
      `${source.name}: could not be read as a ${importer.format} export (${message.split('\n')[0] ?? 'unknown error'})`,
      error instanceof Error ? error.stack : undefined,
    );
  }
}
