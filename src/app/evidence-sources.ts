/**
 * Every source of evidence other than answers, gathered in one place so that `closer assess`,
 * `closer plan` and the web app fold them in the same way: check-ins (with life events), a
 * chat export, and the person's own description.
 */
import type { Observation } from '../domain/evidence/observation.js';
import { ok, type Result } from '../domain/result.js';
import { chatObservations, type ChatImportOptions } from './chat-import.js';
import { trajectoryObservations, type TextFile } from './trend.js';

export type EvidenceSources = {
  checkIns?: TextFile;
  events?: TextFile;
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
    const chat = await chatObservations(sources.chat);
    if (!chat.ok) return chat;
    observations.push(...chat.value);
  }
  return ok(observations);
}
