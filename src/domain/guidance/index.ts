/**
 * Guidance: the safety gate, the plan, the conversation planner and the draft reviewer, over
 * knowledge kept as data (`./data/*.json`, validated by `./schema.ts`).
 */
export * from './schema.js';
export { findGuidanceProblems, guidanceData, validateGuidance } from './load.js';
export { safetyGate, URGENT_FLAGS, type SafetyGate } from './safety-gate.js';
export {
  countryFromLocale,
  resolveCountry,
  resourceOrder,
  resourcesFor,
  type ResolvedCountry,
  type ResourceItem,
} from './resources.js';
export { asksAboutMonitoring, monitoringExplanation } from './monitoring.js';
export {
  buildPlan,
  focusCauses,
  type FocusCause,
  type Plan,
  type PlanInput,
  type PlanSection,
  type PlanStep,
  type PlanWarning,
  type StepCause,
} from './plan.js';
export { reviewDraft, type DraftFinding, type DraftReview } from './draft-review.js';
export {
  isCauseId,
  matchTopic,
  planConversation,
  type ConversationInput,
  type ConversationOutcome,
  type ConversationPlan,
  type OpeningPart,
} from './conversation.js';
export {
  draftCorpus,
  scoreFindings,
  type CorpusDraft,
  type DraftCorpus,
  type KindScore,
} from './corpus/index.js';
