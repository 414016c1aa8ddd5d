/**
 * Importer for iMessage conversations exported as text with imessage-exporter (`-f txt`).
 */
import type { Importer } from '../types.js';
import { headText } from '../shared/chunks.js';
import { DATE_LINE, parseImessageExport } from './parse.js';

/** imessage-exporter txt: date line, sender line, body, blank line. */
export const importer: Importer = {
  format: 'imessage',
  detect(entries) {
    let best = 0;
    for (const { name, head } of entries) {
      if (!/\.txt$/i.test(name) && name.includes('.')) continue;
      const lines = headText(head).split(/\r?\n/, 400);
      let headers = 0;
      for (const line of lines) {
        const m = DATE_LINE.exec(line);
        if (m && (m[1] ?? '') === '' && (m[9] === '' || (m[9] ?? '').startsWith(' (Read by')))
          headers++;
      }
      const first = DATE_LINE.test(lines[0] ?? '');
      let score = 0;
      if (headers >= 2 && first) score = 0.9;
      else if (headers >= 1 && first) score = 0.7;
      else if (headers >= 2) score = 0.5;
      best = Math.max(best, score);
    }
    return best;
  },
  parse: parseImessageExport,
};
