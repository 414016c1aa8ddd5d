/**
 * Bookkeeping every importer shares: each record or line lands in one LineCounts bucket,
 * participants are listed in order of first appearance, and skipped records are reported as
 * one warning per reason (with a count and the first place it happened), never one per line.
 */
import type { ImportWarning, LineCounts } from '../../domain/chats/message.js';
import type { ParseSummary } from '../types.js';

export type Tally = {
  readonly counts: LineCounts;
  /** Records a participant (no-op when already known). */
  participant: (name: string) => void;
  message: () => void;
  continuation: (n?: number) => void;
  system: (n?: number) => void;
  /** Counts a skipped record under `code`; `reason` is the plain explanation, `where` the first place. */
  skip: (code: string, reason: string, where: string) => void;
  /** A warning that is not about one skipped record (e.g. messages out of order). */
  warn: (code: string, message: string) => void;
  summary: () => ParseSummary;
};

/**
 * Creates an empty tally.
 *
 * @example
 * const tally = createTally();
 * tally.participant('Sam');
 * tally.message();
 * tally.skip('draft', 'a draft, never sent', 'line 4 of sms.xml');
 * tally.summary(); // { participants: ['Sam'], lines: { message: 1, skipped: 1, … }, warnings: [ … ] }
 */
export function createTally(): Tally {
  const counts: LineCounts = { message: 0, continuation: 0, system: 0, skipped: 0 };
  const seen = new Set<string>();
  const participants: string[] = [];
  const skips = new Map<string, { reason: string; where: string; count: number }>();
  const warnings: ImportWarning[] = [];
  return {
    counts,
    participant(name) {
      if (seen.has(name)) return;
      seen.add(name);
      participants.push(name);
    },
    message() {
      counts.message++;
    },
    continuation(n = 1) {
      counts.continuation += n;
    },
    system(n = 1) {
      counts.system += n;
    },
    skip(code, reason, where) {
      counts.skipped++;
      const entry = skips.get(code);
      if (entry) entry.count++;
      else skips.set(code, { reason, where, count: 1 });
    },
    warn(code, message) {
      warnings.push({ code, message });
    },
    summary() {
      const skipWarnings = [...skips].map(([code, { reason, where, count }]) => ({
        code,
        message: `${count} ${count === 1 ? 'record' : 'records'} skipped: ${reason} (first at ${where})`,
      }));
      return {
        participants: [...participants],
        lines: { ...counts },
        warnings: [...skipWarnings, ...warnings],
      };
    },
  };
}
