/**
 * Text-file exports (iMessage, LINE) hold one conversation per .txt file: pick that file, or say
 * plainly why there is none or more than one.
 */
import { fail, ok, type Result } from '../../domain/result.js';
import type { ExportEntry } from '../types.js';

/**
 * The export's one .txt entry (or its only entry, whatever its name).
 *
 * @example
 * const entry = singleTextFile(entries, { missing: 'No LINE chat history (.txt) found', several: (n) => `${n} text files` });
 */
export function singleTextFile(
  entries: readonly ExportEntry[],
  messages: { missing: string; several: (count: number) => string },
): Result<ExportEntry> {
  const texts = entries.filter((e) => e.name.toLowerCase().endsWith('.txt'));
  const candidates = texts.length > 0 ? texts : entries;
  const [only] = candidates;
  if (candidates.length === 0 || only === undefined) return fail('no-chat-file', messages.missing);
  if (candidates.length > 1) return fail('several-files', messages.several(candidates.length));
  return ok(only);
}
