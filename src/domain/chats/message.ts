/**
 * The normalised message stream every importer produces (DESIGN.md "Chat exports"). Text is
 * optional: in metadata mode importers pass only its length, so the words are never kept.
 */
export type ChatMessage = {
  /** Milliseconds since the epoch, UTC. */
  time: number;
  /** The participant as named in the export. */
  author: string;
  /** Length of the text in characters (0 for a media-only message). */
  length: number;
  /** Number of words in the text. */
  words: number;
  /** The text itself, present only in content mode. */
  text?: string;
  /** Media placeholder, deleted message, etc. */
  kind: 'text' | 'media' | 'deleted' | 'other';
};

/** Every input line or record is accounted for in one of these buckets. */
export type LineCounts = {
  message: number;
  continuation: number;
  system: number;
  skipped: number;
};

export type ImportWarning = { code: string; message: string };
