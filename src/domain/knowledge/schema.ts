/**
 * The schema of the knowledge base. The data lives in `./data/*.json` and is validated against
 * these schemas when it is loaded (and in tests), so a wrong weight or a dangling id is caught
 * before it can change anyone's result.
 */
import { z } from 'zod';

export const CAUSE_IDS = [
  'fear-of-intimacy',
  'external-stress',
  'unmet-needs',
  'communication-breakdown',
  'loss-of-attraction',
  'changed-priorities',
  'emotional-unavailability',
  'avoidant-attachment',
  'personal-struggles',
  'pursue-withdraw',
  'settling',
  'disengaging',
] as const;

export type CauseId = (typeof CAUSE_IDS)[number];
export const causeIdSchema = z.enum(CAUSE_IDS);

/** Safety flags: the gate, not a cause. Their level decides what the plan may say. */
export const SAFETY_FLAG_IDS = [
  'fear-of-partner',
  'physical-violence',
  'strangulation',
  'weapon',
  'threat-to-kill',
  'threats',
  'threats-to-children-or-pets',
  'suicide-threat-as-pressure',
  'control-of-money',
  'control-of-phone',
  'control-of-movements',
  'monitoring',
  'isolation',
  'sexual-coercion',
  'stalking',
  'escalation',
  'partner-crisis',
  'self-harm',
] as const;

export type SafetyFlagId = (typeof SAFETY_FLAG_IDS)[number];
export const safetyFlagIdSchema = z.enum(SAFETY_FLAG_IDS);

export const SAFETY_LEVELS = ['none', 'concern', 'urgent'] as const;
export type SafetyLevel = (typeof SAFETY_LEVELS)[number];

const idPattern = /^[a-z0-9]+(?:[.-][a-z0-9]+)*$/;
const signalIdSchema = z.string().regex(idPattern, 'ids are lower-case words joined by . or -');

/** Where a signal can be observed: a question's answer, free text, check-ins, chat metrics. */
export const SIGNAL_ORIGINS = ['answer', 'text', 'trajectory', 'chat'] as const;

export const causeSchema = z.object({
  id: causeIdSchema,
  name: z.string().min(3),
  /** Plain-language description in our own words. */
  description: z.string().min(40),
  facets: z.array(z.object({ id: signalIdSchema, name: z.string().min(3) })).min(2),
  /** How to tell this cause from the ones it is easily confused with. */
  distinguish: z.array(z.object({ from: causeIdSchema, how: z.string().min(20) })).min(1),
  /** Prior probability that this cause is part of the picture, before any evidence. */
  prior: z.number().gt(0).lt(1),
  priorReason: z.string().min(20),
  /** True for the three causes beyond the source article. */
  beyondSource: z.boolean(),
});
export type Cause = z.infer<typeof causeSchema>;

/** Log-likelihood-ratio weights (natural log). |w| ≤ 3 keeps any single signal from deciding alone. */
export const MAX_WEIGHT = 3;

export const signalSchema = z
  .object({
    id: signalIdSchema,
    /** What was observed, as a short phrase ("works longer hours"). */
    label: z.string().min(3),
    /** Which facets of which causes it touches, as `causeId/facetId`. */
    facets: z.array(z.string().regex(/^[a-z-]+\/[a-z0-9-]+$/)).default([]),
    origins: z.array(z.enum(SIGNAL_ORIGINS)).min(1),
    /** Natural-log likelihood ratio per cause when the signal is present at full strength. */
    weights: z.partialRecord(causeIdSchema, z.number().min(-MAX_WEIGHT).max(MAX_WEIGHT)),
    rationale: z.string().min(10),
    /** A research citation from shared/research/research-base.md, where one exists. */
    source: z.string().min(5).optional(),
    /** Set on safety signals: observing one raises this flag instead of weighing causes. */
    safety: z.object({ flag: safetyFlagIdSchema, level: z.enum(['concern', 'urgent']) }).optional(),
  })
  .refine((s) => s.safety !== undefined || Object.keys(s.weights).length > 0, {
    message: 'a signal needs weights or a safety flag',
  });
export type Signal = z.infer<typeof signalSchema>;

export const optionSchema = z.object({
  value: z.string().regex(/^[a-z0-9-]+$/),
  label: z.string().min(1),
  /** The signals this answer observes, with strength in (0, 1] (default 1). */
  signals: z
    .array(z.object({ id: signalIdSchema, strength: z.number().gt(0).max(1).default(1) }))
    .default([]),
});
export type QuestionOption = z.infer<typeof optionSchema>;

/** The value every question accepts: it changes nothing. */
export const NOT_SURE = 'not-sure';

export const questionSchema = z.object({
  id: signalIdSchema,
  /**
   * The question as shown. Written from what the user has seen, never diagnosing the partner.
   * Placeholders: `{partner}` (the name, or "your partner"), `{Partner}` (capitalised), `{they}`,
   * `{them}`, `{their}`, `{They}`, `{Their}`. The subject is `{partner}` where a verb follows,
   * so "they/she/he" never needs a different verb form.
   */
  text: z.string().min(10),
  /** Whose side the question is about. */
  about: z.enum(['partner', 'self', 'relationship', 'safety']),
  options: z.array(optionSchema).min(2),
  /** Shown only after the given question was answered with one of these values. */
  followUp: z.object({ questionId: signalIdSchema, values: z.array(z.string()).min(1) }).optional(),
  /** A short hint shown under the question. */
  help: z.string().optional(),
});
export type Question = z.infer<typeof questionSchema>;

export const knowledgeSchema = z.object({
  causes: z.array(causeSchema),
  signals: z.array(signalSchema),
  /** The safety screen, asked first in every assessment. */
  safetyQuestions: z.array(questionSchema),
  questions: z.array(questionSchema),
});
export type KnowledgeBase = z.infer<typeof knowledgeSchema>;
