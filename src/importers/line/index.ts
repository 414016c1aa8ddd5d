/**
 * Importer for LINE's "Send chat history" text export.
 */
import type { Importer } from '../types.js';
import { headText } from '../shared/chunks.js';
import { parseLineExport } from './parse.js';

const TAB_MESSAGE =
  /^(?:(?:午前|午後|上午|下午|오전|오후)\s?)?\d{1,2}:\d{2}(?:\s?[AaPp]\.?[Mm]\.?)?\t[^\t]*\t/m;
const DATE_HEADER =
  /^(?:\d{4}[./-]\d{1,2}[./-]\d{1,2}|(?:\p{L}{2,12}\.?,?\s+)?\d{1,2}\/\d{1,2}\/\d{4})/mu;

/** LINE chat history: "[LINE] …" header, date lines, TAB-separated message lines. */
export const importer: Importer = {
  format: 'line',
  detect(entries) {
    let best = 0;
    for (const { name, head } of entries) {
      if (!/\.txt$/i.test(name) && name.includes('.')) continue;
      const text = headText(head);
      let score = 0;
      if (/^\s*\[LINE\]/.test(text)) score = 0.95;
      else if (TAB_MESSAGE.test(text) && DATE_HEADER.test(text)) score = 0.75;
      best = Math.max(best, score);
    }
    return best;
  },
  parse: parseLineExport,
};
