/**
 * The safety gate: decides, from the assessment's safety block, what the guidance may say.
 * It is deliberately simple and conservative: any flag lifts the level to at least `concern`,
 * and the level is never lower than the strongest flag, whatever the block's own `level` says.
 */
import type { SafetyBlock } from '../evidence/assessment.js';
import type { SafetyFlagId, SafetyLevel } from '../knowledge/schema.js';
import type { SafetyGroup } from './schema.js';

/** Flags that are urgent whatever level they arrive with (research-base.md §4.1). */
export const URGENT_FLAGS: readonly SafetyFlagId[] = [
  'strangulation',
  'weapon',
  'threat-to-kill',
  'escalation',
  'stalking',
  'self-harm',
];

/** Flags that are not about abuse by the partner: crises of one person. */
const CRISIS_FLAGS: readonly SafetyFlagId[] = ['self-harm', 'partner-crisis'];

export type SafetyGate = {
  level: SafetyLevel;
  flags: SafetyFlagId[];
  /** The user's own crisis: crisis lines go first, whatever else. */
  selfHarm: boolean;
  partnerCrisis: boolean;
  /** Signs of abuse or coercive control (every flag but the two crises). */
  abuse: boolean;
  /** An urgent abuse flag: emergency numbers and the abuse line at the top. */
  urgentAbuse: boolean;
  /** Whether the guidance may suggest talking with the partner, joint activities or couples counselling. */
  allowsPartnerSteps: boolean;
  /** The safety groups that apply, most pressing first. */
  groups: SafetyGroup[];
};

const rank: Record<SafetyLevel, number> = { none: 0, concern: 1, urgent: 2 };

/**
 * Reads the safety block conservatively.
 *
 * @example
 * safetyGate({ level: 'none', flags: [] }).allowsPartnerSteps // → true
 * safetyGate({ level: 'concern', flags: [{ id: 'weapon', level: 'concern', provenance }] }).level // → 'urgent'
 */
export function safetyGate(block: SafetyBlock): SafetyGate {
  const flags = [...new Set(block.flags.map((f) => f.id))];
  let level: SafetyLevel = block.level;
  for (const flag of block.flags) {
    const flagLevel: SafetyLevel = URGENT_FLAGS.includes(flag.id) ? 'urgent' : flag.level;
    if (rank[flagLevel] > rank[level]) level = flagLevel;
  }
  const selfHarm = flags.includes('self-harm');
  const partnerCrisis = flags.includes('partner-crisis');
  const abuseFlags = flags.filter((f) => !CRISIS_FLAGS.includes(f));
  const urgentAbuse = abuseFlags.some((f) => URGENT_FLAGS.includes(f));
  // A level set without any flag (e.g. from a source that only reports a level) is treated as
  // a sign of abuse: the safe reading when we cannot tell.
  const abuse = abuseFlags.length > 0 || (level !== 'none' && !selfHarm && !partnerCrisis);
  const groups: SafetyGroup[] = [];
  if (selfHarm) groups.push('self-harm');
  if (urgentAbuse || (abuse && level === 'urgent')) groups.push('urgent');
  if (abuse) groups.push('abuse');
  if (partnerCrisis) groups.push('partner-crisis');
  return {
    level,
    flags,
    selfHarm,
    partnerCrisis,
    abuse,
    urgentAbuse: groups.includes('urgent'),
    allowsPartnerSteps: level === 'none',
    groups,
  };
}
