/** The library API: the same use cases the CLI and the web app call. */
export {
  analyseTrend,
  parseCheckInsCsv,
  parseEventsCsv,
  trajectoryObservations,
  type TrendInput,
  type TrendReport,
} from './app/trend.js';
export {
  chooseCountry,
  makePlan,
  supportedCountries,
  type PlanReport,
  type PlanRequest,
} from './app/plan.js';
export {
  conversationDefaults,
  conversationTopics,
  planTalk,
  reviewDraftText,
  type ConversationOutcome,
  type ConverseRequest,
  type DraftReview,
} from './app/converse.js';
export {
  analyzeDescription,
  noteObservations,
  textObservations,
  MAX_TEXT_BYTES,
  type AnalyzeReport,
} from './app/analyze.js';
export {
  chatObservations,
  importChat,
  supportedFormats,
  type ChatImportOptions,
  type ChatImportReport,
  type ChatImportResult,
} from './app/chat-import.js';
export {
  assessmentInputFrom,
  chatImportInputFrom,
  createVaultService,
  exportSchema,
  type HistoryEntry,
  type Settings,
  type VaultExport,
  type VaultService,
  type VaultServiceOptions,
} from './app/vault.js';
export { openVault, resolveDataDir, type OpenVaultOptions } from './infra/index.js';
