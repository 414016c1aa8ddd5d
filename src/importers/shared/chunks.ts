/**
 * Reading an entry's byte stream with progress reports, shared by the line, JSON and XML readers.
 */
import type { ExportEntry } from '../types.js';

/** Report progress at most every this many bytes: often enough for a bar, rarely enough to be free. */
const PROGRESS_STEP = 1 << 20;

/**
 * Iterates an entry's chunks, calling `onProgress` with the running byte total (plus `offset`,
 * the bytes of earlier entries) about once per MiB and once at the end.
 *
 * @example
 * for await (const chunk of readChunks(entry, 0, (n) => bar.update(n))) parser.write(chunk);
 */
export async function* readChunks(
  entry: ExportEntry,
  offset: number,
  onProgress?: (bytesRead: number) => void,
): AsyncGenerator<Uint8Array> {
  let total = 0;
  let nextReport = PROGRESS_STEP;
  for await (const chunk of entry.open()) {
    total += chunk.byteLength;
    if (onProgress && total >= nextReport) {
      onProgress(offset + total);
      nextReport = total + PROGRESS_STEP;
    }
    yield chunk;
  }
  onProgress?.(offset + total);
}

/** Base name of an entry path ("a/b/message_1.json" → "message_1.json"). */
export function baseName(path: string): string {
  const slash = Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\'));
  return slash < 0 ? path : path.slice(slash + 1);
}

/** Folder part of an entry path ("a/b/message_1.json" → "a/b"; "x.json" → ""). */
export function dirName(path: string): string {
  const slash = Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\'));
  return slash < 0 ? '' : path.slice(0, slash);
}

const lenient = new TextDecoder('utf-8');

/** The first bytes of an entry as text for detect(): lenient, BOM dropped. */
export function headText(head: Uint8Array): string {
  return lenient.decode(head);
}
