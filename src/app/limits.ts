/**
 * Input limits the adapters check before any work starts, on their own so that a command can
 * name them (and refuse an oversized file) without loading the text analysis and its language
 * model.
 */

/** Longest description accepted, in bytes of UTF-8 (about 15,000 words). */
export const MAX_TEXT_BYTES = 100 * 1024;
