/**
 * What adapters need to describe `closer import` before anything is imported (option choices,
 * help text): the formats and the size limit, without loading the importers themselves.
 */
export { CHAT_FORMATS, type ChatFormat, type DateOrder } from '../importers/types.js';
export { MAX_ENTRY_BYTES as MAX_CHAT_EXPORT_BYTES } from '../importers/source.js';
