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
 * A description of a blind set: labelled with its main cause only (no signal labels). The
 * files' labels are their writers', not ours to edit.
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

/** A set written blind: where it stands now (the bench's heading) and its cases. */
export type BlindSet = {
  label: string;
  descriptions: readonly DescriptionCase[];
  safety: readonly LevelledSafetyCase[];
};

const blindSet = (label: string, descriptions: unknown, safety: unknown): BlindSet => ({
  label,
  descriptions: fromBlind(descriptions as BlindDescription[]),
  safety: safety as LevelledSafetyCase[],
});

/**
 * The sets written blind, in the order they were written. Each writer saw neither the reader
 * nor the other sets. Each set's first run is the honest estimate for text the reader has not
 * seen and is recorded in docs/text-analysis.md; a set studied after it says so in its label,
 * and from then on its figures are training figures. Whoever studies the newest set must say so
 * there and write a fresh one. Reported by the bench; not asserted in tests.
 *
 * - `blind/` (64 descriptions, 63 safety cases) and `blind-2/` (48 / 59): the first two, after
 *   the lexicon had been tuned on our own corpus;
 * - `blind-3/` to `blind-7/` (60 / 70 each: five descriptions per cause; 45 disclosures, 17 or
 *   16 of them urgent, and 25 hard negatives), all written on 2026-11-22, each while the one
 *   before was being studied.
 */
export const BLIND_SETS: readonly BlindSet[] = [
  blindSet(
    'third set (blind on its first run, tuned on since: see docs)',
    blindDescriptionsData,
    blindSafetyData,
  ),
  blindSet(
    'fourth set (blind on its first run, studied since: see docs)',
    blind2DescriptionsData,
    blind2SafetyData,
  ),
  blindSet(
    'fifth set (blind on its first run, studied since: see docs)',
    blind3DescriptionsData,
    blind3SafetyData,
  ),
  blindSet(
    'sixth set (blind on its first run, studied since: see docs)',
    blind4DescriptionsData,
    blind4SafetyData,
  ),
  blindSet(
    'seventh set (blind on its first run, studied since: see docs)',
    blind5DescriptionsData,
    blind5SafetyData,
  ),
  blindSet(
    'eighth set (blind on its first run; its descriptions studied since: see docs)',
    blind6DescriptionsData,
    blind6SafetyData,
  ),
  blindSet(
    'ninth set (written 2026-11-22; first run blind: see docs)',
    blind7DescriptionsData,
    blind7SafetyData,
  ),
];

/**
 * Our own extra sets (48 descriptions with signal labels, 178 safety cases with levels), written to
 * test wording no rule listed; the safety cases are asserted in safety.test.ts. Reported by the
 * bench beside the others.
 */
export const EXTRA_DESCRIPTIONS = extraDescriptionsData as DescriptionCase[];
export const EXTRA_SAFETY = extraSafetyData as LevelledSafetyCase[];
