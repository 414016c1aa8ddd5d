/**
 * Adaptive questioning: ask next whatever is expected to reduce the uncertainty over the causes
 * most, and stop when no likely answer to any remaining question could change the top three.
 *
 * Causes are independent binary hypotheses, so the expected reduction of uncertainty of a
 * question is the sum over causes of the mutual information between the cause and the answer.
 * The knowledge base gives, per option, a likelihood ratio LR_c(o) = exp(Σ weight × strength);
 * ratios alone do not make a distribution, so the answer model is completed consistently:
 * P(o | not c) = 1/n (n options) and P(o | c) = LR_c(o) / Σ LR_c. A question whose options all
 * weigh a cause alike therefore tells nothing about it (zero gain), and the gain is never negative.
 */
import type { CauseId, KnowledgeBase, Question } from '../knowledge/schema.js';
import { isQuestionOpen, measuredSignals, type Answers } from './answers.js';
import {
  causeLogOdds,
  indexKnowledge,
  sigmoid,
  strongestPerSignal,
  type IndexedKnowledge,
} from './engine.js';
import type { Observation } from './observation.js';

export type NextQuestionOptions = {
  /** Most adaptive questions to ask (the safety screen is not counted). */
  maxQuestions?: number;
  /** Fewest adaptive questions before the stopping rule may end the assessment. */
  minQuestions?: number;
  /** Answers less likely than this are not considered able to change the ranking. */
  minAnswerProbability?: number;
};

export const DEFAULT_MAX_QUESTIONS = 25;
export const DEFAULT_MIN_QUESTIONS = 10;
export const DEFAULT_MIN_ANSWER_PROBABILITY = 0.1;

export type NextStep =
  | { kind: 'safety'; question: Question }
  | { kind: 'question'; question: Question; expectedGain: number }
  | { kind: 'done'; reason: 'ranking-settled' | 'cap-reached' | 'no-questions-left' };

/** Per-option log-odds changes for each cause, given what is already observed. */
function optionDeltas(
  indexed: IndexedKnowledge,
  question: Question,
  strongest: ReadonlyMap<string, Observation>,
): Map<CauseId, number>[] {
  return question.options.map((option) => {
    const delta = new Map<CauseId, number>();
    for (const { id, strength } of option.signals) {
      const signal = indexed.signals.get(id);
      if (!signal) continue;
      // A signal already seen at this strength or more adds nothing new (one observation per signal).
      const already = strongest.get(id)?.strength ?? 0;
      const extra = Math.max(0, strength - already);
      if (extra === 0) continue;
      for (const [cause, weight] of Object.entries(signal.weights) as [CauseId, number][]) {
        delta.set(cause, (delta.get(cause) ?? 0) + weight * extra);
      }
    }
    return delta;
  });
}

function topThree(logOdds: ReadonlyMap<CauseId, number>): string {
  return [...logOdds.entries()]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .slice(0, 3)
    .map(([id]) => id)
    .sort()
    .join(',');
}

type Evaluation = { expectedGain: number; canChangeTopThree: boolean };

function evaluate(
  question: Question,
  deltas: readonly Map<CauseId, number>[],
  current: ReadonlyMap<CauseId, number>,
  currentTop: string,
  minAnswerProbability: number,
): Evaluation {
  const n = deltas.length;
  let expectedGain = 0;
  const answerProbability = new Array<number>(n).fill(0);
  const causes = new Set<CauseId>();
  for (const delta of deltas) for (const cause of delta.keys()) causes.add(cause);
  for (const cause of causes) {
    const p = sigmoid(current.get(cause) ?? 0);
    const ratios = deltas.map((delta) => Math.exp(delta.get(cause) ?? 0));
    const sum = ratios.reduce((a, b) => a + b, 0);
    ratios.forEach((ratio, i) => {
      const ifPresent = ratio / sum;
      const ifAbsent = 1 / n;
      const marginal = p * ifPresent + (1 - p) * ifAbsent;
      expectedGain +=
        p * ifPresent * Math.log2(ifPresent / marginal) +
        (1 - p) * ifAbsent * Math.log2(ifAbsent / marginal);
      answerProbability[i] = (answerProbability[i] ?? 0) + marginal;
    });
  }
  let canChangeTopThree = false;
  deltas.forEach((delta, i) => {
    // The chance of this answer, averaged over the causes it bears on (uniform if none).
    const probability = causes.size === 0 ? 1 / n : (answerProbability[i] ?? 0) / causes.size;
    if (probability < minAnswerProbability || delta.size === 0) return;
    const next = new Map(current);
    for (const [cause, d] of delta) next.set(cause, (current.get(cause) ?? 0) + d);
    if (topThree(next) !== currentTop) canChangeTopThree = true;
  });
  return { expectedGain, canChangeTopThree };
}

/**
 * Chooses what to ask next. The safety screen comes first, in its own order; then the open
 * question with the greatest expected reduction of uncertainty. Questions whose every signal is
 * already known (from text, check-ins or a chat) are not asked again.
 *
 * @example
 * const step = nextQuestion(kb, answers, textObservations);
 * if (step.kind !== 'done') show(step.question);
 */
export function nextQuestion(
  kb: KnowledgeBase,
  answers: Answers,
  observations: readonly Observation[],
  options: NextQuestionOptions = {},
): NextStep {
  const safety = kb.safetyQuestions.find(
    (q) => answers[q.id] === undefined && isQuestionOpen(q, answers),
  );
  if (safety) return { kind: 'safety', question: safety };

  const maxQuestions = options.maxQuestions ?? DEFAULT_MAX_QUESTIONS;
  const minQuestions = options.minQuestions ?? DEFAULT_MIN_QUESTIONS;
  const minAnswerProbability = options.minAnswerProbability ?? DEFAULT_MIN_ANSWER_PROBABILITY;
  const asked = kb.questions.filter((q) => answers[q.id] !== undefined).length;
  if (asked >= maxQuestions) return { kind: 'done', reason: 'cap-reached' };

  const indexed = indexKnowledge(kb);
  const strongest = strongestPerSignal(observations);
  const current = causeLogOdds(indexed, strongest);
  const currentTop = topThree(current);

  let best: { question: Question; expectedGain: number } | undefined;
  let anyCanChange = false;
  for (const question of kb.questions) {
    if (answers[question.id] !== undefined || !isQuestionOpen(question, answers)) continue;
    const measured = measuredSignals(question);
    if (
      measured.length > 0 &&
      measured.some((id) => strongest.has(id) && !isFromAnswer(strongest.get(id)))
    ) {
      continue;
    }
    const deltas = optionDeltas(indexed, question, strongest);
    const evaluation = evaluate(question, deltas, current, currentTop, minAnswerProbability);
    anyCanChange ||= evaluation.canChangeTopThree;
    // Ties go to the bank's order, so the sequence is deterministic.
    if (!best || evaluation.expectedGain > best.expectedGain + 1e-12) {
      best = { question, expectedGain: evaluation.expectedGain };
    }
  }
  if (!best) return { kind: 'done', reason: 'no-questions-left' };
  if (asked >= minQuestions && !anyCanChange) return { kind: 'done', reason: 'ranking-settled' };
  return { kind: 'question', ...best };
}

const isFromAnswer = (observation: Observation | undefined) =>
  observation?.provenance.kind === 'answer';
