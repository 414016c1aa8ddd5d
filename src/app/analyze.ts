/**
 * "Tell us what's happening": a description in the person's own words → safety flags and
 * signals (each with the words behind it), weighed by the same engine as answers. Shared by
 * `closer analyze`, `closer assess --text`, check-in notes and the web app.
 */
import type { Observation } from '../domain/evidence/index.js';
import {
  knowledgeBase,
  type KnowledgeBase,
  type PartnerWording,
  type SafetyFlagId,
  type SafetyLevel,
} from '../domain/knowledge/index.js';
import { fail, ok, type Result } from '../domain/result.js';
import { analyzeText, MAX_TEXT_LENGTH, toObservations } from '../domain/text/index.js';
import { runAssessment, type CauseView } from './assess.js';
import { MAX_TEXT_BYTES } from './limits.js';

export { MAX_TEXT_BYTES } from './limits.js';

export type AnalyzeReport = {
  safety: {
    level: SafetyLevel;
    flags: { id: SafetyFlagId; quote: string; start: number; end: number }[];
  };
  signals: { id: string; value: number; quote: string; start: number; end: number }[];
  /** As in `closer assess`: every cause, highest score first, with its reasons. */
  causes: CauseView[];
  /** What to ask next, given what the text already said; null when nothing would help. */
  next: { questionId: string; text: string } | null;
};

function checkText(text: string, label: string): Result<string> {
  if (text.trim() === '') return fail('empty-text', `${label}: the text is empty`);
  if (text.length > MAX_TEXT_LENGTH || new TextEncoder().encode(text).length > MAX_TEXT_BYTES) {
    return fail('text-too-long', `${label}: the text is over the limit of 100 KiB`);
  }
  return ok(text);
}

/** Only signals the knowledge base knows can be weighed; anything else is a bug in our lexicon. */
function known(observations: Observation[], kb: KnowledgeBase): Observation[] {
  const ids = new Set(kb.signals.map((s) => s.id));
  return observations.filter((o) => ids.has(o.signalId));
}

/**
 * A description → its observations (signals and safety flags), for `closer assess --text` and
 * anywhere text is evidence next to answers, check-ins or a chat.
 *
 * @example
 * const observations = textObservations('Since he lost his job he barely talks to me.', {});
 * if (observations.ok) runAssessment({ answers: {}, observations: observations.value });
 */
export function textObservations(
  text: string,
  wording: PartnerWording = {},
  label = 'text',
  kb = knowledgeBase(),
): Result<Observation[]> {
  const checked = checkText(text, label);
  if (!checked.ok) return checked;
  return ok(known(toObservations(analyzeText(text, wording)), kb));
}

/**
 * The note of a check-in goes through the same reading; an empty note simply says nothing.
 *
 * @example
 * noteObservations('he snapped at me again, work is crazy'); // [partner.irritated-with-you, …]
 */
export function noteObservations(
  note: string,
  wording: PartnerWording = {},
  kb = knowledgeBase(),
): Observation[] {
  if (note.trim() === '' || note.length > MAX_TEXT_LENGTH) return [];
  return known(toObservations(analyzeText(note, wording)), kb);
}

/**
 * Reads a description and weighs it: safety first, the signals with their quotes, the causes
 * as `closer assess` ranks them, and the question that would help most next.
 *
 * @example
 * const report = analyzeDescription('Sam works late every night since the promotion.', { name: 'Sam' });
 * if (report.ok) report.value.signals[0]; // { id: 'partner.works-longer-hours', quote: 'works late every night', … }
 */
export function analyzeDescription(
  text: string,
  wording: PartnerWording = {},
  label = 'text',
  kb = knowledgeBase(),
): Result<AnalyzeReport> {
  const checked = checkText(text, label);
  if (!checked.ok) return checked;
  const analysis = analyzeText(text, wording);
  const observations = known(toObservations(analysis), kb);
  const assessed = runAssessment({ answers: {}, observations, wording }, kb);
  if (!assessed.ok) return assessed;
  return ok({
    safety: {
      level: analysis.safety.level,
      flags: analysis.safety.flags.map(({ id, quote, start, end }) => ({ id, quote, start, end })),
    },
    signals: analysis.signals.map(({ id, value, quote, start, end }) => ({
      id,
      value,
      quote,
      start,
      end,
    })),
    causes: assessed.value.causes,
    next: assessed.value.next,
  });
}

/** Signal and flag labels from the knowledge base, for readable output. */
export function signalLabels(kb = knowledgeBase()): Map<string, string> {
  return new Map(kb.signals.map((s) => [s.id, s.label]));
}
