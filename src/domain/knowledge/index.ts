/**
 * The knowledge base: causes, signals with their weights, questions and the safety screen.
 * Data lives in `./data/*.json`; this module validates it once and hands out the typed result.
 */
import causes from './data/causes.json' with { type: 'json' };
import questions from './data/questions.json' with { type: 'json' };
import safetyQuestions from './data/safety-questions.json' with { type: 'json' };
import signals from './data/signals.json' with { type: 'json' };
import { validateKnowledge } from './load.js';
import type { KnowledgeBase } from './schema.js';

export * from './schema.js';
export { findLinkProblems, validateKnowledge } from './load.js';
export { renderQuestionText, type PartnerWording } from './wording.js';

let cached: KnowledgeBase | undefined;

/** The bundled knowledge base, validated on first use. A failure here is a bug in our data. */
export function knowledgeBase(): KnowledgeBase {
  if (cached) return cached;
  const result = validateKnowledge({ causes, signals, questions, safetyQuestions });
  if (!result.ok)
    throw new Error(result.error.message + (result.error.detail ? `\n${result.error.detail}` : ''));
  cached = result.value;
  return cached;
}
