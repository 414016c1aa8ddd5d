/**
 * Detection for the Meta JSON layout shared by Messenger and Instagram: a message_N.json name,
 * then the keys only these exports use together (`sender_name` + `timestamp_ms`, or the
 * secure-storage export's `senderName` + `timestamp` + `participants`).
 */
import { baseName, headText } from '../shared/chunks.js';

type Head = { name: string; head: Uint8Array };

/** How strongly the entries look like a Meta message export, and whether Instagram's. */
export function metaLikelihood(entries: ReadonlyArray<Head>): {
  score: number;
  instagram: boolean;
} {
  let best = 0;
  let instagram = false;
  for (const { name, head } of entries) {
    const lower = name.toLowerCase();
    if (!lower.endsWith('.json')) continue;
    const text = headText(head);
    const legacy = text.includes('"sender_name"') && text.includes('"timestamp_ms"');
    const secure =
      text.includes('"senderName"') &&
      text.includes('"timestamp"') &&
      text.includes('"participants"');
    const named = /^message_\d+\.json$/.test(baseName(lower));
    let score = 0;
    if (legacy || secure) score = named ? 0.95 : 0.85;
    else if (named && text.includes('"participants"')) score = 0.6;
    if (score > best) best = score;
    // Only the path tells the two apart: Messenger chats often share instagram.com links.
    if (score > 0 && lower.includes('instagram')) instagram = true;
  }
  return { score: best, instagram };
}
