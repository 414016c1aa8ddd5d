/** The evidence engine: observations from every source → ranked causes with reasons. */
export type { Observation, Provenance } from './observation.js';
export type {
  Assessment,
  CauseAssessment,
  Confidence,
  Contribution,
  SafetyBlock,
  SafetyFlag,
} from './assessment.js';
export { assess, confidenceOf, logit, sigmoid } from './engine.js';
export {
  acceptedValues,
  isQuestionOpen,
  measuredSignals,
  observationsFromAnswers,
  questionsById,
  type Answers,
} from './answers.js';
export {
  DEFAULT_MAX_QUESTIONS,
  DEFAULT_MIN_QUESTIONS,
  nextQuestion,
  type NextQuestionOptions,
  type NextStep,
} from './next-question.js';
