/**
 * Trajectory analysis: any daily or weekly series → baseline, noise, change points, trend,
 * onset, recovery and a state; plus the check-in layer (six indicators, a composite engagement
 * index, life events, signals for the engine and a plain explanation).
 */
export { formatIsoDay, parseIsoDay, toEpochDay, type DayInput } from './days.js';
export {
  analyseSeries,
  THRESHOLDS,
  TRAJECTORY_STATES,
  type ChangePoint,
  type Segment,
  type SeriesAnalysis,
  type SeriesOptions,
  type SeriesPoint,
  type SeriesTrend,
  type TrajectoryState,
} from './series.js';
export {
  alignEvents,
  describeLag,
  EVENT_KINDS,
  EVENT_WINDOW,
  type AlignedEvent,
  type EventKind,
  type LifeEvent,
} from './events.js';
export {
  analyseCheckIns,
  compositeSeries,
  indicatorSeries,
  INDICATOR_LABELS,
  INDICATORS,
  NOISE_FLOORS,
  type CheckIn,
  type CheckInOptions,
  type CheckInTrajectory,
  type Indicator,
  type IndicatorAnalysis,
  type TrajectoryCore,
} from './checkins.js';
export { describeChange, trajectorySignals } from './signals.js';
export { explainTrajectory } from './explain.js';
