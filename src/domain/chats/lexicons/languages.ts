/**
 * The languages content mode can read and their names: a module of its own, so that adapters can
 * name a language without loading the word lists.
 */

/** In this order everywhere (tables are indexed by it); English first, so it wins a tie. */
export const CONTENT_LANGUAGES = ['en', 'de', 'es', 'fr', 'pt', 'it', 'nl'] as const;
export type ContentLanguage = (typeof CONTENT_LANGUAGES)[number];

export const LANGUAGE_NAMES: Readonly<Record<ContentLanguage, string>> = {
  en: 'English',
  de: 'German',
  es: 'Spanish',
  fr: 'French',
  pt: 'Portuguese',
  it: 'Italian',
  nl: 'Dutch',
};
