/**
 * WhatsApp chat export: "Export chat" on Android or iOS, without media (`.txt`) or with media
 * (`.zip` holding the `.txt`). See ./parse.ts for the format and docs/chat-import.md for limits.
 */
import type { Importer } from '../types.js';
import { chatEntry, parseWhatsApp } from './parse.js';
import { newPrefix, parsePrefix } from './prefix.js';

export { parseWhatsApp, type WhatsAppSummary } from './parse.js';

/** Share of the first lines of `head` that start with a WhatsApp timestamp prefix. */
function prefixShare(head: Uint8Array): { share: number; first: boolean } {
  const prefix = newPrefix();
  let lines = 0;
  let hits = 0;
  let first = false;
  let pos = 0;
  while (pos < head.length && lines < 200) {
    let nl = head.indexOf(10, pos);
    if (nl < 0) nl = head.length;
    const end = nl > pos && head[nl - 1] === 13 ? nl - 1 : nl;
    if (end > pos) {
      const hit = parsePrefix(head, pos, end, prefix);
      if (lines === 0) first = hit;
      if (hit) hits++;
      lines++;
    }
    pos = nl + 1;
  }
  return { share: lines === 0 ? 0 : hits / lines, first };
}

export const importer: Importer = {
  format: 'whatsapp',
  detect(entries) {
    const candidate = chatEntry(entries);
    if (!candidate) return 0;
    const { share, first } = prefixShare(candidate.head);
    if (share === 0) return 0;
    let score = 0.5 + 0.3 * share + (first ? 0.1 : 0);
    if (/whats\s*app|(^|\/)_chat\.txt$/i.test(candidate.name)) score += 0.1;
    // Signal's chat.md uses a look-alike "[2024-05-29 15:04:00] Name: text" layout.
    if (/\.md$/i.test(candidate.name)) score *= 0.5;
    return Math.min(1, score);
  },
  parse: parseWhatsApp,
};
