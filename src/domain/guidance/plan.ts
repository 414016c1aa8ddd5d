/**
 * The plan: turns an assessment (ranked causes with confidence, the safety block), the
 * trajectory state and the user's country into 3–7 steps for this week, what to avoid, and
 * when to look again. Safety first: when the gate is up, help lines and safety steps replace
 * everything that involves the partner.
 */
import type { Assessment, Confidence } from '../evidence/assessment.js';
import type { CauseId, SafetyFlagId, SafetyLevel } from '../knowledge/schema.js';
import { renderQuestionText, type PartnerWording } from '../knowledge/wording.js';
import { monitoringExplanation } from './monitoring.js';
import { resolveCountry, resourcesFor, type ResourceItem } from './resources.js';
import { safetyGate, type SafetyGate } from './safety-gate.js';
import type {
  GuidanceData,
  PartnerInvolvement,
  SafetyGroup,
  StepTemplate,
  TipId,
  TrajectoryState,
} from './schema.js';

export type PlanInput = {
  assessment: Assessment;
  /** The check-in trajectory state, when there are check-ins. */
  trajectory?: TrajectoryState | undefined;
  /** ISO country code (or alias such as "UK"); unknown or missing → international directories. */
  country?: string | null | undefined;
  wording?: PartnerWording | undefined;
  /** The user's own words (free text, a question), scanned for requests to monitor the partner. */
  userWords?: string | undefined;
};

export type StepCause = { id: CauseId; name: string; why: string };

export type PlanStep = {
  id: string;
  kind: 'safety' | 'cause';
  title: string;
  /** The causes this step addresses in this plan, each with why (empty for safety steps). */
  causes: StepCause[];
  /** The safety flags a safety step answers (empty for cause steps). */
  safetyFlags: SafetyFlagId[];
  /** Why this step is in the plan, in one or two sentences. */
  why: string;
  thisWeek: string[];
  watchFor: string;
  involvesPartner: PartnerInvolvement;
  tip?: { id: TipId; text: string };
  practice?: string;
  source?: string;
};

export type PlanWarning = {
  cause: CauseId;
  causeName: string;
  avoid: string;
  why: string;
  instead: string;
  source?: string;
};

export type PlanSection =
  | 'safety'
  | 'resources'
  | 'monitoring'
  | 'steps'
  | 'warnings'
  | 'honesty'
  | 'for-yourself'
  | 'recheck';

export type FocusCause = {
  id: CauseId;
  name: string;
  score: number;
  confidence: Confidence;
  /** score × confidence factor: how much the plan leans on this cause. */
  weight: number;
};

export type Plan = {
  safety: {
    level: SafetyLevel;
    flags: SafetyFlagId[];
    /** Why the plan changed, in plain words (empty when the level is none). */
    notes: string[];
    whatToExpect: string[];
    safetyPlanning: string[];
    deviceSafety: string[];
  };
  resources: {
    /** The country the lines are for, or null when the directories stand in. */
    country: string | null;
    resolvedBy: 'country' | 'directories';
    /** At the top of the plan under a safety concern; a quiet footer otherwise. */
    placement: 'top' | 'footer';
    notes: string[];
    items: ResourceItem[];
  };
  steps: PlanStep[];
  warnings: PlanWarning[];
  /** Set when disengaging is among the likely explanations. */
  honesty: string[] | null;
  forYourself: string[];
  /** Set when the user asked about monitoring the partner: why closer will not help with it. */
  monitoring: string[] | null;
  recheck: {
    weeks: number;
    why: string;
    indicators: string[];
    trajectory: TrajectoryState | null;
  };
  /** The causes the plan leans on, strongest first. */
  focus: FocusCause[];
  /** True when no cause is well supported yet: the plan is general. */
  lowEvidence: boolean;
  /** The order in which adapters show the sections. */
  layout: PlanSection[];
};

const CONFIDENCE_FACTOR: Record<Confidence, number> = { low: 0.5, medium: 0.75, high: 1 };
/** A cause needs at least this weight to shape the plan. */
const FOCUS_MIN_WEIGHT = 0.2;
const MAX_FOCUS = 3;
const MIN_STEPS = 3;
const MAX_STEPS = 7;
const MAX_SAFETY_STEPS = 6;
/** Causes under which several talks in one week would be pressure. */
const PACING_CAUSES: readonly CauseId[] = [
  'pursue-withdraw',
  'avoidant-attachment',
  'fear-of-intimacy',
];
const TALKING: readonly PartnerInvolvement[] = ['conversation', 'couples-counselling'];

/**
 * The causes the plan leans on: weighted by confidence, at most three, and at least the top
 * two (flagged as low evidence) when none is well supported.
 *
 * @example
 * focusCauses(assessment).map((c) => c.id) // → ['external-stress', 'personal-struggles']
 */
export function focusCauses(assessment: Assessment): { focus: FocusCause[]; lowEvidence: boolean } {
  const weighted = assessment.causes
    .map((c) => ({
      id: c.id,
      name: c.name,
      score: c.score,
      confidence: c.confidence,
      weight: clamp01(c.score) * CONFIDENCE_FACTOR[c.confidence],
    }))
    .sort((a, b) => b.weight - a.weight || b.score - a.score);
  const strong = weighted.filter((c) => c.weight >= FOCUS_MIN_WEIGHT).slice(0, MAX_FOCUS);
  if (strong.length > 0) return { focus: strong, lowEvidence: false };
  return { focus: weighted.slice(0, 2), lowEvidence: true };
}

/**
 * Builds the plan.
 *
 * @example
 * const plan = buildPlan(guidanceData(), { assessment, trajectory: 'dip', country: 'GB' });
 * plan.steps.map((s) => s.title);
 */
export function buildPlan(data: GuidanceData, input: PlanInput): Plan {
  const wording = input.wording ?? {};
  const render = (template: string) => renderQuestionText(template, wording);
  const gate = safetyGate(input.assessment.safety);
  const { focus, lowEvidence } = focusCauses(input.assessment);
  const trajectory = input.trajectory ?? null;
  const names = new Map(input.assessment.causes.map((c) => [c.id, c.name]));

  const safety = gate.allowsPartnerSteps ? [] : safetySteps(data, gate);
  const steps = gate.allowsPartnerSteps
    ? causeSteps(data, focus, trajectory, MIN_STEPS, MAX_STEPS, names)
    : [...safety, ...gatedExtras(data, focus, safety.length, names)];
  const renderedSteps = steps.slice(0, MAX_STEPS).map((s) => renderStep(s, render));

  const resolved = resolveCountry(data.resources, input.country);
  const monitoring = input.userWords ? monitoringExplanation(data, input.userWords, wording) : null;
  const disengaging = focus.some((c) => c.id === 'disengaging');
  const honesty = gate.allowsPartnerSteps && disengaging ? data.plan.honesty.map(render) : null;

  const warnings: PlanWarning[] = gate.allowsPartnerSteps
    ? focus.flatMap((cause) =>
        data.plan.backfires
          .filter((b) => b.cause === cause.id)
          .map((b) => ({
            cause: cause.id,
            causeName: cause.name,
            avoid: render(b.avoid),
            why: render(b.why),
            instead: render(b.instead),
            ...(b.source === undefined ? {} : { source: b.source }),
          })),
      )
    : [];

  const layout: PlanSection[] = gate.allowsPartnerSteps
    ? [
        ...(monitoring ? (['monitoring'] as const) : []),
        'steps',
        'warnings',
        ...(honesty ? (['honesty'] as const) : []),
        'for-yourself',
        'recheck',
        'resources',
      ]
    : [
        'safety',
        'resources',
        'steps',
        ...(monitoring ? (['monitoring'] as const) : []),
        'for-yourself',
        'recheck',
      ];

  return {
    safety: {
      level: gate.level,
      flags: gate.flags,
      notes: safetyNotes(data, gate).map(render),
      whatToExpect: gate.level === 'none' ? [] : data.resources.whatToExpect,
      safetyPlanning: gate.abuse ? data.resources.safetyPlanning : [],
      deviceSafety: gate.abuse ? data.resources.deviceSafety : [],
    },
    resources: {
      country: resolved.resolvedBy === 'country' ? resolved.country.code : null,
      resolvedBy: resolved.resolvedBy,
      placement: gate.allowsPartnerSteps ? 'footer' : 'top',
      notes: resolved.resolvedBy === 'directories' ? data.resources.unknownCountry : [],
      items: resourcesFor(data.resources, input.country, gate),
    },
    steps: renderedSteps,
    warnings,
    honesty,
    forYourself: data.plan.forYourself.map(render),
    monitoring,
    recheck: recheckFor(data, gate, focus, trajectory, render),
    focus,
    lowEvidence,
    layout,
  };
}

type DraftStep = Omit<PlanStep, 'causes'> & { causes: StepCause[] };

function causeSteps(
  data: GuidanceData,
  focus: FocusCause[],
  trajectory: TrajectoryState | null,
  minSteps: number,
  maxSteps: number,
  names: ReadonlyMap<CauseId, string>,
): DraftStep[] {
  const focusIds = new Set(focus.map((c) => c.id));
  const weightOf = new Map(focus.map((c) => [c.id, c.weight]));
  const paced = focus.some((c) => PACING_CAUSES.includes(c.id));
  const maxTalks = paced ? 1 : 2;

  const candidates = data.plan.steps.filter((s) => !s.avoidWhen.some((c) => focusIds.has(c)));
  const relevance = (s: StepTemplate) => {
    let total = 0;
    for (const [cause, reason] of entries(s.causes)) {
      total += (weightOf.get(cause) ?? 0) * (reason.fit / 3);
    }
    return total + (trajectory ? (s.trajectoryBoost[trajectory] ?? 0) : 0);
  };

  const chosen: StepTemplate[] = [];
  const talks = () => chosen.filter((s) => TALKING.includes(s.involvesPartner)).length;
  const canTake = (s: StepTemplate) =>
    !chosen.includes(s) && (!TALKING.includes(s.involvesPartner) || talks() < maxTalks);
  const take = (s: StepTemplate | undefined) => {
    if (s && canTake(s) && chosen.length < maxSteps) chosen.push(s);
  };
  const bestFor = (cause: CauseId) =>
    candidates
      .filter((s) => s.causes[cause] !== undefined && canTake(s) && s.id !== 'self-care')
      .sort(
        (a, b) =>
          (b.causes[cause]?.fit ?? 0) - (a.causes[cause]?.fit ?? 0) || relevance(b) - relevance(a),
      )[0];

  // Every focus cause gets its best step, and the leading cause a second one, so the plan
  // visibly answers what was found.
  for (const cause of focus) take(bestFor(cause.id));
  const lead = focus[0];
  if (lead) take(bestFor(lead.id));
  // Then the most relevant of the rest, leaving room for self-care at the end.
  const bodyLimit = Math.max(minSteps - 1, Math.min(maxSteps - 1, 5));
  for (const s of [...candidates].sort((a, b) => relevance(b) - relevance(a))) {
    if (chosen.length >= bodyLimit) break;
    if (s.id !== 'self-care' && relevance(s) > 0) take(s);
  }
  const selfCare = candidates.find((s) => s.id === 'self-care');
  take(selfCare);
  // Too few (nothing is well supported yet): general steps that fit any cause.
  for (const id of ['own-needs', 'listen-first', 'turn-toward-bids', 'individual-support']) {
    if (chosen.length >= minSteps) break;
    const fallback = candidates.find((s) => s.id === id);
    if (fallback && !chosen.includes(fallback)) chosen.splice(chosen.length - 1, 0, fallback);
  }

  const ordered = [
    ...chosen.filter((s) => s.id !== 'self-care').sort((a, b) => relevance(b) - relevance(a)),
    ...chosen.filter((s) => s.id === 'self-care'),
  ];
  return ordered.map((s) => toDraft(data, s, focus, names));
}

function toDraft(
  data: GuidanceData,
  s: StepTemplate,
  focus: FocusCause[],
  names: ReadonlyMap<CauseId, string>,
): DraftStep {
  const named = focus.filter((c) => s.causes[c.id] !== undefined);
  // A general step chosen without a matching focus cause still names what it answers.
  const causes: StepCause[] = (
    named.length > 0
      ? named.map((c) => ({ id: c.id, name: c.name }))
      : entries(s.causes)
          .slice(0, 2)
          .map(([id]) => ({ id, name: names.get(id) ?? id.replace(/-/g, ' ') }))
  ).map((c) => ({ ...c, why: s.causes[c.id]?.why ?? '' }));
  return {
    id: s.id,
    kind: 'cause',
    title: s.title,
    causes,
    safetyFlags: [],
    why: causes.map((c) => c.why).join(' '),
    thisWeek: s.thisWeek,
    watchFor: s.watchFor,
    involvesPartner: s.involvesPartner,
    ...(s.tip === undefined ? {} : { tip: { id: s.tip, text: data.plan.tips[s.tip] } }),
    ...(s.practice === undefined ? {} : { practice: s.practice }),
    ...(s.source === undefined ? {} : { source: s.source }),
  };
}

/** Under the safety gate: steps for the user alone, self-care first. */
const GATED_EXTRAS = ['self-care', 'individual-support', 'footing-either-way', 'own-needs'];

function gatedExtras(
  data: GuidanceData,
  focus: FocusCause[],
  safetyCount: number,
  names: ReadonlyMap<CauseId, string>,
): DraftStep[] {
  const count = Math.min(MAX_STEPS - safetyCount, Math.max(1, MIN_STEPS - safetyCount));
  return GATED_EXTRAS.map((id) => data.plan.steps.find((s) => s.id === id))
    .filter((s): s is StepTemplate => s !== undefined && s.involvesPartner === 'none')
    .slice(0, count)
    .map((s) => toDraft(data, s, focus, names));
}

const GROUP_FLAGS: Record<SafetyGroup, (gate: SafetyGate) => SafetyFlagId[]> = {
  'self-harm': () => ['self-harm'],
  'partner-crisis': () => ['partner-crisis'],
  urgent: (gate) =>
    gate.flags.filter((f) =>
      ['strangulation', 'weapon', 'threat-to-kill', 'escalation', 'stalking'].includes(f),
    ),
  abuse: (gate) => gate.flags.filter((f) => f !== 'self-harm' && f !== 'partner-crisis'),
};

function safetySteps(data: GuidanceData, gate: SafetyGate): DraftStep[] {
  const out: DraftStep[] = [];
  for (const group of gate.groups) {
    for (const s of data.plan.safetySteps) {
      if (!s.appliesTo.includes(group) || out.some((o) => o.id === s.id)) continue;
      const flags = [
        ...new Set(
          s.appliesTo.filter((g) => gate.groups.includes(g)).flatMap((g) => GROUP_FLAGS[g](gate)),
        ),
      ];
      out.push({
        id: s.id,
        kind: 'safety',
        title: s.title,
        causes: [],
        safetyFlags: flags,
        why: s.why,
        thisWeek: s.thisWeek,
        watchFor: s.watchFor,
        involvesPartner: 'none',
        ...(s.source === undefined ? {} : { source: s.source }),
      });
    }
  }
  return out.slice(0, MAX_SAFETY_STEPS);
}

function safetyNotes(data: GuidanceData, gate: SafetyGate): string[] {
  const notes = data.plan.safetyNotes;
  return [
    ...(gate.selfHarm ? notes.selfHarm : []),
    ...(gate.urgentAbuse ? notes.urgent : gate.abuse ? notes.concern : []),
    ...(gate.partnerCrisis ? notes.partnerCrisis : []),
  ];
}

function recheckFor(
  data: GuidanceData,
  gate: SafetyGate,
  focus: FocusCause[],
  trajectory: TrajectoryState | null,
  render: (t: string) => string,
): Plan['recheck'] {
  if (!gate.allowsPartnerSteps) {
    const r = data.plan.safetyRecheck;
    return { weeks: r.weeks, why: r.why, indicators: r.indicators.map(render), trajectory };
  }
  const r = data.plan.recheck[trajectory ?? 'insufficient-data'];
  const indicators = [
    ...new Set(focus.flatMap((c) => data.plan.indicators[c.id] ?? []).map(render)),
  ];
  return { weeks: r.weeks, why: r.why, indicators, trajectory };
}

function renderStep(s: DraftStep, render: (t: string) => string): PlanStep {
  return {
    ...s,
    title: render(s.title),
    why: render(s.why),
    causes: s.causes.map((c) => ({ ...c, why: render(c.why) })),
    thisWeek: s.thisWeek.map(render),
    watchFor: render(s.watchFor),
  };
}

function entries<K extends string, V>(record: Partial<Record<K, V>>): [K, V][] {
  return Object.entries(record) as [K, V][];
}

function clamp01(x: number): number {
  return Number.isFinite(x) ? Math.min(1, Math.max(0, x)) : 0;
}
