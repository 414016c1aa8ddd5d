/**
 * The evidence engine: observations → one score per cause, with every contribution kept.
 *
 * Causes are not exclusive (several can hold at once), so each is its own binary hypothesis:
 * log-odds start at the cause's prior and each observed signal adds weight × strength
 * (a natural-log likelihood ratio, scaled by how clearly the signal was seen). The score is the
 * logistic of the total.
 *
 * Signals about one cause are rarely independent (someone who "avoids deep talks" usually also
 * "says they are fine"), and adding their ratios as if they were makes every well-supported cause
 * look certain. So evidence has diminishing returns: per cause, the supporting contributions are
 * taken from strongest to weakest and the k-th counts EVIDENCE_DISCOUNT^k of its weight; the same
 * for the evidence against. Contributions still add up to the total exactly, the order of the
 * evidence still cannot matter, and more supporting evidence still never lowers a score (a new
 * item pushes weaker ones down the ladder, but never by more than it adds itself).
 */
import type { CauseId, KnowledgeBase, SafetyLevel, Signal } from '../knowledge/schema.js';
import type {
  Assessment,
  CauseAssessment,
  Confidence,
  Contribution,
  SafetyBlock,
  SafetyFlag,
} from './assessment.js';
import type { Observation, Provenance } from './observation.js';

export const logit = (p: number): number => Math.log(p / (1 - p));
export const sigmoid = (x: number): number => 1 / (1 + Math.exp(-x));

/** A stable text key for a provenance, so that ties are broken the same way in any order. */
const provenanceKey = (p: Provenance): string => JSON.stringify(p, Object.keys(p).sort());

/**
 * One observation per signal: the strongest. The same fact reported by an answer and by the
 * text must not count twice; the tie-break is by provenance so input order never matters.
 */
export function strongestPerSignal(observations: readonly Observation[]): Map<string, Observation> {
  const best = new Map<string, Observation>();
  for (const observation of observations) {
    const current = best.get(observation.signalId);
    if (
      !current ||
      observation.strength > current.strength ||
      (observation.strength === current.strength &&
        provenanceKey(observation.provenance) < provenanceKey(current.provenance))
    ) {
      best.set(observation.signalId, observation);
    }
  }
  return best;
}

export type IndexedKnowledge = {
  kb: KnowledgeBase;
  signals: Map<string, Signal>;
  priors: Map<CauseId, number>;
  /** The causes in knowledge-base order; vectors below are indexed the same way. */
  causeIds: CauseId[];
  priorVector: Float64Array;
  /** Each signal's weights as a dense vector over the causes: the hot path avoids objects. */
  weightVectors: Map<string, Float64Array>;
};

const indexCache = new WeakMap<KnowledgeBase, IndexedKnowledge>();

export function indexKnowledge(kb: KnowledgeBase): IndexedKnowledge {
  const cached = indexCache.get(kb);
  if (cached) return cached;
  const causeIds = kb.causes.map((c) => c.id);
  const weightVectors = new Map<string, Float64Array>();
  for (const signal of kb.signals) {
    const vector = new Float64Array(causeIds.length);
    causeIds.forEach((cause, i) => (vector[i] = signal.weights[cause] ?? 0));
    weightVectors.set(signal.id, vector);
  }
  const indexed: IndexedKnowledge = {
    kb,
    signals: new Map(kb.signals.map((s) => [s.id, s])),
    priors: new Map(kb.causes.map((c) => [c.id, logit(c.prior)])),
    causeIds,
    priorVector: Float64Array.from(kb.causes, (c) => logit(c.prior)),
    weightVectors,
  };
  indexCache.set(kb, indexed);
  return indexed;
}

/**
 * How sure we are about one cause, from how much evidence bears on it and how consistent it is.
 * `high` needs several signals that mostly agree; one strong answer alone is never `high`.
 */
export function confidenceOf(contributions: readonly Contribution[]): Confidence {
  const mass = contributions.reduce((sum, c) => sum + Math.abs(c.logOdds), 0);
  if (contributions.length === 0 || mass === 0) return 'low';
  const net = Math.abs(contributions.reduce((sum, c) => sum + c.logOdds, 0));
  const agreement = net / mass;
  if (contributions.length >= 3 && mass >= 3 && agreement >= 0.6) return 'high';
  if (contributions.length >= 2 && mass >= 1.5 && agreement >= 0.4) return 'medium';
  return 'low';
}

const LEVEL_RANK: Record<SafetyLevel, number> = { none: 0, concern: 1, urgent: 2 };

export function safetyFrom(
  indexed: IndexedKnowledge,
  observations: readonly Observation[],
): SafetyBlock {
  const flags: SafetyFlag[] = [];
  const seen = new Set<string>();
  let level: SafetyLevel = 'none';
  for (const observation of observations) {
    const safety = indexed.signals.get(observation.signalId)?.safety;
    if (!safety || observation.strength <= 0) continue;
    const key = `${safety.flag}|${provenanceKey(observation.provenance)}`;
    if (seen.has(key)) continue;
    seen.add(key);
    flags.push({ id: safety.flag, level: safety.level, provenance: observation.provenance });
    if (LEVEL_RANK[safety.level] > LEVEL_RANK[level]) level = safety.level;
  }
  // Urgent first, then by flag id and provenance, so the block reads the same in any input order.
  flags.sort(
    (a, b) =>
      LEVEL_RANK[b.level] - LEVEL_RANK[a.level] ||
      a.id.localeCompare(b.id) ||
      provenanceKey(a.provenance).localeCompare(provenanceKey(b.provenance)),
  );
  return { level, flags };
}

/**
 * The evidence on each cause as magnitudes, for the hot path of question selection: what-if
 * totals ("and if they answered this?") without building explanations.
 */
export type EvidenceState = {
  strengths: Map<string, number>;
  /** Per cause: magnitudes of the evidence for and against. */
  sides: { for: number[]; against: number[] }[];
  totals: Float64Array;
};

export function evidenceState(
  indexed: IndexedKnowledge,
  strongest: ReadonlyMap<string, Observation>,
): EvidenceState {
  const sides = indexed.causeIds.map(() => ({ for: [] as number[], against: [] as number[] }));
  const strengths = new Map<string, number>();
  for (const observation of strongest.values()) {
    const weights = indexed.weightVectors.get(observation.signalId);
    if (!weights || observation.strength <= 0) continue;
    strengths.set(observation.signalId, observation.strength);
    weights.forEach((w, c) => {
      const value = w * observation.strength;
      if (value > 0) sides[c]?.for.push(value);
      else if (value < 0) sides[c]?.against.push(-value);
    });
  }
  const totals = Float64Array.from(indexed.priorVector);
  sides.forEach((side, c) => {
    totals[c] = (totals[c] ?? 0) + discountedSum(side.for) - discountedSum(side.against);
  });
  return { strengths, sides, totals };
}

/** Inserts into a list sorted from the largest, keeping it sorted (lists here are short). */
function insertDescending(list: number[], value: number): void {
  let i = list.length;
  while (i > 0 && (list[i - 1] ?? 0) < value) i--;
  list.splice(i, 0, value);
}

/**
 * Writes into `out` the totals that would result from also observing `changes` (signal id and
 * strength). Only the causes those signals bear on are recomputed.
 */
export function totalsWith(
  indexed: IndexedKnowledge,
  state: EvidenceState,
  changes: ReadonlyArray<{ id: string; strength: number }>,
  out: Float64Array,
): void {
  out.set(state.totals);
  // Only changes that add something: a new signal, or one seen more strongly than before.
  const effective: { weights: Float64Array; before: number; strength: number }[] = [];
  for (const change of changes) {
    const weights = indexed.weightVectors.get(change.id);
    const before = state.strengths.get(change.id) ?? 0;
    if (weights && change.strength > before)
      effective.push({ weights, before, strength: change.strength });
  }
  if (effective.length === 0) return;
  for (let c = 0; c < out.length; c++) {
    let support: number[] | undefined;
    let against: number[] | undefined;
    for (const { weights, before, strength } of effective) {
      const w = weights[c] ?? 0;
      if (w === 0) continue;
      support ??= state.sides[c]?.for.slice() ?? [];
      against ??= state.sides[c]?.against.slice() ?? [];
      const list = w > 0 ? support : against;
      if (before > 0) list.splice(list.indexOf(Math.abs(w * before)), 1);
      insertDescending(list, Math.abs(w * strength));
    }
    if (!support || !against) continue;
    out[c] =
      (indexed.priorVector[c] ?? 0) + discountedSumSorted(support) - discountedSumSorted(against);
  }
}

/** Weight of the k-th strongest piece of evidence on one side of one cause: DISCOUNT^k. */
export const EVIDENCE_DISCOUNT = 0.8;

/** Σ DISCOUNT^k × m_k over magnitudes sorted from the largest. Sorts `magnitudes` in place. */
export function discountedSum(magnitudes: number[]): number {
  magnitudes.sort((a, b) => b - a);
  return discountedSumSorted(magnitudes);
}

/** The same over magnitudes already sorted from the largest. */
function discountedSumSorted(magnitudes: readonly number[]): number {
  let total = 0;
  let factor = 1;
  for (const m of magnitudes) {
    total += factor * m;
    factor *= EVIDENCE_DISCOUNT;
  }
  return total;
}

const round = (x: number, digits = 4) => Math.round(x * 10 ** digits) / 10 ** digits;

/**
 * Weighs all observations and returns every cause with its score, confidence and the
 * contributions for and against, sorted by score (highest first), plus the safety block.
 * Unknown signal ids are ignored here; callers validate their inputs at the boundary.
 *
 * @example
 * const result = assess(knowledgeBase(), observationsFromAnswers(kb, answers).value);
 * result.causes[0]; // { id: 'external-stress', score: 0.81, confidence: 'medium', for: [...], ... }
 */
export function assess(kb: KnowledgeBase, observations: readonly Observation[]): Assessment {
  const indexed = indexKnowledge(kb);
  const strongest = strongestPerSignal(observations);
  const perCause = new Map<CauseId, Contribution[]>(kb.causes.map((c) => [c.id, []]));

  const ordered = [...strongest.values()].sort((a, b) => a.signalId.localeCompare(b.signalId));
  for (const observation of ordered) {
    const signal = indexed.signals.get(observation.signalId);
    if (!signal || observation.strength <= 0) continue;
    for (const [cause, weight] of Object.entries(signal.weights) as [CauseId, number][]) {
      const list = perCause.get(cause);
      const logOdds = weight * observation.strength;
      if (!list || logOdds === 0) continue;
      const contribution: Contribution = {
        signalId: signal.id,
        label: signal.label,
        logOdds,
        weight: logOdds,
        reason: signal.rationale,
        provenance: observation.provenance,
      };
      if (signal.source !== undefined) contribution.source = signal.source;
      list.push(contribution);
    }
  }

  const causes: CauseAssessment[] = kb.causes.map((cause) => {
    const contributions = perCause.get(cause.id) ?? [];
    const priorLogOdds = indexed.priors.get(cause.id) ?? 0;
    const byStrength = (a: Contribution, b: Contribution) =>
      Math.abs(b.weight) - Math.abs(a.weight) || a.signalId.localeCompare(b.signalId);
    const supporting = contributions.filter((c) => c.weight > 0).sort(byStrength);
    const opposing = contributions.filter((c) => c.weight < 0).sort(byStrength);
    for (const side of [supporting, opposing]) {
      let factor = 1;
      for (const c of side) {
        c.logOdds = c.weight * factor;
        factor *= EVIDENCE_DISCOUNT;
      }
    }
    const logOdds = [...supporting, ...opposing].reduce((sum, c) => sum + c.logOdds, priorLogOdds);
    const facets = new Set<string>();
    for (const c of supporting) {
      for (const facet of indexed.signals.get(c.signalId)?.facets ?? []) {
        if (facet.startsWith(`${cause.id}/`)) facets.add(facet);
      }
    }
    return {
      id: cause.id,
      name: cause.name,
      score: round(sigmoid(logOdds)),
      confidence: confidenceOf(contributions),
      priorLogOdds,
      logOdds,
      for: supporting,
      against: opposing,
      facets: [...facets].sort(),
    };
  });
  causes.sort((a, b) => b.logOdds - a.logOdds || a.id.localeCompare(b.id));
  return { causes, safety: safetyFrom(indexed, observations) };
}
