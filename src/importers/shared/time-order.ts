/**
 * Some exports are not written oldest-first (Messenger and Instagram are newest-first and split
 * over several files), so their messages must be sorted before they are emitted. This buffer
 * keeps each message in a few typed-array slots (about 30 bytes; text only in content mode), so
 * a thread of a million messages costs tens of MB, not the size of the JSON.
 */
import type { ChatMessage } from '../../domain/chats/message.js';

const KINDS = ['text', 'media', 'deleted', 'other'] as const;

export type TimeOrderBuffer = {
  /** Adds a message; `group` and `position` break ties between equal times (see `drain`). */
  push: (message: ChatMessage, group: number, position: number) => void;
  readonly size: number;
  /**
   * Emits every message by time; equal times by `group` ascending, then by `position`
   * ascending. Empties the buffer.
   */
  drain: (emit: (message: ChatMessage) => void) => void;
};

/**
 * @example
 * const buffer = createTimeOrderBuffer();
 * buffer.push(newer, 0, -1); buffer.push(older, 0, -2);
 * buffer.drain(emit); // older, then newer
 */
export function createTimeOrderBuffer(): TimeOrderBuffer {
  let capacity = 1024;
  let size = 0;
  let times = new Float64Array(capacity);
  let positions = new Float64Array(capacity);
  let groups = new Uint32Array(capacity);
  let lengths = new Uint32Array(capacity);
  let words = new Uint32Array(capacity);
  let kinds = new Uint8Array(capacity);
  let authors = new Uint32Array(capacity);
  const authorNames: string[] = [];
  const authorIndex = new Map<string, number>();
  const texts: Array<string | undefined> = [];

  const grow = () => {
    capacity *= 2;
    const widen = <T extends Float64Array | Uint32Array | Uint8Array>(old: T, fresh: T): T => {
      fresh.set(old);
      return fresh;
    };
    times = widen(times, new Float64Array(capacity));
    positions = widen(positions, new Float64Array(capacity));
    groups = widen(groups, new Uint32Array(capacity));
    lengths = widen(lengths, new Uint32Array(capacity));
    words = widen(words, new Uint32Array(capacity));
    kinds = widen(kinds, new Uint8Array(capacity));
    authors = widen(authors, new Uint32Array(capacity));
  };

  return {
    get size() {
      return size;
    },
    push(message, group, position) {
      if (size === capacity) grow();
      let author = authorIndex.get(message.author);
      if (author === undefined) {
        author = authorNames.length;
        authorNames.push(message.author);
        authorIndex.set(message.author, author);
      }
      times[size] = message.time;
      positions[size] = position;
      groups[size] = group;
      lengths[size] = message.length;
      words[size] = message.words;
      kinds[size] = KINDS.indexOf(message.kind);
      authors[size] = author;
      if (message.text !== undefined) texts[size] = message.text;
      size++;
    },
    drain(emit) {
      const order = new Uint32Array(size);
      for (let i = 0; i < size; i++) order[i] = i;
      order.sort(
        (a, b) =>
          (times[a] ?? 0) - (times[b] ?? 0) ||
          (groups[a] ?? 0) - (groups[b] ?? 0) ||
          (positions[a] ?? 0) - (positions[b] ?? 0),
      );
      for (const i of order) {
        const message: ChatMessage = {
          time: times[i] ?? 0,
          author: authorNames[authors[i] ?? 0] ?? '',
          length: lengths[i] ?? 0,
          words: words[i] ?? 0,
          kind: KINDS[kinds[i] ?? 0] ?? 'other',
        };
        const text = texts[i];
        if (text !== undefined) message.text = text;
        emit(message);
      }
      size = 0;
      texts.length = 0;
    },
  };
}
