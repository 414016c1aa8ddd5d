/**
 * A streaming line splitter over an entry's bytes: strict UTF-8 (invalid bytes are bad input,
 * not silently replaced), the BOM dropped, and "\n", "\r\n" and a lone "\r" all end a line.
 * Only the current line is held in memory.
 */
import { fail, ok, type Result } from '../../domain/result.js';
import type { ExportEntry } from '../types.js';
import { readChunks } from './chunks.js';

/** A text chat line longer than this is not a chat line: it is a binary or minified file. */
export const MAX_LINE_LENGTH = 1 << 20;

export type LineReadOptions = {
  /** Bytes of earlier entries, so progress keeps counting across a multi-file export. */
  offset?: number;
  onProgress?: (bytesRead: number) => void;
};

/**
 * Calls `onLine` for each line (1-based numbers). `onLine` may return a Problem to stop early;
 * that Problem is then the result. A file that ends with a newline has no extra empty last line.
 *
 * @example
 * const read = await forEachLine(entry, (line, n) => { counts[n % 2] += 1; });
 * if (!read.ok) return read;
 */
export async function forEachLine(
  entry: ExportEntry,
  onLine: (line: string, lineNumber: number) => void | { code: string; message: string },
  options: LineReadOptions = {},
): Promise<Result<{ lines: number; bytes: number }>> {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let pending = '';
  let lineNumber = 0;
  let bytes = 0;
  let skipLeadingLf = false;
  let stop: { code: string; message: string } | undefined;

  const emit = (line: string): boolean => {
    lineNumber++;
    const outcome = onLine(line, lineNumber);
    if (outcome) stop = outcome;
    return stop === undefined;
  };

  const split = (text: string): boolean => {
    let start = 0;
    let i = 0;
    if (skipLeadingLf && text.charCodeAt(0) === 10) {
      start = 1;
      i = 1;
    }
    skipLeadingLf = false;
    for (; i < text.length; i++) {
      const code = text.charCodeAt(i);
      if (code !== 10 && code !== 13) continue;
      const line = pending + text.slice(start, i);
      pending = '';
      if (!emit(line)) return false;
      if (code === 13) {
        if (i + 1 < text.length) {
          if (text.charCodeAt(i + 1) === 10) i++;
        } else {
          skipLeadingLf = true;
        }
      }
      start = i + 1;
    }
    pending += text.slice(start);
    return true;
  };

  for await (const chunk of readChunks(entry, options.offset ?? 0, options.onProgress)) {
    bytes += chunk.byteLength;
    let text: string;
    try {
      text = decoder.decode(chunk, { stream: true });
    } catch {
      return fail('invalid-utf8', `${entry.name}: not UTF-8 text (bad bytes before byte ${bytes})`);
    }
    if (!split(text)) return fail(stop?.code ?? 'stopped', stop?.message ?? entry.name);
    if (pending.length > MAX_LINE_LENGTH) {
      return fail(
        'line-too-long',
        `${entry.name}: line ${lineNumber + 1} is longer than ${MAX_LINE_LENGTH} characters; this does not look like a chat export`,
      );
    }
  }
  let tail: string;
  try {
    tail = decoder.decode();
  } catch {
    return fail('invalid-utf8', `${entry.name}: the file ends in the middle of a UTF-8 character`);
  }
  if (!split(tail)) return fail(stop?.code ?? 'stopped', stop?.message ?? entry.name);
  if (pending.length > 0 && !emit(pending)) {
    return fail(stop?.code ?? 'stopped', stop?.message ?? entry.name);
  }
  return ok({ lines: lineNumber, bytes });
}
