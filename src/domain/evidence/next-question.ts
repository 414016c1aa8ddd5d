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
import type { KnowledgeBase, Question } from '../knowledge/schema.js';
import { isQuestionOpen, measuredSignals, type Answers } from './answers.js';
import {
  evidenceState,
  totalsWith,
  type EvidenceState,
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
  /** Log-odds by which a cause must overtake another for the top three to count as changed. */
  topThreeMargin?: number;
};

export const DEFAULT_MAX_QUESTIONS = 25;
export const DEFAULT_MIN_QUESTIONS = 10;
/**
 * Tuned on the written scenarios (src/app/assess.test.ts simulates them): with these, runs end
 * after 10–25 adaptive questions, about 16 typically, and keep the expected cause in the top three.
 */
export const DEFAULT_MIN_ANSWER_PROBABILITY = 0.2;
export const DEFAULT_TOP_THREE_MARGIN = 0.75;

export type NextStep =
  | { kind: 'safety'; question: Question }
  | { kind: 'question'; question: Question; expectedGain: number }
  | { kind: 'done'; reason: 'ranking-settled' | 'cap-reached' | 'no-questions-left' };

/**
 * Per-option log-odds changes (one vector over the causes per option, undefined when the
 * option adds nothing new), with the engine's diminishing returns applied.
 */
function optionDeltas(
  indexed: IndexedKnowledge,
  question: Question,
  state: EvidenceState,
): (Float64Array | undefined)[] {
  const deltas: (Float64Array | undefined)[] = [];
  for (const option of question.options) {
    let adds = false;
    for (const s of option.signals) {
      if (indexed.weightVectors.has(s.id) && s.strength > (state.strengths.get(s.id) ?? 0))
        adds = true;
    }
    if (!adds) {
      deltas.push(undefined);
      continue;
    }
    const next = new Float64Array(state.totals.length);
    totalsWith(indexed, state, option.signals, next);
    for (let c = 0; c < next.length; c++) next[c] = (next[c] ?? 0) - (state.totals[c] ?? 0);
    deltas.push(next);
  }
  return deltas;
}

/** Whether cause i ranks above cause j (j < 0: an empty place); ties go to the lower index. */
function ranksAbove(logOdds: Float64Array, i: number, j: number): boolean {
  if (j < 0) return true;
  const a = logOdds[i] ?? 0;
  const b = logOdds[j] ?? 0;
  return a > b || (a === b && i < j);
}

/** The three highest causes as a bit set over cause indices (order within the three ignored). */
function topThreeMask(logOdds: Float64Array): number {
  let first = -1;
  let second = -1;
  let third = -1;
  for (let i = 0; i < logOdds.length; i++) {
    if (ranksAbove(logOdds, i, first)) {
      third = second;
      second = first;
      first = i;
    } else if (ranksAbove(logOdds, i, second)) {
      third = second;
      second = i;
    } else if (ranksAbove(logOdds, i, third)) {
      third = i;
    }
  }
  return (1 << first) | (second >= 0 ? 1 << second : 0) | (third >= 0 ? 1 << third : 0);
}

/**
 * Whether new log-odds put a different cause in the top three by a clear margin: a cause that
 * enters must lead the one it displaces by more than `margin`, so that near-ties swapping
 * places (which no one could tell apart) do not keep the questions coming.
 */
function changesTopThree(next: Float64Array, currentTop: number, margin: number): boolean {
  const nextTop = topThreeMask(next);
  if (nextTop === currentTop) return false;
  for (let entering = 0; entering < next.length; entering++) {
    if (!(nextTop & (1 << entering)) || currentTop & (1 << entering)) continue;
    for (let leaving = 0; leaving < next.length; leaving++) {
      if (!(currentTop & (1 << leaving)) || nextTop & (1 << leaving)) continue;
      if ((next[entering] ?? 0) - (next[leaving] ?? 0) > margin) return true;
    }
  }
  return false;
}

type Evaluation = { expectedGain: number; canChangeTopThree: boolean };

function evaluate(
  deltas: readonly (Float64Array | undefined)[],
  current: Float64Array,
  currentProbability: Float64Array,
  currentTop: number,
  minAnswerProbability: number,
  margin: number,
  scratch: Float64Array,
): Evaluation {
  const n = deltas.length;
  const causeCount = current.length;
  let expectedGain = 0;
  const answerProbability = new Float64Array(n);
  const ratios = new Float64Array(n);
  let informative = 0;
  for (let c = 0; c < causeCount; c++) {
    let varies = false;
    const first = deltas[0]?.[c] ?? 0;
    for (let o = 1; o < n && !varies; o++) varies = (deltas[o]?.[c] ?? 0) !== first;
    // Options that all weigh this cause alike tell nothing about it.
    if (!varies) continue;
    informative++;
    let sum = 0;
    for (let o = 0; o < n; o++) {
      ratios[o] = Math.exp(deltas[o]?.[c] ?? 0);
      sum += ratios[o] ?? 0;
    }
    const p = currentProbability[c] ?? 0;
    const ifAbsent = 1 / n;
    for (let o = 0; o < n; o++) {
      const ifPresent = (ratios[o] ?? 0) / sum;
      const marginal = p * ifPresent + (1 - p) * ifAbsent;
      expectedGain +=
        p * ifPresent * Math.log2(ifPresent / marginal) +
        (1 - p) * ifAbsent * Math.log2(ifAbsent / marginal);
      answerProbability[o] = (answerProbability[o] ?? 0) + marginal;
    }
  }
  let canChangeTopThree = false;
  for (let o = 0; o < n && !canChangeTopThree; o++) {
    const delta = deltas[o];
    // The chance of this answer, averaged over the causes the question bears on.
    const probability = informative === 0 ? 1 / n : (answerProbability[o] ?? 0) / informative;
    if (!delta || probability < minAnswerProbability) continue;
    for (let c = 0; c < causeCount; c++) scratch[c] = (current[c] ?? 0) + (delta[c] ?? 0);
    if (changesTopThree(scratch, currentTop, margin)) canChangeTopThree = true;
  }
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
  const margin = options.topThreeMargin ?? DEFAULT_TOP_THREE_MARGIN;
  const asked = kb.questions.filter((q) => answers[q.id] !== undefined).length;
  if (asked >= maxQuestions) return { kind: 'done', reason: 'cap-reached' };

  const indexed = indexKnowledge(kb);
  const strongest = strongestPerSignal(observations);
  const state = evidenceState(indexed, strongest);
  const current = state.totals;
  const currentProbability = current.map(sigmoid);
  const currentTop = topThreeMask(current);
  const scratch = new Float64Array(current.length);

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
    const deltas = optionDeltas(indexed, question, state);
    const evaluation = evaluate(
      deltas,
      current,
      currentProbability,
      currentTop,
      minAnswerProbability,
      margin,
      scratch,
    );
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
