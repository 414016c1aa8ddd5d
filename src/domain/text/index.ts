/** Free text → safety flags and signals, each with the words that produced it. */
export {
  analyzeText,
  toObservations,
  MAX_TEXT_LENGTH,
  type TextAnalysis,
  type TextFlag,
  type TextSignal,
} from './analyze.js';
export { SAFETY_LEVEL, SAFETY_RULES } from './safety.js';
export type { PartnerSettings, Pronoun } from './references.js';
export type { TimeExpression, EventKind } from './time.js';
export { tokenize, type Sentence, type Token } from './tokenizer.js';
