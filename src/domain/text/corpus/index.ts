/**
 * Our own labelled corpus (written by us, made-up people): descriptions labelled with the
 * signals and main cause we expect, and safety cases labelled with the flags we expect. Used by
 * the tests (regression guard) and by bench/text.bench.ts (accuracy tables).
 */
import type { CauseId, SafetyFlagId, SafetyLevel } from '../../knowledge/schema.js';
import type { Pronoun } from '../references.js';
import descriptionsData from './descriptions.json' with { type: 'json' };
import heldOutData from './held-out.json' with { type: 'json' };
import safetyData from './safety.json' with { type: 'json' };
import extraDescriptionsData from './descriptions-extra.json' with { type: 'json' };
import extraSafetyData from './safety-extra.json' with { type: 'json' };
import blindDescriptionsData from './blind/descriptions.json' with { type: 'json' };
import blindSafetyData from './blind/safety.json' with { type: 'json' };
import blind2DescriptionsData from './blind-2/descriptions.json' with { type: 'json' };
import blind2SafetyData from './blind-2/safety.json' with { type: 'json' };
import blind3DescriptionsData from './blind-3/descriptions.json' with { type: 'json' };
import blind3SafetyData from './blind-3/safety.json' with { type: 'json' };
import blind4DescriptionsData from './blind-4/descriptions.json' with { type: 'json' };
import blind4SafetyData from './blind-4/safety.json' with { type: 'json' };
import blind5DescriptionsData from './blind-5/descriptions.json' with { type: 'json' };
import blind5SafetyData from './blind-5/safety.json' with { type: 'json' };
import blind6DescriptionsData from './blind-6/descriptions.json' with { type: 'json' };
import blind6SafetyData from './blind-6/safety.json' with { type: 'json' };
import blind7DescriptionsData from './blind-7/descriptions.json' with { type: 'json' };
import blind7SafetyData from './blind-7/safety.json' with { type: 'json' };

export type SafetyCase = {
  id: string;
  text: string;
  /** Expected flags; empty for a negative (idioms, denials, other people). */
  flags: SafetyFlagId[];
  name?: string;
  pronoun?: Pronoun;
};

export type DescriptionCase = {
  id: string;
  text: string;
  /** The cause the description was written to illustrate. */
  cause: CauseId;
  /** Signal ids a careful reader would take from it. */
  signals: string[];
  name?: string;
  pronoun?: Pronoun;
};

export const SAFETY_CASES = safetyData as SafetyCase[];
export const DESCRIPTION_CASES = descriptionsData as DescriptionCase[];

/**
 * A second set written after the lexicon was tuned on the two above. Its first run was blind (see
 * docs/text-analysis.md for those figures); the lexicon was broadened once afterwards, so it is no
 * longer blind. Reported separately by the bench; not asserted in tests.
 */
export const HELD_OUT_DESCRIPTIONS = heldOutData.descriptions as DescriptionCase[];
export const HELD_OUT_SAFETY = heldOutData.safety as SafetyCase[];

/** A blind case: the level a careful reader would give the whole text, beside its flags. */
export type LevelledSafetyCase = SafetyCase & { level: SafetyLevel };

/**
 * The third set, written by someone who never saw the lexicon or the other sets: 64 descriptions
 * labelled with their main cause only (no signal labels) and 63 safety cases labelled with flags
 * and a level. Its first run is recorded in docs/text-analysis.md; the files' labels are not ours
 * to edit. Reported by the bench; not asserted in tests.
 */
type BlindDescription = {
  id: string;
  text: string;
  cause: CauseId;
  partnerName?: string;
  pronoun?: Pronoun;
};

const fromBlind = (cases: BlindDescription[]): DescriptionCase[] =>
  cases.map((c) => ({
    id: c.id,
    text: c.text,
    cause: c.cause,
    signals: [],
    ...(c.partnerName ? { name: c.partnerName } : {}),
    ...(c.pronoun ? { pronoun: c.pronoun } : {}),
  }));

export const BLIND_DESCRIPTIONS: readonly DescriptionCase[] = fromBlind(
  blindDescriptionsData as BlindDescription[],
);
export const BLIND_SAFETY = blindSafetyData as LevelledSafetyCase[];

/**
 * The fourth set, again written by someone who saw neither the lexicon nor the other sets, after
 * the third had been used for tuning. Its first run (docs/text-analysis.md) was blind; its
 * failures were studied afterwards to find general rules, so it is no longer blind.
 */
export const BLIND_2_DESCRIPTIONS: readonly DescriptionCase[] = fromBlind(
  blind2DescriptionsData as BlindDescription[],
);
export const BLIND_2_SAFETY = blind2SafetyData as LevelledSafetyCase[];

/**
 * The fifth set (60 descriptions, 70 safety cases), written on 2026-11-22 by someone who saw
 * neither the reader nor the other sets, and first run once, after the fourth set had been
 * studied; that run is recorded in docs/text-analysis.md. Its failures were studied afterwards
 * (same day) to find general rules, so it is no longer blind. Reported by the bench; not asserted
 * in tests.
 */
export const BLIND_3_DESCRIPTIONS: readonly DescriptionCase[] = fromBlind(
  blind3DescriptionsData as BlindDescription[],
);
export const BLIND_3_SAFETY = blind3SafetyData as LevelledSafetyCase[];

/**
 * The sixth set (60 descriptions, 70 safety cases), written on 2026-11-22 by someone who saw
 * neither the reader nor the other sets, while the fifth was being studied; first run once at
 * the end of that day and recorded in docs/text-analysis.md, then studied (see there). Reported
 * by the bench; not asserted in tests.
 */
export const BLIND_4_DESCRIPTIONS: readonly DescriptionCase[] = fromBlind(
  blind4DescriptionsData as BlindDescription[],
);
export const BLIND_4_SAFETY = blind4SafetyData as LevelledSafetyCase[];

/**
 * The seventh set (60 descriptions, 70 safety cases), written on 2026-11-22 by someone who saw
 * neither the reader nor the other sets, while the sixth was being studied; its first run is
 * recorded in docs/text-analysis.md, and it was studied after it (see there). Reported by the
 * bench; not asserted in tests.
 */
export const BLIND_5_DESCRIPTIONS: readonly DescriptionCase[] = fromBlind(
  blind5DescriptionsData as BlindDescription[],
);
export const BLIND_5_SAFETY = blind5SafetyData as LevelledSafetyCase[];

/**
 * The eighth set (60 descriptions, 70 safety cases), written on 2026-11-22 by someone who saw
 * neither the reader nor the other sets, while the seventh was being studied; its first run is
 * recorded in docs/text-analysis.md, and its descriptions were studied after it (see there).
 * Reported by the bench; not asserted in tests.
 */
export const BLIND_6_DESCRIPTIONS: readonly DescriptionCase[] = fromBlind(
  blind6DescriptionsData as BlindDescription[],
);
export const BLIND_6_SAFETY = blind6SafetyData as LevelledSafetyCase[];

/**
 * The ninth set (60 descriptions, 70 safety cases), written on 2026-11-22 by someone who saw
 * neither the reader nor the other sets, while the eighth was being studied; its first run is
 * recorded in docs/text-analysis.md. Reported by the bench; not asserted in tests. Whoever
 * studies it next must say so there and write a fresh set.
 */
export const BLIND_7_DESCRIPTIONS: readonly DescriptionCase[] = fromBlind(
  blind7DescriptionsData as BlindDescription[],
);
export const BLIND_7_SAFETY = blind7SafetyData as LevelledSafetyCase[];

/**
 * Our own extra sets (48 descriptions with signal labels, 178 safety cases with levels), written to
 * test wording no rule listed; the safety cases are asserted in safety.test.ts. Reported by the
 * bench beside the others.
 */
export const EXTRA_DESCRIPTIONS = extraDescriptionsData as DescriptionCase[];
export const EXTRA_SAFETY = extraSafetyData as LevelledSafetyCase[];
