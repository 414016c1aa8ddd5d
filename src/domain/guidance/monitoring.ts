/**
 * closer never helps anyone monitor a partner. When the user's own words ask about it ("read
 * his messages", "track her phone"), the guidance answers with a kind, clear explanation of
 * why not, and what helps instead.
 */
import { renderQuestionText, type PartnerWording } from '../knowledge/wording.js';
import type { GuidanceData } from './schema.js';

/**
 * True when the words ask about monitoring, tracking or reading a partner's messages.
 *
 * @example
 * asksAboutMonitoring(guidanceData(), 'Should I read his messages?') // → true
 * asksAboutMonitoring(guidanceData(), 'We read a book together') // → false
 */
export function asksAboutMonitoring(data: GuidanceData, words: string): boolean {
  return data.plan.monitoring.patterns.some((source) => new RegExp(source, 'iu').test(words));
}

/**
 * The explanation, rendered for the partner's name and pronoun, or null when the words do not
 * ask about monitoring.
 *
 * @example
 * monitoringExplanation(guidanceData(), 'how do I track her phone', { pronoun: 'she' })?.[0]
 */
export function monitoringExplanation(
  data: GuidanceData,
  words: string,
  wording: PartnerWording = {},
): string[] | null {
  if (!asksAboutMonitoring(data, words)) return null;
  return data.plan.monitoring.explanation.map((line) => renderQuestionText(line, wording));
}
