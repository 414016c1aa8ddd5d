/**
 * The schema of the guidance knowledge: help lines, plan steps, what backfires, conversation
 * templates and the draft reviewer's patterns. The data lives in `./data/*.json` and is
 * validated here when it is loaded (and in tests), so a missing source, a bad date or a step
 * that names an unknown cause is caught before it reaches a person.
 */
import { z } from 'zod';
import { causeIdSchema, CAUSE_IDS, type CauseId } from '../knowledge/schema.js';

/** The trajectory states the check-in analysis can report (src/domain/trajectory). */
export const TRAJECTORY_STATES = [
  'insufficient-data',
  'stable',
  'improving',
  'dip',
  'sustained-decline',
  'recovering',
  'recovered',
] as const;
export type TrajectoryState = (typeof TRAJECTORY_STATES)[number];
export const trajectoryStateSchema = z.enum(TRAJECTORY_STATES);

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'dates are YYYY-MM-DD');
const url = z.url();
const text = z.string().min(3);

// ---------------------------------------------------------------------------------------------
// Resources (research-base.md §4.4–4.5)

export const RESOURCE_KINDS = ['emergency', 'crisis', 'abuse', 'directory'] as const;
export type ResourceKind = (typeof RESOURCE_KINDS)[number];

export const serviceSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9-]+$/),
    kind: z.enum(RESOURCE_KINDS),
    service: text,
    phone: z.string().min(2).optional(),
    /** How to reach it by text message, e.g. "text START to 88788". */
    text: z.string().min(2).optional(),
    web: url.optional(),
    hours: text,
    /** Who the service is for, in plain words. */
    for: text,
    notes: z.string().optional(),
    /** Where the facts come from (the research brief's citations). */
    sources: z.array(url).min(1),
    /** When the facts were last checked against those sources. */
    lastVerified: isoDate,
  })
  .refine((s) => s.phone !== undefined || s.text !== undefined || s.web !== undefined, {
    message: 'a service needs a phone number, a text option or a web address',
  });
export type Service = z.infer<typeof serviceSchema>;

export const countrySchema = z.object({
  /** ISO 3166-1 alpha-2. */
  code: z.string().regex(/^[A-Z]{2}$/),
  name: text,
  /** Other codes people type for the same country ("UK" for GB). */
  aliases: z.array(z.string().regex(/^[A-Z]{2,3}$/)).default([]),
  services: z.array(serviceSchema).min(1),
});
export type Country = z.infer<typeof countrySchema>;

export const resourcesSchema = z.object({
  countries: z.array(countrySchema).min(1),
  /** International directories: the fallback for any country we do not list. */
  directories: z.array(serviceSchema).min(1),
  /** Shown with the directories when we do not list the user's country. */
  unknownCountry: z.array(text).min(1),
  /** What to expect when you call a line: lowers the threshold to calling. */
  whatToExpect: z.array(text).min(2),
  /** A few basics of safety planning. */
  safetyPlanning: z.array(text).min(2),
  /** Quick-exit and device-safety reminders. */
  deviceSafety: z.array(text).min(2),
});
export type Resources = z.infer<typeof resourcesSchema>;

// ---------------------------------------------------------------------------------------------
// Plan steps

/** The source article's seven tips, in our own words. */
export const TIP_IDS = [
  'calm-direct-conversation',
  'active-listening',
  'outside-stress-together',
  'own-needs-and-expectations',
  'professional-help',
  'boundaries',
  'self-care',
] as const;
export type TipId = (typeof TIP_IDS)[number];

/**
 * How much a step asks of the partner. Under a safety concern only `none` steps are allowed:
 * no conversation to plan, no invitation, no couples counselling.
 */
export const PARTNER_INVOLVEMENT = [
  'none',
  'everyday',
  'invitation',
  'conversation',
  'couples-counselling',
] as const;
export type PartnerInvolvement = (typeof PARTNER_INVOLVEMENT)[number];

const causeReasonSchema = z.object({
  /** Why this step helps with this cause. */
  why: text,
  /** 3 = a core step for the cause, 1 = a useful extra. */
  fit: z.union([z.literal(1), z.literal(2), z.literal(3)]),
});

export const stepSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9-]+$/),
    title: text,
    tip: z.enum(TIP_IDS).optional(),
    /** The research-base practice it draws on, when there is one. */
    practice: z.string().optional(),
    source: z.string().optional(),
    causes: z.partialRecord(causeIdSchema, causeReasonSchema),
    thisWeek: z.array(text).min(1),
    watchFor: text,
    involvesPartner: z.enum(PARTNER_INVOLVEMENT),
    /** Not offered when one of these causes leads the picture (it would backfire). */
    avoidWhen: z.array(causeIdSchema).default([]),
    /** Extra relevance by trajectory state. */
    trajectoryBoost: z.partialRecord(trajectoryStateSchema, z.number().min(-1).max(1)).default({}),
  })
  .refine((s) => Object.keys(s.causes).length > 0, { message: 'a step addresses some cause' });
export type StepTemplate = z.infer<typeof stepSchema>;

export const SAFETY_GROUPS = ['self-harm', 'urgent', 'abuse', 'partner-crisis'] as const;
export type SafetyGroup = (typeof SAFETY_GROUPS)[number];

export const safetyStepSchema = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/),
  title: text,
  appliesTo: z.array(z.enum(SAFETY_GROUPS)).min(1),
  why: text,
  thisWeek: z.array(text).min(1),
  watchFor: text,
  source: z.string().optional(),
});
export type SafetyStepTemplate = z.infer<typeof safetyStepSchema>;

export const backfireSchema = z.object({
  cause: causeIdSchema,
  avoid: text,
  why: text,
  instead: text,
  source: z.string().optional(),
});
export type BackfireWarning = z.infer<typeof backfireSchema>;

export const planDataSchema = z.object({
  tips: z.record(z.enum(TIP_IDS), text),
  steps: z.array(stepSchema).min(12),
  safetySteps: z.array(safetyStepSchema).min(4),
  backfires: z.array(backfireSchema).min(3),
  /** Plain lines shown when the safety gate changes the plan. */
  safetyNotes: z.object({
    concern: z.array(text).min(1),
    urgent: z.array(text).min(1),
    selfHarm: z.array(text).min(1),
    partnerCrisis: z.array(text).min(1),
  }),
  /** The honest paragraph when disengaging is among the likely explanations. */
  honesty: z.array(text).min(2),
  /** What the user can do for themselves, whatever the cause. */
  forYourself: z.array(text).min(2),
  /** Indicators to watch per cause, for "when to look again". */
  indicators: z.partialRecord(causeIdSchema, z.array(text).min(1)),
  /** "When to look again" while the safety gate is up. */
  safetyRecheck: z.object({
    weeks: z.number().int().min(1).max(4),
    why: text,
    indicators: z.array(text).min(1),
  }),
  recheck: z.record(
    trajectoryStateSchema,
    z.object({ weeks: z.number().int().min(1).max(12), why: text }),
  ),
  /** Why closer never helps to monitor a partner. */
  monitoring: z.object({
    /** Regular expressions (case-insensitive) that recognise a request to monitor. */
    patterns: z.array(z.string().min(3)),
    explanation: z.array(text).min(3),
  }),
});
export type PlanData = z.infer<typeof planDataSchema>;

// ---------------------------------------------------------------------------------------------
// Conversation planner

export const conversationTemplateSchema = z.object({
  topic: z.union([causeIdSchema, z.literal('general')]),
  /** Words in the user's own description that point to this topic. */
  keywords: z.array(z.string().min(2)).default([]),
  /** A sensible default for each part of the opening, with partner placeholders. */
  observation: text,
  feeling: text,
  need: text,
  request: text,
  questions: z.array(text).min(3),
  /** Extra advice for this topic (pacing under pursue–withdraw, for example). */
  notes: z.array(text).default([]),
});
export type ConversationTemplate = z.infer<typeof conversationTemplateSchema>;

export const conversationDataSchema = z.object({
  templates: z.array(conversationTemplateSchema).min(2),
  listening: z.array(text).min(3),
  timing: z.array(text).min(4),
  avoid: z.array(text).min(3),
  /** Shown instead of a conversation plan when the safety gate is up. */
  safetyInstead: z.array(text).min(2),
});
export type ConversationData = z.infer<typeof conversationDataSchema>;

// ---------------------------------------------------------------------------------------------
// Draft reviewer

export const DRAFT_PROBLEM_KINDS = ['absolute', 'blame', 'contempt', 'mind-reading'] as const;
export type DraftProblemKind = (typeof DRAFT_PROBLEM_KINDS)[number];

const regexSource = z.string().refine(
  (source) => {
    try {
      new RegExp(source, 'giu');
      return true;
    } catch {
      return false;
    }
  },
  { message: 'not a valid regular expression' },
);

export const draftRuleSchema = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/),
  kind: z.enum(DRAFT_PROBLEM_KINDS),
  /** Regular expression (case-insensitive, unicode) matching the words to point at. */
  pattern: regexSource,
  /** Not a problem when the text right after the match matches this (e.g. "you never know"). */
  unlessAfter: regexSource.optional(),
  /** Not a problem when the text right before the match matches this. */
  unlessBefore: regexSource.optional(),
  why: text,
  suggestion: text,
});
export type DraftRule = z.infer<typeof draftRuleSchema>;

export const draftReviewDataSchema = z.object({
  rules: z.array(draftRuleSchema).min(8),
  kinds: z.record(z.enum(DRAFT_PROBLEM_KINDS), z.object({ label: text, advice: text })),
});
export type DraftReviewData = z.infer<typeof draftReviewDataSchema>;

export const guidanceDataSchema = z.object({
  resources: resourcesSchema,
  plan: planDataSchema,
  conversation: conversationDataSchema,
  draftReview: draftReviewDataSchema,
});
export type GuidanceData = z.infer<typeof guidanceDataSchema>;

export const ALL_CAUSES: readonly CauseId[] = CAUSE_IDS;
