/**
 * What adapters need to describe `closer import` before anything is imported (option choices,
 * help text, the summary): the formats, the size limit and the names of the languages content
 * mode reads, without loading the importers or the word lists themselves.
 */
export { CHAT_FORMATS, type ChatFormat, type DateOrder } from '../importers/types.js';
export { MAX_ENTRY_BYTES as MAX_CHAT_EXPORT_BYTES } from '../importers/source.js';
export {
  LANGUAGE_NAMES as CONTENT_LANGUAGE_NAMES,
  type ContentLanguage,
} from '../domain/chats/lexicons/languages.js';
