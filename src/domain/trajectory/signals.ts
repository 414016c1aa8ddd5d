/**
 * Trajectory → observations for the evidence engine (signal ids fixed in the signals contract).
 * Strength reflects how clear the evidence is: the state's confidence, and for events how
 * close they sit to the onset.
 */
import type { Observation } from '../evidence/observation.js';
import type { Indicator, IndicatorAnalysis, TrajectoryCore } from './checkins.js';
import { INDICATOR_LABELS } from './checkins.js';
import { describeLag, type EventKind } from './events.js';
import { capitalise, level, timesNoise, weeks } from './format.js';
import { clamp } from './robust.js';
import type { SeriesAnalysis, TrajectoryState } from './series.js';

const STATE_SIGNAL: Record<Exclude<TrajectoryState, 'insufficient-data'>, string> = {
  stable: 'trend.stable',
  improving: 'trend.improving',
  dip: 'trend.dip',
  'sustained-decline': 'trend.sustained-decline',
  recovering: 'trend.recovering',
  recovered: 'trend.dip-recovered',
};

const DROP_STATES: readonly TrajectoryState[] = [
  'dip',
  'sustained-decline',
  'recovering',
  'recovered',
];
const FALLING: readonly TrajectoryState[] = ['dip', 'sustained-decline'];
const EVENT_SIGNAL: Partial<Record<EventKind, string>> = {
  stressor: 'trend.decline-after-stressor',
  loss: 'trend.decline-after-loss',
  conflict: 'trend.decline-after-conflict',
};
const INDICATOR_SIGNAL: Partial<Record<Indicator, string>> = {
  criticism: 'trend.criticism-rising',
  affection: 'trend.affection-falling',
  communication: 'trend.communication-falling',
};

/** Strength from a confidence: never 0 for a state we report, rounded for stable output. */
const strengthOf = (confidence: number): number =>
  Math.round(clamp(0.2 + 0.8 * confidence, 0, 1) * 100) / 100;

function provenance(indicator: string, analysis: SeriesAnalysis, detail: string) {
  return {
    kind: 'trajectory' as const,
    indicator,
    from: analysis.onset ?? analysis.from,
    to: analysis.to,
    size: Math.round(analysis.changeSize * 10) / 10,
    detail,
  };
}

/** One sentence describing what a series did, for provenance. */
export function describeChange(name: string, a: SeriesAnalysis): string {
  const label = capitalise(name);
  switch (a.state) {
    case 'stable':
      return `${label} stayed around ${level(a.baseline)} from ${a.from} to ${a.to}.`;
    case 'improving':
      return `${label} rose from ${level(a.baseline)} to ${level(a.current)} from ${a.onset ?? a.from}.`;
    case 'dip':
    case 'sustained-decline': {
      const verb = a.current > a.baseline ? 'rose' : 'fell';
      return `${label} ${verb} from ${level(a.baseline)} to ${level(a.current)} from ${a.onset ?? a.from} (${weeks(a.durationWeeks ?? 0)}, ${timesNoise(a.changeSize)} the usual ups and downs).`;
    }
    case 'recovering':
      return `${label} fell from ${level(a.baseline)} to ${level(a.extreme ?? a.current)} from ${a.onset ?? a.from} and is back up to ${level(a.current)}.`;
    case 'recovered':
      return `${label} fell from ${level(a.baseline)} to ${level(a.extreme ?? a.current)} from ${a.onset ?? a.from} and came back to ${level(a.current)} within ${weeks(a.durationWeeks ?? 0)}.`;
    default:
      return `${label}: not enough check-ins yet.`;
  }
}

/**
 * The observations a check-in trajectory contributes to an assessment.
 *
 * @example
 * trajectorySignals(core, { eventsProvided: true }).map((o) => o.signalId);
 * // ['trend.sustained-decline', 'trend.decline-after-stressor']
 */
export function trajectorySignals(
  core: TrajectoryCore,
  options: { eventsProvided: boolean },
): Observation[] {
  const { composite } = core;
  if (composite.state === 'insufficient-data') return [];
  const out: Observation[] = [];
  const strength = strengthOf(composite.confidence);
  const detail = describeChange(INDICATOR_LABELS.composite, composite);
  out.push({
    signalId: STATE_SIGNAL[composite.state],
    strength,
    provenance: provenance('composite', composite, detail),
  });

  if (DROP_STATES.includes(composite.state)) {
    const seen = new Set<string>();
    for (const event of core.alignedEvents) {
      const signalId = EVENT_SIGNAL[event.kind];
      if (signalId === undefined || seen.has(signalId)) continue;
      seen.add(signalId);
      out.push({
        signalId,
        strength: Math.round(strength * event.closeness * 100) / 100,
        provenance: provenance(
          'composite',
          composite,
          `The drop began ${describeLag(event.lagDays)} '${event.label}' (${event.date}).`,
        ),
      });
    }
    if (options.eventsProvided && core.alignedEvents.length === 0) {
      out.push({
        signalId: 'trend.decline-no-event',
        strength,
        provenance: provenance(
          'composite',
          composite,
          `No recorded event falls between 8 weeks before and 1 week after the drop began (${composite.onset ?? composite.from}).`,
        ),
      });
    }
  }

  const future = core.indicators.future;
  const restHolds = ['stable', 'improving', 'recovered'].includes(core.withoutFuture.state);
  if (FALLING.includes(future.state) && restHolds) {
    out.push({
      signalId: 'trend.future-talk-falling',
      strength: strengthOf(future.confidence),
      provenance: provenance(
        'future',
        future,
        `${describeChange(INDICATOR_LABELS.future, future)} The other indicators held.`,
      ),
    });
  }
  for (const [indicator, signalId] of Object.entries(INDICATOR_SIGNAL) as [Indicator, string][]) {
    const analysis: IndicatorAnalysis = core.indicators[indicator];
    if (!FALLING.includes(analysis.state)) continue;
    out.push({
      signalId,
      strength: strengthOf(analysis.confidence),
      provenance: provenance(
        indicator,
        analysis,
        describeChange(INDICATOR_LABELS[indicator], analysis),
      ),
    });
  }
  return out;
}
