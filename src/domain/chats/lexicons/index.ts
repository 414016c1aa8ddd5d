/**
 * The languages content mode can read, one file of word lists each (see ./types.ts for what a
 * list holds). English tone is AFINN-165; every other list, tone included, is ours.
 */
import { de } from './de.js';
import { en } from './en.js';
import { es } from './es.js';
import { fr } from './fr.js';
import { it } from './it.js';
import { nl } from './nl.js';
import { pt } from './pt.js';
import type { LanguageLists } from './types.js';

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

export const LISTS: Readonly<Record<ContentLanguage, LanguageLists>> = {
  en,
  de,
  es,
  fr,
  pt,
  it,
  nl,
};

export type { LanguageLists } from './types.js';
