/**
 * Chats in the domain: the normalised message stream, weekly metrics per person, content
 * features from lexicons, and the chat.* observations for the evidence engine.
 */
export type { ChatMessage, ImportWarning, LineCounts } from './message.js';
export {
  CONVERSATION_GAP_MS,
  DOUBLE_TEXT_GAP_MS,
  REPLY_WINDOW_MS,
  createWeeklyMetrics,
  quantile,
  type PersonWeek,
  type WeekMetrics,
  type WeeklyMetrics,
  type WeeklyMetricsBuilder,
  type WeeklyMetricsOptions,
} from './metrics.js';
export { textFeatures, type TextFeatures } from './text-features.js';
export { CONTENT_LANGUAGES, LANGUAGE_NAMES, type ContentLanguage } from './lexicons/index.js';
export { MIN_LANGUAGE_SHARE, RIVAL_RATIO, type LanguageReading } from './language.js';
export {
  chatSeries,
  chatSignals,
  contentReadable,
  trendWeeks,
  type ChatRoles,
  type ChatSeries,
} from './signals.js';
export { isoWeekLabel, weekStartDay } from './weeks.js';
