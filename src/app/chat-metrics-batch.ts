/**
 * Messages packed into typed arrays, to cross from the parsing thread to the metrics thread
 * in one structured copy per batch of 16,384 messages. In content mode the texts travel as
 * UTF-8 bytes, one after another, and are read back into strings on the other side.
 */
import type { ChatMessage } from '../domain/chats/index.js';

export const KIND_CODES: ReadonlyArray<ChatMessage['kind']> = ['text', 'media', 'deleted', 'other'];

export type MetricsBatch = {
  count: number;
  /** Authors first seen in this batch, in the order their indexes were given. */
  newNames: string[];
  times: Float64Array;
  people: Int32Array;
  lengths: Int32Array;
  words: Int32Array;
  kinds: Uint8Array;
  /** Content mode: where each record's text ends in `texts` (-1: the record has none). */
  textEnds: Int32Array;
  /** Content mode: the texts' UTF-8 bytes, back to back (empty otherwise). */
  texts: Uint8Array;
  /** The stream has ended: answer with the figures. */
  last: boolean;
};
