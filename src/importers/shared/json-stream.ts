/**
 * Streams one JSON document with @streamparser/json, handing over only the values at the
 * requested paths (e.g. each element of `$.messages.*`) and forgetting them once handled, so a
 * large export never sits in memory as a whole.
 */
import { JSONParser } from '@streamparser/json';
import { fail, ok, type Result } from '../../domain/result.js';
import type { ExportEntry } from '../types.js';
import { readChunks } from './chunks.js';

export type JsonValue =
  string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };

export type JsonStreamOptions = {
  /** JSONPath subset understood by @streamparser/json: `$.messages.*`, `$.participants`. */
  paths: string[];
  /**
   * Called with each matching value and its path of keys from the root (`['messages', 3]`).
   * May return a Problem to stop reading.
   */
  onValue: (
    value: JsonValue,
    path: ReadonlyArray<string | number>,
  ) => void | { code: string; message: string };
  offset?: number;
  onProgress?: (bytesRead: number) => void;
  /** A byte-level rewrite applied before tokenizing (see escape-folding.ts). */
  transform?: { push: (chunk: Uint8Array) => Uint8Array; end: () => Uint8Array };
};

/**
 * Reads the whole entry. Truncated or malformed JSON comes back as a Problem naming the entry.
 *
 * @example
 * const read = await streamJson(entry, { paths: ['$.messages.*'], onValue: (m) => handle(m) });
 */
export async function streamJson(
  entry: ExportEntry,
  options: JsonStreamOptions,
): Promise<Result<{ bytes: number }>> {
  const parser = new JSONParser({ paths: options.paths, keepStack: false });
  let error: Error | undefined;
  let stop: { code: string; message: string } | undefined;
  let ended = false;
  parser.onError = (err) => {
    error ??= err;
  };
  parser.onEnd = () => {
    ended = true;
  };
  parser.onValue = ({ value, key, stack }) => {
    if (stop || value === undefined) return;
    const path: Array<string | number> = [];
    for (let i = 1; i < stack.length; i++) {
      const k = stack[i]?.key;
      if (k !== undefined) path.push(k);
    }
    if (key !== undefined) path.push(key);
    const outcome = options.onValue(value, path);
    if (outcome) stop = outcome;
  };

  let bytes = 0;
  let atStart = true;
  for await (const raw of readChunks(entry, options.offset ?? 0, options.onProgress)) {
    let chunk = raw;
    if (atStart && chunk.byteLength > 0) {
      // The tokenizer does not expect a byte-order mark; some Meta files start with one.
      if (chunk[0] === 0xef && chunk[1] === 0xbb && chunk[2] === 0xbf) chunk = chunk.subarray(3);
      atStart = false;
    }
    bytes += raw.byteLength;
    if (ended) {
      if (chunk.some((b) => b !== 0x20 && b !== 0x0a && b !== 0x0d && b !== 0x09)) {
        return fail(
          'bad-json',
          `${entry.name}: unexpected data after the end of the JSON document`,
        );
      }
      continue;
    }
    try {
      parser.write(options.transform ? options.transform.push(chunk) : chunk);
    } catch (err) {
      error ??= err instanceof Error ? err : new Error(String(err));
    }
    if (stop) return fail(stop.code, stop.message);
    if (error) return fail('bad-json', `${entry.name}: not valid JSON (${describe(error)})`);
  }
  if (bytes === 0) return fail('empty-file', `${entry.name}: the file is empty`);
  const rest = options.transform?.end();
  if (rest && rest.byteLength > 0 && !ended) {
    try {
      parser.write(rest);
    } catch (err) {
      error ??= err instanceof Error ? err : new Error(String(err));
    }
    if (stop) return fail(stop.code, stop.message);
    if (error) return fail('bad-json', `${entry.name}: not valid JSON (${describe(error)})`);
  }
  if (!ended) {
    try {
      parser.end();
    } catch (err) {
      error ??= err instanceof Error ? err : new Error(String(err));
    }
    if (stop) return fail(stop.code, stop.message);
    if (error || !ended) {
      return fail(
        'truncated-json',
        `${entry.name}: the JSON ends too early; the file looks cut off or incomplete`,
      );
    }
  }
  return ok({ bytes });
}

function describe(error: Error): string {
  const text = error.message.split('\n')[0] ?? 'parse error';
  return text.length > 120 ? `${text.slice(0, 117)}...` : text;
}
