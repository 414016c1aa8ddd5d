/**
 * Helpers for importer tests: in-memory export entries (optionally cut into chunks at awkward
 * places) and a collector for the emitted messages.
 */
import type { ChatMessage } from '../domain/chats/message.js';
import { validatedUtf8, type OpenedSource } from './source.js';
import type { ExportEntry } from './types.js';

const encoder = new TextEncoder();

/** An entry over bytes or text, streamed in chunks of `chunkSize` bytes, UTF-8 checked. */
export function memoryEntry(
  name: string,
  content: string | Uint8Array,
  chunkSize = 1 << 20,
): ExportEntry {
  const bytes = typeof content === 'string' ? encoder.encode(content) : content;
  async function* chunks(): AsyncIterable<Uint8Array> {
    for (let at = 0; at < bytes.length; at += chunkSize) {
      yield bytes.subarray(at, Math.min(bytes.length, at + chunkSize));
      await Promise.resolve();
    }
  }
  return { name, size: bytes.length, open: () => validatedUtf8(name, chunks()) };
}

/** A one-file source for the pipeline functions. */
export function memorySource(
  name: string,
  content: string | Uint8Array,
  chunkSize?: number,
): OpenedSource {
  const entry = memoryEntry(name, content, chunkSize);
  return { kind: 'file', name, entries: [entry], totalBytes: entry.size };
}

/** Collects emitted messages. */
export function collector(): { messages: ChatMessage[]; emit: (m: ChatMessage) => void } {
  const messages: ChatMessage[] = [];
  return { messages, emit: (m) => messages.push(m) };
}
