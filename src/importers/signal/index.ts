/**
 * Importer for Signal chats exported with signal-export (`sigexport`): the per-chat data.json.
 */
import type { Importer } from '../types.js';
import { headText } from '../shared/chunks.js';
import { parseSignalExport } from './parse.js';

/** signal-export data.json: JSON Lines with `date`, `sender`, `body`, `attachments`, `call`. */
export const importer: Importer = {
  format: 'signal',
  detect(entries) {
    let best = 0;
    for (const { name, head } of entries) {
      if (!/\.(json|jsonl|ndjson)$/i.test(name)) continue;
      const first = headText(head).split('\n', 1)[0] ?? '';
      const shaped =
        first.startsWith('{') &&
        first.includes('"date"') &&
        first.includes('"sender"') &&
        first.includes('"body"');
      if (!shaped) continue;
      const score = /(^|[/\\])data\.json$/i.test(name) ? 0.9 : 0.7;
      best = Math.max(best, score);
    }
    return best;
  },
  parse: parseSignalExport,
};
