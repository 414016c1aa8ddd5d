/**
 * Answers are evidence like any other: each chosen option observes its signals, with the
 * answer as provenance. "Not sure" observes nothing, so it can never move a score.
 */
import { fail, ok, type Result } from '../result.js';
import { NOT_SURE, type KnowledgeBase, type Question } from '../knowledge/schema.js';
import type { Observation } from './observation.js';

export type Answers = Readonly<Record<string, string>>;

const questionIndex = new WeakMap<KnowledgeBase, Map<string, Question>>();

/** Every question (safety screen and main bank) by id. */
export function questionsById(kb: KnowledgeBase): Map<string, Question> {
  let index = questionIndex.get(kb);
  if (!index) {
    index = new Map([...kb.safetyQuestions, ...kb.questions].map((q) => [q.id, q]));
    questionIndex.set(kb, index);
  }
  return index;
}

/** The values a question accepts: its options and always "not-sure". */
export const acceptedValues = (question: Question): string[] => [
  ...question.options.map((o) => o.value),
  NOT_SURE,
];

/**
 * Checks answers against the bank and turns them into observations. Expected problems (an
 * unknown question id, a value that is not one of its options) come back as values.
 *
 * @example
 * observationsFromAnswers(kb, { 'q.started-when': 'weeks' })
 * // { ok: true, value: [{ signalId: 'relationship.recent-onset', strength: 1, provenance: {...} }] }
 */
export function observationsFromAnswers(
  kb: KnowledgeBase,
  answers: Answers,
): Result<Observation[]> {
  const byId = questionsById(kb);
  const observations: Observation[] = [];
  for (const [questionId, value] of Object.entries(answers)) {
    const question = byId.get(questionId);
    if (!question) return fail('unknown-question', `unknown question id "${questionId}"`);
    if (value === NOT_SURE) continue;
    const option = question.options.find((o) => o.value === value);
    if (!option) {
      return fail(
        'invalid-answer',
        `"${value}" is not an answer to "${questionId}" (expected one of: ${acceptedValues(question).join(', ')})`,
      );
    }
    for (const signal of option.signals) {
      observations.push({
        signalId: signal.id,
        strength: signal.strength,
        provenance: { kind: 'answer', questionId, value },
      });
    }
  }
  return ok(observations);
}

/** A follow-up is open only once its parent was answered with one of the trigger values. */
export function isQuestionOpen(question: Question, answers: Answers): boolean {
  if (!question.followUp) return true;
  const parentAnswer = answers[question.followUp.questionId];
  return parentAnswer !== undefined && question.followUp.values.includes(parentAnswer);
}

const measuredCache = new WeakMap<Question, string[]>();

/** Signal ids a question can observe, over all its options. */
export function measuredSignals(question: Question): string[] {
  let measured = measuredCache.get(question);
  if (!measured) {
    measured = [...new Set(question.options.flatMap((o) => o.signals.map((s) => s.id)))];
    measuredCache.set(question, measured);
  }
  return measured;
}
