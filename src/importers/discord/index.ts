/**
 * Importer for Discord conversations exported with DiscordChatExporter (JSON format).
 */
import type { Importer } from '../types.js';
import { headText } from '../shared/chunks.js';
import { parseDiscordExport } from './parse.js';

/** DiscordChatExporter JSON: `guild`, `channel`, `messages[]` with `author` and ISO timestamps. */
export const importer: Importer = {
  format: 'discord',
  detect(entries) {
    let best = 0;
    for (const { name, head } of entries) {
      if (!name.toLowerCase().endsWith('.json')) continue;
      const text = headText(head);
      const shape = text.includes('"guild"') && text.includes('"channel"');
      const messages = text.includes('"timestampEdited"') || text.includes('"isPinned"');
      if (shape && messages) best = Math.max(best, 0.95);
      else if (shape && text.includes('"messages"')) best = Math.max(best, 0.8);
    }
    return best;
  },
  parse: parseDiscordExport,
};
