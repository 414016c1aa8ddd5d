/**
 * Helpers for the importers' tests: entries from in-memory text, delivered in small chunks so
 * that every chunk boundary case (split characters, split CRLF, split entities) gets exercised.
 */
import type { ChatMessage } from '../../../domain/chats/message.js';
import type {
  ExportEntry,
  ImportOptions,
  ImportResult,
  Importer,
  ParseSummary,
} from '../../types.js';

const encoder = new TextEncoder();

/** An entry whose stream yields `content` in chunks of `chunkSize` bytes. */
export function entryFrom(name: string, content: string | Uint8Array, chunkSize = 7): ExportEntry {
  const bytes = typeof content === 'string' ? encoder.encode(content) : content;
  return {
    name,
    size: bytes.byteLength,
    open: async function* () {
      for (let i = 0; i < bytes.byteLength; i += chunkSize) {
        await Promise.resolve();
        yield bytes.subarray(i, i + chunkSize);
      }
    },
  };
}

/** detect() input for an entry: its name and first 64 KiB. */
export function headOf(
  name: string,
  content: string | Uint8Array,
): { name: string; head: Uint8Array } {
  const bytes = typeof content === 'string' ? encoder.encode(content) : content;
  return { name, head: bytes.subarray(0, 65536) };
}

export const metadataMode: ImportOptions = { timeZone: 'UTC', keepText: false };
export const contentMode: ImportOptions = { timeZone: 'UTC', keepText: true };

/** Runs an importer and collects what it emits. */
export async function runImporter(
  importer: Importer,
  entries: readonly ExportEntry[],
  options: ImportOptions = contentMode,
): Promise<{ result: ImportResult<ParseSummary>; messages: ChatMessage[] }> {
  const messages: ChatMessage[] = [];
  const result = await importer.parse(entries, options, (m) => messages.push(m));
  return { result, messages };
}

/** Mutations for robustness properties: cut, drop, duplicate or overwrite a byte range. */
export function mutate(
  bytes: Uint8Array,
  op: 'truncate' | 'delete' | 'insert' | 'flip',
  at: number,
  span: number,
  fill: number,
): Uint8Array {
  const i = bytes.byteLength === 0 ? 0 : at % bytes.byteLength;
  switch (op) {
    case 'truncate':
      return bytes.subarray(0, i);
    case 'delete':
      return concat(bytes.subarray(0, i), bytes.subarray(Math.min(bytes.byteLength, i + span)));
    case 'insert':
      return concat(bytes.subarray(0, i), new Uint8Array(span).fill(fill), bytes.subarray(i));
    case 'flip': {
      const copy = bytes.slice();
      for (let k = i; k < Math.min(copy.byteLength, i + span); k++) copy[k] = fill;
      return copy;
    }
  }
}

function concat(...parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.byteLength, 0));
  let offset = 0;
  for (const p of parts) {
    out.set(p, offset);
    offset += p.byteLength;
  }
  return out;
}
