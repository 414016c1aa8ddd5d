/**
 * Hand-made assessments for the guidance tests: made-up data only, shaped like the engine's
 * output so the plan builder can be tested without it.
 */
import fc from 'fast-check';
import type {
  Assessment,
  CauseAssessment,
  Confidence,
  SafetyFlag,
} from '../../evidence/assessment.js';
import {
  CAUSE_IDS,
  SAFETY_FLAG_IDS,
  type CauseId,
  type SafetyFlagId,
  type SafetyLevel,
} from '../../knowledge/schema.js';
import { URGENT_FLAGS } from '../safety-gate.js';

const NAMES: Record<CauseId, string> = {
  'fear-of-intimacy': 'fear of intimacy',
  'external-stress': 'outside stress',
  'unmet-needs': 'unmet needs',
  'communication-breakdown': 'communication breakdown',
  'loss-of-attraction': 'loss of attraction',
  'changed-priorities': 'changed priorities',
  'emotional-unavailability': 'emotional unavailability',
  'avoidant-attachment': 'avoidant attachment',
  'personal-struggles': 'personal struggles',
  'pursue-withdraw': 'a pursue–withdraw cycle',
  settling: 'settling after the early phase',
  disengaging: 'disengaging from the relationship',
};

export function cause(
  id: CauseId,
  score: number,
  confidence: Confidence = 'medium',
): CauseAssessment {
  const logOdds = Math.log(score / (1 - score));
  return {
    id,
    name: NAMES[id],
    score,
    confidence,
    priorLogOdds: -1.5,
    logOdds,
    for: [],
    against: [],
    facets: [],
  };
}

export function flag(id: SafetyFlagId): SafetyFlag {
  return {
    id,
    level: URGENT_FLAGS.includes(id) ? 'urgent' : 'concern',
    provenance: { kind: 'answer', questionId: `safety.${id}`, value: 'yes' },
  };
}

/** An assessment where the given causes lead in order, all others low. */
export function assessmentWith(
  leading: [CauseId, number, Confidence?][],
  flags: SafetyFlagId[] = [],
): Assessment {
  const lead = leading.map(([id, score, confidence]) => cause(id, score, confidence ?? 'high'));
  const rest = CAUSE_IDS.filter((id) => !leading.some(([l]) => l === id)).map((id) =>
    cause(id, 0.08, 'low'),
  );
  const safetyFlags = flags.map(flag);
  return {
    causes: [...lead, ...rest].sort((a, b) => b.score - a.score),
    safety: { level: levelOf(safetyFlags), flags: safetyFlags },
  };
}

export function levelOf(flags: SafetyFlag[]): SafetyLevel {
  if (flags.some((f) => f.level === 'urgent')) return 'urgent';
  return flags.length > 0 ? 'concern' : 'none';
}

const confidenceArb = fc.constantFrom<Confidence>('low', 'medium', 'high');

/** Random assessments: random scores and confidences, and a random set of safety flags. */
export const assessmentArb: fc.Arbitrary<Assessment> = fc
  .record({
    scores: fc.array(fc.double({ min: 0.01, max: 0.99, noNaN: true }), {
      minLength: CAUSE_IDS.length,
      maxLength: CAUSE_IDS.length,
    }),
    confidences: fc.array(confidenceArb, {
      minLength: CAUSE_IDS.length,
      maxLength: CAUSE_IDS.length,
    }),
    flags: fc.uniqueArray(fc.constantFrom(...SAFETY_FLAG_IDS), { maxLength: 4 }),
    /** Sometimes the block's level is set without matching flags, or lower than them. */
    levelOverride: fc.option(fc.constantFrom<SafetyLevel>('none', 'concern', 'urgent')),
  })
  .map(({ scores, confidences, flags, levelOverride }) => {
    const causes = CAUSE_IDS.map((id, i) =>
      cause(id, scores[i] ?? 0.5, confidences[i] ?? 'medium'),
    ).sort((a, b) => b.score - a.score);
    const safetyFlags = flags.map(flag);
    return {
      causes,
      safety: { level: levelOverride ?? levelOf(safetyFlags), flags: safetyFlags },
    };
  });
