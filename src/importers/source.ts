/**
 * Opens what the user points at (a single file, a .zip, or a folder) as a list of streamable
 * export entries. Nothing is read whole: files are streamed from disk, zip entries are inflated
 * chunk by chunk with Node's zlib, and every byte handed on has been checked to be valid UTF-8.
 *
 * Limits (docs/chat-import.md): a file or zip entry of at most {@link MAX_ENTRY_BYTES}; a zip
 * with at most {@link MAX_ZIP_ENTRIES} entries and at most {@link MAX_ZIP_TOTAL_BYTES} declared
 * uncompressed; no entry over 1 MiB may claim to expand more than {@link MAX_ZIP_RATIO}× (chat
 * text compresses 5-10×; a zip bomb 1000×), and inflating stops the moment an entry produces more
 * bytes than its header declared.
 */
import { createReadStream } from 'node:fs';
import { open, readdir, stat } from 'node:fs/promises';
import { isUtf8 } from 'node:buffer';
import { join, relative, sep } from 'node:path';
import { pipeline, Readable } from 'node:stream';
import { createInflateRaw } from 'node:zlib';
import { fail, ok, type Result } from '../domain/result.js';
import type { ExportEntry } from './types.js';

export const MAX_ENTRY_BYTES = 4 * 1024 ** 3;
export const MAX_ZIP_ENTRIES = 100_000;
export const MAX_ZIP_TOTAL_BYTES = 64 * 1024 ** 3;
export const MAX_ZIP_RATIO = 200;
const MAX_FOLDER_FILES = 10_000;
const MAX_FOLDER_DEPTH = 8;
const READ_CHUNK = 1024 * 1024;
/**
 * A problem with the input found while streaming it (invalid UTF-8, an inflating entry that
 * lies about its size). Thrown from an entry's stream so it stops at once; the import pipeline
 * turns it into a {@link Result} failure for the person.
 */
export class SourceError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'SourceError';
  }
}

export type OpenedSource = {
  kind: 'file' | 'zip' | 'folder';
  /** The base name of what was opened (a WhatsApp export's file name names the chat). */
  name: string;
  entries: ExportEntry[];
  /** Total bytes that will be streamed if every entry is read once (for progress). */
  totalBytes: number;
};

export type OpenOptions = {
  /** Called with bytes consumed so far, across entries. */
  onProgress?: (bytesRead: number) => void;
};

const mib = (n: number) => `${Math.round(n / 1024 ** 2)} MiB`;

/**
 * Opens a path as export entries.
 *
 * @example
 * const opened = await openSource('WhatsApp Chat with Sam.zip');
 * if (opened.ok) for (const entry of opened.value.entries) console.log(entry.name, entry.size);
 */
export async function openSource(
  path: string,
  options: OpenOptions = {},
): Promise<Result<OpenedSource>> {
  let info;
  try {
    info = await stat(path);
  } catch {
    return fail('not-found', `${path}: no such file or folder`);
  }
  const name = path.split(/[\\/]/).filter(Boolean).pop() ?? path;
  const progress = progressCounter(options.onProgress);
  if (info.isDirectory()) {
    const listed = await listFolder(path);
    if (!listed.ok) return listed;
    const entries = listed.value.map((file) =>
      wrapEntry(
        {
          name: file.name,
          size: file.size,
          open: (options) => readFile(file.path, 0, file.size, options?.reuseBuffers),
        },
        progress,
      ),
    );
    return ok({ kind: 'folder', name, entries, totalBytes: sum(entries) });
  }
  if (!info.isFile()) return fail('not-a-file', `${path}: not a regular file or folder`);
  if (info.size > MAX_ENTRY_BYTES)
    return fail(
      'too-large',
      `${path}: ${mib(info.size)} is over the ${mib(MAX_ENTRY_BYTES)} limit for one export file`,
    );
  if (await isZipFile(path)) {
    const zip = await listZip(path, info.size);
    if (!zip.ok) return zip;
    const entries = zip.value.map((entry) => wrapEntry(entry, progress));
    return ok({ kind: 'zip', name, entries, totalBytes: sum(entries) });
  }
  const entry = wrapEntry(
    {
      name,
      size: info.size,
      open: (options) => readFile(path, 0, info.size, options?.reuseBuffers),
    },
    progress,
  );
  return ok({ kind: 'file', name, entries: [entry], totalBytes: info.size });
}

const sum = (entries: ExportEntry[]) => entries.reduce((total, e) => total + e.size, 0);

function progressCounter(onProgress: ((bytes: number) => void) | undefined) {
  let total = 0;
  let reported = 0;
  return (bytes: number) => {
    total += bytes;
    // Every chunk read (1 MiB): fine enough steps for a bar on a 10 MB file, and still rare.
    if (onProgress && total - reported >= READ_CHUNK) {
      reported = total;
      onProgress(total);
    }
  };
}

function wrapEntry(entry: ExportEntry, count: (bytes: number) => void): ExportEntry {
  return {
    name: entry.name,
    size: entry.size,
    open: (options) => validatedUtf8(entry.name, entry.open(options), count),
  };
}

async function* readFile(
  path: string,
  start: number,
  length: number,
  reuseBuffers = false,
): AsyncIterable<Uint8Array> {
  if (length === 0) return;
  if (reuseBuffers) {
    yield* readFileReusing(path, start, length);
    return;
  }
  const stream = createReadStream(path, {
    start,
    end: start + length - 1,
    highWaterMark: READ_CHUNK,
  });
  for await (const chunk of stream) yield chunk as Buffer;
}

/**
 * Reads a byte range into two buffers in turn: while the caller works on one chunk, the next is
 * read into the other. A chunk read into new memory each time becomes garbage the moment it is
 * parsed, and when a parse allocates little else, the collector runs seldom and tens of those
 * megabytes wait for it (measured: 116 against 95 MiB peak on a 658 MB export).
 */
async function* readFileReusing(
  path: string,
  start: number,
  length: number,
): AsyncIterable<Uint8Array> {
  const handle = await open(path, 'r');
  const end = start + length;
  let position = start;
  const size = Math.min(READ_CHUNK, length);
  const buffers = [Buffer.allocUnsafeSlow(size), Buffer.allocUnsafeSlow(size)] as const;
  const readInto = (buffer: Buffer) => {
    const at = position;
    const want = Math.min(buffer.length, end - at);
    position += want;
    return handle.read(buffer, 0, want, at);
  };
  let turn = 0;
  let next: ReturnType<typeof readInto> | undefined = readInto(buffers[0]);
  try {
    while (next) {
      const { bytesRead, buffer } = await next;
      if (bytesRead === 0) break; // the file shrank while being read
      turn = 1 - turn;
      // The other buffer's chunk was handed out before this one, so the caller is done with it.
      next = position < end ? readInto(buffers[turn] as Buffer) : undefined;
      yield buffer.subarray(0, bytesRead);
    }
  } finally {
    // Stopped early: let a read still under way finish before the file is closed.
    await next?.catch(() => undefined);
    await handle.close();
  }
}

/** Length of the UTF-8 sequence a lead byte starts (0 for a continuation or invalid byte). */
function sequenceLength(byte: number): number {
  if (byte < 0x80) return 1;
  if (byte >= 0xc2 && byte <= 0xdf) return 2;
  if (byte >= 0xe0 && byte <= 0xef) return 3;
  if (byte >= 0xf0 && byte <= 0xf4) return 4;
  return 0;
}

/** Where the last complete UTF-8 sequence of `chunk` ends (the rest waits for the next chunk). */
function completeEnd(chunk: Uint8Array): number {
  const n = chunk.length;
  for (let back = 1; back <= Math.min(3, n); back++) {
    const byte = chunk[n - back] as number;
    if ((byte & 0xc0) === 0x80) continue; // continuation byte: keep looking for its lead
    const need = sequenceLength(byte);
    return need > back ? n - back : n;
  }
  return n;
}

/**
 * Passes chunks through unchanged after checking they are valid UTF-8 (with Node's native
 * validator), carrying a sequence split across chunks into the next check. Throws a
 * {@link SourceError} naming the entry and the byte offset at the first invalid byte.
 */
export async function* validatedUtf8(
  name: string,
  chunks: AsyncIterable<Uint8Array>,
  count: (bytes: number) => void = () => {},
): AsyncIterable<Uint8Array> {
  let offset = 0;
  let tail: Uint8Array = new Uint8Array(0);
  let first = true;
  for await (const chunk of chunks) {
    count(chunk.length);
    if (first) {
      first = false;
      const b0 = chunk[0];
      const b1 = chunk[1];
      if ((b0 === 0xff && b1 === 0xfe) || (b0 === 0xfe && b1 === 0xff))
        throw new SourceError(
          'utf16',
          `${name}: the file is UTF-16 text; save or export it as UTF-8 and try again`,
        );
    }
    let from = 0;
    if (tail.length > 0) {
      const need = sequenceLength(tail[0] as number) - tail.length;
      const joined = new Uint8Array(tail.length + Math.min(need, chunk.length));
      joined.set(tail);
      joined.set(chunk.subarray(0, need), tail.length);
      if (joined.length < tail.length + need) {
        // A tiny chunk that still does not finish the sequence.
        tail = joined;
        offset += chunk.length;
        yield chunk;
        continue;
      }
      if (!isUtf8(joined)) throw invalid(name, offset - tail.length);
      from = need;
      tail = new Uint8Array(0);
    }
    const end = completeEnd(chunk);
    if (end < from) throw invalid(name, offset);
    if (!isUtf8(chunk.subarray(from, end)))
      throw invalid(name, offset + from + firstInvalid(chunk.subarray(from, end)));
    if (end < chunk.length) {
      // A copy: the chunk's memory may be refilled (EntryOpenOptions.reuseBuffers).
      tail = new Uint8Array(chunk.subarray(end));
      if (sequenceLength(tail[0] as number) === 0) throw invalid(name, offset + end);
    }
    offset += chunk.length;
    yield chunk;
  }
  if (tail.length > 0) throw invalid(name, offset - tail.length);
}

/** Rough position of the first invalid byte, for the error message (only on failure). */
function firstInvalid(bytes: Uint8Array): number {
  let lo = 0;
  let hi = bytes.length;
  // Binary search on prefixes that are valid up to a sequence boundary.
  while (hi - lo > 4) {
    const mid = (lo + hi) >> 1;
    const end = completeEnd(bytes.subarray(0, mid));
    // Valid up to a cut-off tail: nothing invalid starts before `end`, so move past it.
    if (isUtf8(bytes.subarray(0, end))) lo = Math.max(end, lo + 1);
    else hi = mid;
  }
  return lo;
}

const invalid = (name: string, at: number) =>
  new SourceError('invalid-utf8', `${name}: not valid UTF-8 text (near byte ${at})`);

/**
 * Why the first bytes of an entry are not readable text, or undefined when they are: a NUL byte
 * (a binary file), a UTF-16 byte-order mark, or bytes that are not UTF-8 (ignoring a sequence cut
 * off at the end of the sample).
 */
export function notTextReason(head: Uint8Array): 'binary' | 'utf16' | 'invalid-utf8' | undefined {
  if (head.length === 0) return undefined;
  if ((head[0] === 0xff && head[1] === 0xfe) || (head[0] === 0xfe && head[1] === 0xff))
    return 'utf16';
  if (head.includes(0)) return 'binary';
  return isUtf8(head.subarray(0, completeEnd(head))) ? undefined : 'invalid-utf8';
}

/** True when the first bytes of an entry are not readable UTF-8 text. */
export const looksBinary = (head: Uint8Array): boolean => notTextReason(head) !== undefined;

/** Reads up to `limit` bytes from the start of an entry (validated), then stops the stream. */
export async function readHead(entry: ExportEntry, limit = 64 * 1024): Promise<Uint8Array> {
  const parts: Uint8Array[] = [];
  let size = 0;
  for await (const chunk of entry.open()) {
    parts.push(chunk.subarray(0, Math.min(chunk.length, limit - size)));
    size += Math.min(chunk.length, limit - size);
    if (size >= limit) break;
  }
  const head = new Uint8Array(size);
  let at = 0;
  for (const part of parts) {
    head.set(part, at);
    at += part.length;
  }
  return head;
}

async function isZipFile(path: string): Promise<boolean> {
  const handle = await open(path, 'r');
  try {
    const magic = new Uint8Array(4);
    const { bytesRead } = await handle.read(magic, 0, 4, 0);
    return (
      bytesRead === 4 &&
      magic[0] === 0x50 &&
      magic[1] === 0x4b &&
      ((magic[2] === 3 && magic[3] === 4) || (magic[2] === 5 && magic[3] === 6))
    );
  } finally {
    await handle.close();
  }
}

async function listFolder(
  root: string,
): Promise<Result<Array<{ name: string; path: string; size: number }>>> {
  const files: Array<{ name: string; path: string; size: number }> = [];
  const walk = async (dir: string, depth: number): Promise<string | undefined> => {
    if (depth > MAX_FOLDER_DEPTH) return undefined;
    const items = await readdir(dir, { withFileTypes: true });
    items.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const item of items) {
      if (item.name.startsWith('.')) continue;
      const full = join(dir, item.name);
      if (item.isDirectory()) {
        const problem = await walk(full, depth + 1);
        if (problem) return problem;
      } else if (item.isFile()) {
        if (files.length >= MAX_FOLDER_FILES)
          return `${root}: more than ${MAX_FOLDER_FILES} files; point closer at the chat's own folder`;
        const { size } = await stat(full);
        files.push({ name: relative(root, full).split(sep).join('/'), path: full, size });
      }
    }
    return undefined;
  };
  const problem = await walk(root, 0);
  if (problem) return fail('too-many-files', problem);
  if (files.length === 0) return fail('empty-folder', `${root}: the folder has no files`);
  return ok(files);
}

// --- zip: central directory, then one entry at a time -----------------------------------

type ZipEntry = {
  name: string;
  method: number;
  flags: number;
  compressedSize: number;
  size: number;
  localHeaderOffset: number;
};

const u16 = (b: Uint8Array, at: number) => (b[at] ?? 0) | ((b[at + 1] ?? 0) << 8);
const u32 = (b: Uint8Array, at: number) => (u16(b, at) + u16(b, at + 2) * 0x10000) >>> 0;
const u64 = (b: Uint8Array, at: number) => u32(b, at) + u32(b, at + 4) * 0x1_0000_0000;

async function readAt(path: string, position: number, length: number): Promise<Uint8Array> {
  const handle = await open(path, 'r');
  try {
    const buffer = new Uint8Array(length);
    const { bytesRead } = await handle.read(buffer, 0, length, position);
    return buffer.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
}

const nameDecoder = new TextDecoder('utf-8');

async function listZip(
  path: string,
  fileSize: number,
): Promise<Result<Array<ExportEntry & { size: number }>>> {
  const bad = (why: string) => fail('bad-zip', `${path}: not a readable zip file (${why})`);
  const tailLength = Math.min(fileSize, 65_557);
  const tail = await readAt(path, fileSize - tailLength, tailLength);
  let eocd = -1;
  for (let i = tail.length - 22; i >= 0; i--) {
    if (u32(tail, i) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) return bad('no end-of-archive record; the file may be cut off');
  let count = u16(tail, eocd + 10);
  let cdSize = u32(tail, eocd + 12);
  let cdOffset = u32(tail, eocd + 16);
  if (count === 0xffff || cdSize === 0xffffffff || cdOffset === 0xffffffff) {
    const locator = eocd - 20;
    if (locator < 0 || u32(tail, locator) !== 0x07064b50) return bad('broken zip64 record');
    const record = await readAt(path, u64(tail, locator + 8), 56);
    if (u32(record, 0) !== 0x06064b50) return bad('broken zip64 record');
    count = u64(record, 32);
    cdSize = u64(record, 40);
    cdOffset = u64(record, 48);
  }
  if (count > MAX_ZIP_ENTRIES)
    return fail(
      'zip-limit',
      `${path}: the zip has ${count} entries, over the limit of ${MAX_ZIP_ENTRIES}`,
    );
  if (cdOffset + cdSize > fileSize || cdSize > 64 * 1024 ** 2) return bad('bad directory size');
  const cd = await readAt(path, cdOffset, cdSize);
  const entries: ZipEntry[] = [];
  let at = 0;
  let declaredTotal = 0;
  for (let k = 0; k < count; k++) {
    if (at + 46 > cd.length || u32(cd, at) !== 0x02014b50) return bad('broken directory');
    const flags = u16(cd, at + 8);
    const method = u16(cd, at + 10);
    let compressedSize = u32(cd, at + 20);
    let size = u32(cd, at + 24);
    const nameLength = u16(cd, at + 28);
    const extraLength = u16(cd, at + 30);
    const commentLength = u16(cd, at + 32);
    let localHeaderOffset = u32(cd, at + 42);
    const name = nameDecoder.decode(cd.subarray(at + 46, at + 46 + nameLength));
    // Zip64 sizes live in extra field 0x0001, in this order, only for fields saturated above.
    let extra = at + 46 + nameLength;
    const extraEnd = extra + extraLength;
    while (extra + 4 <= extraEnd) {
      const id = u16(cd, extra);
      const length = u16(cd, extra + 2);
      if (id === 0x0001) {
        let p = extra + 4;
        if (size === 0xffffffff) {
          size = u64(cd, p);
          p += 8;
        }
        if (compressedSize === 0xffffffff) {
          compressedSize = u64(cd, p);
          p += 8;
        }
        if (localHeaderOffset === 0xffffffff) localHeaderOffset = u64(cd, p);
      }
      extra += 4 + length;
    }
    at = extraEnd + commentLength;
    if (name.endsWith('/')) continue;
    declaredTotal += size;
    if (declaredTotal > MAX_ZIP_TOTAL_BYTES)
      return fail(
        'zip-bomb',
        `${path}: the zip claims more than ${mib(MAX_ZIP_TOTAL_BYTES)} uncompressed; refusing it`,
      );
    if (size > MAX_ENTRY_BYTES)
      return fail('too-large', `${path}: entry ${name} is over the ${mib(MAX_ENTRY_BYTES)} limit`);
    if (size > 1024 ** 2 && size > compressedSize * MAX_ZIP_RATIO)
      return fail(
        'zip-bomb',
        `${path}: entry ${name} expands ${Math.round(size / Math.max(1, compressedSize))}× (a zip bomb?); refusing it`,
      );
    entries.push({ name, method, flags, compressedSize, size, localHeaderOffset });
  }
  const usable: Array<ExportEntry & { size: number }> = [];
  for (const entry of entries) {
    // Encrypted entries and exotic compression methods cannot be chats we read; leave them out.
    if (entry.flags & 1 || (entry.method !== 0 && entry.method !== 8)) continue;
    usable.push({
      name: entry.name,
      size: entry.size,
      open: () => openZipEntry(path, entry),
    });
  }
  return ok(usable);
}

async function* openZipEntry(path: string, entry: ZipEntry): AsyncIterable<Uint8Array> {
  const local = await readAt(path, entry.localHeaderOffset, 30);
  if (u32(local, 0) !== 0x04034b50)
    throw new SourceError('bad-zip', `${path}: entry ${entry.name} is damaged`);
  const dataStart = entry.localHeaderOffset + 30 + u16(local, 26) + u16(local, 28);
  if (entry.method === 0) {
    yield* readFile(path, dataStart, entry.compressedSize);
    return;
  }
  // Node's own zlib (several times faster than a JavaScript inflater), with output chunks of
  // at most READ_CHUNK bytes, so even an entry that expands 1000-fold is held a chunk at a time.
  const inflater = createInflateRaw({ chunkSize: READ_CHUNK });
  const inflated = pipeline(
    Readable.from(readFile(path, dataStart, entry.compressedSize)),
    inflater,
    () => {
      // Errors surface through the iteration below.
    },
  );
  let produced = 0;
  try {
    for await (const chunk of inflated) {
      const data = chunk as Buffer;
      produced += data.length;
      if (produced > entry.size)
        throw new SourceError(
          'zip-bomb',
          `${path}: entry ${entry.name} expands beyond the size its header declares; refusing it`,
        );
      yield data;
    }
  } catch (error) {
    if (error instanceof SourceError) throw error;
    throw new SourceError('bad-zip', `${path}: entry ${entry.name} is damaged or cut off`);
  } finally {
    inflated.destroy();
  }
}
