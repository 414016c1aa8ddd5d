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
import type { ContentLanguage } from './languages.js';
import type { LanguageLists } from './types.js';

export { CONTENT_LANGUAGES, LANGUAGE_NAMES, type ContentLanguage } from './languages.js';

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
