/**
 * Importers for Messenger and Instagram message downloads, which share one JSON layout. The
 * two differ only in the name they report; a path or link mentioning Instagram decides.
 */
import type { Importer } from '../types.js';
import { metaLikelihood } from './detect.js';
import { parseMetaExport } from './parse.js';

/** Facebook Messenger "Download your information" JSON (and the secure-storage export). */
export const importer: Importer = {
  format: 'messenger',
  detect(entries) {
    const { score, instagram } = metaLikelihood(entries);
    return instagram ? score * 0.5 : score;
  },
  parse: (entries, options, emit) => parseMetaExport('messenger', entries, options, emit),
};

/** Instagram "Download your information" JSON: the same layout as Messenger's. */
export const instagramImporter: Importer = {
  format: 'instagram',
  detect(entries) {
    const { score, instagram } = metaLikelihood(entries);
    return instagram ? score : score * 0.5;
  },
  parse: (entries, options, emit) => parseMetaExport('instagram', entries, options, emit),
};
