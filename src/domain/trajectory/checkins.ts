/**
 * The check-in layer over the generic series analysis: six indicators on a 1–5 scale, a
 * composite engagement index, the events that line up with the onset, the signals for the
 * engine and a plain explanation.
 */
import type { Observation } from '../evidence/observation.js';
import type { DayInput } from './days.js';
import { alignEvents, type AlignedEvent, type LifeEvent } from './events.js';
import { explainTrajectory } from './explain.js';
import { median } from './robust.js';
import {
  analyseSeries,
  type SeriesAnalysis,
  type SeriesPoint,
  type TrajectoryState,
} from './series.js';
import { trajectorySignals } from './signals.js';

export const INDICATORS = [
  'communication',
  'affection',
  'availability',
  'future',
  'criticism',
  'connection',
] as const;
export type Indicator = (typeof INDICATORS)[number];

/** How each indicator reads in plain words. */
export const INDICATOR_LABELS: Record<Indicator | 'composite', string> = {
  communication: 'communication',
  affection: 'affection',
  availability: 'emotional availability',
  future: 'talk of the future',
  criticism: 'criticism',
  connection: 'how connected you felt',
  composite: 'overall engagement',
};

/** One check-in: a day and up to six answers on a 1–5 scale (criticism: higher is worse). */
export type CheckIn = { date: DayInput; note?: string } & Partial<Record<Indicator, number>>;

/**
 * Noise floors (points on the 1–5 scale). A single indicator moves in whole points, so a third
 * of a point is the least wobble worth assuming even for someone who always answers 4; the
 * composite averages up to six answers and is finer.
 */
export const NOISE_FLOORS = { indicator: 0.35, composite: 0.2 } as const;

/**
 * The smallest change worth reporting (points on the 1–5 scale), however steady someone's
 * answers are: a consistent shift of a third of a point in the composite is real but too small
 * to call a dip.
 */
export const MIN_CHANGE = { indicator: 0.5, composite: 0.4 } as const;

export type IndicatorAnalysis = SeriesAnalysis & { indicator: Indicator; answered: number };

/** The analysis before it is put into words and signals. */
export type TrajectoryCore = {
  state: TrajectoryState;
  composite: SeriesAnalysis;
  indicators: Record<Indicator, IndicatorAnalysis>;
  /** The composite of every indicator except talk of the future (for "the rest holds"). */
  withoutFuture: SeriesAnalysis;
  alignedEvents: AlignedEvent[];
};

export type CheckInTrajectory = TrajectoryCore & {
  explanation: string;
  signals: Observation[];
};

export type CheckInOptions = {
  /**
   * Whether the person recorded their events at all. Only then does "no event lines up" mean
   * something (the `trend.decline-no-event` signal).
   */
  eventsProvided?: boolean;
  /** A period the person marks as "how it used to be". */
  baseline?: { from: DayInput; to: DayInput };
};

/** The engagement reading of an answer: criticism is turned round so that higher is better. */
const engagement = (indicator: Indicator, value: number): number =>
  indicator === 'criticism' ? 6 - value : value;

/**
 * The composite engagement index per check-in. Each indicator is first centred on its own
 * median, so a skipped answer or a habit ("affection is always a 5") does not move the
 * composite; the medians' mean is added back to keep it on the 1–5 scale.
 *
 * @example
 * compositeSeries([{ date: '2026-01-01', communication: 4, criticism: 2 }])[0]?.value; // 4
 */
export function compositeSeries(
  checkIns: readonly CheckIn[],
  include: readonly Indicator[] = INDICATORS,
): SeriesPoint[] {
  const medians = new Map<Indicator, number>();
  for (const indicator of include) {
    const answers = checkIns
      .map((c) => c[indicator])
      .filter((v): v is number => v !== undefined)
      .map((v) => engagement(indicator, v));
    if (answers.length > 0) medians.set(indicator, median(answers));
  }
  if (medians.size === 0) return [];
  const centre = [...medians.values()].reduce((s, v) => s + v, 0) / medians.size;
  const points: SeriesPoint[] = [];
  for (const checkIn of checkIns) {
    const offsets: number[] = [];
    for (const [indicator, med] of medians) {
      const value = checkIn[indicator];
      if (value !== undefined) offsets.push(engagement(indicator, value) - med);
    }
    if (offsets.length === 0) continue;
    points.push({
      date: checkIn.date,
      value: centre + offsets.reduce((s, v) => s + v, 0) / offsets.length,
    });
  }
  return points;
}

/** One indicator as a series, on its own scale (criticism stays "higher is worse"). */
export function indicatorSeries(checkIns: readonly CheckIn[], indicator: Indicator): SeriesPoint[] {
  return checkIns.flatMap((c) => {
    const value = c[indicator];
    return value === undefined ? [] : [{ date: c.date, value }];
  });
}

/**
 * The whole check-in analysis: composite and per-indicator states, aligned events, signals and
 * the explanation.
 *
 * @example
 * const weeks = [4, 4, 4, 4, 4, 4, 2, 2, 2, 2, 2, 2, 2, 2];
 * const checkIns = weeks.map((v, i) => ({ date: 20454 + 7 * i, connection: v, affection: v }));
 * analyseCheckIns(checkIns, []).state; // 'sustained-decline'
 */
export function analyseCheckIns(
  checkIns: readonly CheckIn[],
  events: readonly LifeEvent[],
  options: CheckInOptions = {},
): CheckInTrajectory {
  const baseline = options.baseline ? { baseline: options.baseline } : {};
  const composite = analyseSeries(compositeSeries(checkIns), {
    ...baseline,
    noiseFloor: NOISE_FLOORS.composite,
    minChange: MIN_CHANGE.composite,
  });
  const indicators = Object.fromEntries(
    INDICATORS.map((indicator) => {
      const series = indicatorSeries(checkIns, indicator);
      const analysis = analyseSeries(series, {
        ...baseline,
        noiseFloor: NOISE_FLOORS.indicator,
        minChange: MIN_CHANGE.indicator,
        direction: indicator === 'criticism' ? 'lower-is-better' : 'higher-is-better',
      });
      return [indicator, { ...analysis, indicator, answered: series.length }];
    }),
  ) as Record<Indicator, IndicatorAnalysis>;
  const withoutFuture = analyseSeries(
    compositeSeries(
      checkIns,
      INDICATORS.filter((i) => i !== 'future'),
    ),
    { ...baseline, noiseFloor: NOISE_FLOORS.composite, minChange: MIN_CHANGE.composite },
  );
  const alignedEvents =
    composite.onsetDay === undefined ? [] : alignEvents(events, composite.onsetDay);
  const partial: TrajectoryCore = {
    state: composite.state,
    composite,
    indicators,
    withoutFuture,
    alignedEvents,
  };
  return {
    ...partial,
    explanation: explainTrajectory(partial),
    signals: trajectorySignals(partial, {
      eventsProvided: options.eventsProvided ?? events.length > 0,
    }),
  };
}
