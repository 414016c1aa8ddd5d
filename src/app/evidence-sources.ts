/**
 * Every source of evidence other than answers, gathered in one place so that `closer assess`,
 * `closer plan` and the web app fold them in the same way: check-ins (with life events), a
 * chat export, and the person's own description.
 */
import type { Observation } from '../domain/evidence/observation.js';
import { ok, type Result } from '../domain/result.js';
import type { PartnerWording } from '../domain/knowledge/index.js';
import type { ChatImportOptions } from './chat-import.js';
import { trajectoryObservations, type TextFile } from './trend.js';

export type EvidenceSources = {
  /** The person's own description of what is happening. */
  text?: TextFile;
  /** How the partner is named, so the text analysis knows who "Sam" or "she" is. */
  wording?: PartnerWording;
  checkIns?: TextFile;
  events?: TextFile;
  /** A chat export with the partner (metadata mode unless `content` is set). */
  chat?: ChatImportOptions;
};

/**
 * Turns each given source into observations; the first problem (naming its file) stops it.
 *
 * @example
 * const gathered = await gatherEvidence({ checkIns: { name: 'checkins.csv', text } });
 */
export async function gatherEvidence(sources: EvidenceSources): Promise<Result<Observation[]>> {
  const observations: Observation[] = [];
  // Each reader is loaded only when its source is given (the text model alone is ~40 MiB).
  if (sources.text) {
    const { textObservations } = await import('./analyze.js');
    const fromText = textObservations(sources.text.text, sources.wording ?? {}, sources.text.name);
    if (!fromText.ok) return fromText;
    observations.push(...fromText.value);
  }
  if (sources.checkIns) {
    const trend = trajectoryObservations(
      sources.events
        ? { checkIns: sources.checkIns, events: sources.events }
        : { checkIns: sources.checkIns },
    );
    if (!trend.ok) return trend;
    observations.push(...trend.value);
  }
  if (sources.chat) {
    const { chatObservations } = await import('./chat-import.js');
    const chat = await chatObservations(sources.chat);
    if (!chat.ok) return chat;
    observations.push(...chat.value);
  }
  return ok(observations);
}
