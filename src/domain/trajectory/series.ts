/**
 * Generic trajectory analysis of one numeric series (daily or weekly, regular or not): baseline,
 * current level, noise, change points, trend, onset, duration, recovery and a state. The check-in
 * layer and the chat metrics both call {@link analyseSeries}; nothing here knows what the numbers
 * mean beyond which direction is better.
 *
 * "Meaningful" (see docs/trajectory.md): a level that differs from the baseline by at least
 * {@link THRESHOLDS.meaningful} times the series' own point-to-point noise σ, and whose
 * difference is also statistically clear (a two-sample statistic of at least
 * {@link THRESHOLDS.clear}), found by a penalised change-point search.
 */
import { formatIsoDay, toEpochDay, type DayInput } from './days.js';
import {
  clamp,
  fitHinge,
  median,
  successiveDifferenceNoise,
  theilSenSlope,
  trimmedMean,
} from './robust.js';
import { segmentSeries, winsorise } from './segmentation.js';

export type TrajectoryState =
  | 'insufficient-data'
  | 'stable'
  | 'improving'
  | 'dip'
  | 'sustained-decline'
  | 'recovering'
  | 'recovered';

export const TRAJECTORY_STATES: readonly TrajectoryState[] = [
  'insufficient-data',
  'stable',
  'improving',
  'dip',
  'sustained-decline',
  'recovering',
  'recovered',
];

/** One observation of the series. `date` is `YYYY-MM-DD` or epoch days. */
export type SeriesPoint = { date: DayInput; value: number };

export type SeriesOptions = {
  /** Which way is better. Default `higher-is-better`; e.g. reply times are `lower-is-better`. */
  direction?: 'higher-is-better' | 'lower-is-better';
  /** A period the person marks as "how it used to be"; default: the first segment. */
  baseline?: { from: DayInput; to: DayInput };
  /**
   * The smallest noise σ to assume, in the series' own units, so that a person who always
   * answers 4 still has a sane scale for "meaningful". Default: 2% of the median magnitude
   * (at least 1e-6).
   */
  noiseFloor?: number;
  /**
   * The smallest change worth reporting, in the series' own units, however quiet the series is
   * (e.g. half a point on a 1–5 scale). Default 0: noise alone decides.
   */
  minChange?: number;
};

/** The numbers behind every rule, in one place (docs/trajectory.md explains each). */
export const THRESHOLDS = {
  /** Fewer check-ins than this: insufficient data. */
  minPoints: 6,
  /** A shorter span (days) than this: insufficient data. */
  minSpanDays: 21,
  /** A drop younger than this (weeks since onset) is a dip; older, a sustained decline. */
  dipWeeks: 6,
  /** A meaningful level difference, in σ. */
  meaningful: 1,
  /** Two-sample clarity statistic needed for a difference to count. */
  clear: 3,
  /** A level within this many σ below baseline counts as back near it. */
  nearBaseline: 0.5,
  /** …or this share of the drop regained. */
  recoveredFraction: 0.8,
  /** A recovering series has regained at least this share of the drop. */
  recoveringFraction: 0.2,
  /** The last segment must sit this many σ above the low to count as heading back. */
  headingBack: 0.75,
  /** A within-segment slope needs this clarity (slope / its standard error) to count. */
  slopeClear: 3,
  /**
   * Clarity needed for the climb of a hinge fitted to an open drop. Lower than `slopeClear`
   * because the drop itself is already established; the bench sets the balance between calling
   * a slow climb too early and missing it.
   */
  climbClear: 2,
  /** The shortest climb (days) that can count as heading back. */
  climbDays: 10,
  /**
   * A gentler climb counts when two views of the stretch since the drop agree: the hinge's
   * climb with at least this clarity…
   */
  corroboratedClimbClear: 1.5,
  /**
   * …and the Theil–Sen slope of the whole stretch since the drop with at least this clarity, so
   * a late flicker on a long flat low does not count. The climb must then be meaningful (≥ 1 ×
   * meaningful) rather than 0.75 ×.
   */
  stretchSlopeClear: 1,
  /** The climb's clarity with any one check-in after the hinge set aside must stay this high. */
  onePointClear: 1,
  /** Clarity needed for the last three weeks to count as clearly above the first three of a drop. */
  riseClear: 3,
  /** Penalty factor of the change-point search (× σ² ln n per change point). */
  penaltyFactor: 3,
  /** The residual check may lower the successive-difference noise to no less than this share. */
  noiseShrink: 0.7,
  /** The shortest segment, in points. */
  minSegment: 3,
  /** The recent trend is measured over this many days (at least 4 points). */
  recentDays: 28,
} as const;

export type Segment = {
  from: string;
  to: string;
  fromDay: number;
  toDay: number;
  /** Number of points. */
  n: number;
  /** Robust level (20% trimmed mean), in the series' own units. */
  level: number;
};

export type ChangePoint = {
  /** First day of the new level. */
  date: string;
  day: number;
  before: number;
  after: number;
  /** (after − before) / σ, signed, in the series' own direction. */
  size: number;
};

export type SeriesTrend = {
  /** Theil–Sen slope over the recent window, units per week. */
  slopePerWeek: number;
  /** The same slope in σ per week. */
  sizePerWeek: number;
  direction: 'up' | 'down' | 'flat';
  from: string;
  to: string;
};

export type SeriesAnalysis = {
  state: TrajectoryState;
  /** Points used (after merging same-day points). */
  n: number;
  from: string;
  to: string;
  spanDays: number;
  /** Point-to-point noise σ, floored. */
  noise: number;
  baseline: number;
  /** Where the baseline was taken. */
  baselineFrom: string;
  baselineTo: string;
  current: number;
  /** (current − baseline) / σ, signed in the series' own direction. */
  currentSize: number;
  /**
   * The main change in σ, signed in the series' own direction: the deepest level of the episode
   * minus the baseline for drops, the current rise for improvement, the current difference
   * otherwise.
   */
  changeSize: number;
  /** The extreme level of the episode (the low of a drop, the level of a rise). */
  extreme?: number;
  changePoints: ChangePoint[];
  segments: Segment[];
  trend: SeriesTrend;
  /** First day of the change behind the state (drops and rises). */
  onset?: string;
  onsetDay?: number;
  /** Weeks from onset to the last point (or to the return, for `recovered`). */
  durationWeeks?: number;
  /** Share of a drop regained, 0 (none) to 1 (all), for drop states. */
  recoveryFraction?: number;
  /** How clear the evidence for the state is, in [0, 1]. */
  confidence: number;
  /** What would make the picture clearer: more check-ins, and over how many more days. */
  clarify?: { morePoints: number; moreDays: number };
};

type Prepared = { days: number[]; values: number[] };

/** Sorts by day and merges same-day points into their mean; drops non-finite values. */
function prepare(points: readonly SeriesPoint[], sign: number): Prepared {
  const byDay = new Map<number, number[]>();
  for (const point of points) {
    const day = toEpochDay(point.date);
    if (day === undefined || !Number.isFinite(point.value)) continue;
    const list = byDay.get(day) ?? [];
    list.push(point.value * sign);
    byDay.set(day, list);
  }
  const days = [...byDay.keys()].sort((a, b) => a - b);
  const values = days.map((d) => {
    const list = byDay.get(d) as number[];
    return list.reduce((s, v) => s + v, 0) / list.length;
  });
  return { days, values };
}

/** Slope clarity: the slope over its least-squares standard error under noise σ. */
function slopeClarity(days: readonly number[], slopePerDay: number, noise: number): number {
  if (days.length < 3) return 0;
  const mean = days.reduce((s, d) => s + d, 0) / days.length;
  const spread = days.reduce((s, d) => s + (d - mean) ** 2, 0);
  if (spread === 0) return 0;
  return slopePerDay / (noise / Math.sqrt(spread));
}

/** Two-sample clarity of a level difference under noise σ. */
function levelClarity(diff: number, n1: number, n2: number, noise: number): number {
  return diff / (noise * Math.sqrt(1 / n1 + 1 / n2));
}

const weeksBetween = (a: number, b: number): number => (b - a) / 7;

/**
 * Analyses one series. Values are in the series' own units; all sizes are reported in its
 * noise σ. Same-day points are averaged; order does not matter.
 *
 * @example
 * const weekly = [4, 4, 5, 4, 4, 4, 2, 2, 2, 1, 2, 2, 2, 2].map((value, i) => ({ date: i * 7, value }));
 * analyseSeries(weekly).state; // 'sustained-decline'
 */
export function analyseSeries(
  points: readonly SeriesPoint[],
  options: SeriesOptions = {},
): SeriesAnalysis {
  const sign = options.direction === 'lower-is-better' ? -1 : 1;
  const { days, values } = prepare(points, sign);
  const n = days.length;
  const firstDay = days[0] ?? 0;
  const lastDay = days[n - 1] ?? 0;
  const spanDays = lastDay - firstDay;
  const floor =
    options.noiseFloor ?? Math.max(1e-6, 0.02 * Math.abs(median(values.length ? values : [0])));
  const noise = estimateNoise(values, floor);
  const out = (v: number): number => v * sign;

  const recentStart = recentWindowStart(days);
  const recentDays = days.slice(recentStart);
  const recentSlope = theilSenSlope(recentDays, values.slice(recentStart));
  const recentClarity = slopeClarity(recentDays, recentSlope, noise);
  const trend: SeriesTrend = {
    slopePerWeek: out(recentSlope * 7),
    sizePerWeek: out((recentSlope * 7) / noise),
    direction:
      Math.abs(recentClarity) < THRESHOLDS.slopeClear
        ? 'flat'
        : out(recentSlope) > 0
          ? 'up'
          : 'down',
    from: formatIsoDay(recentDays[0] ?? firstDay),
    to: formatIsoDay(lastDay),
  };

  if (n < THRESHOLDS.minPoints || spanDays < THRESHOLDS.minSpanDays) {
    const level = n > 0 ? trimmedMean(values) : Number.NaN;
    return {
      state: 'insufficient-data',
      n,
      from: formatIsoDay(firstDay),
      to: formatIsoDay(lastDay),
      spanDays,
      noise,
      baseline: out(level),
      baselineFrom: formatIsoDay(firstDay),
      baselineTo: formatIsoDay(lastDay),
      current: out(level),
      currentSize: 0,
      changeSize: 0,
      changePoints: [],
      segments: [],
      trend,
      confidence: 0,
      clarify: {
        morePoints: Math.max(0, THRESHOLDS.minPoints - n),
        moreDays: Math.max(0, THRESHOLDS.minSpanDays - spanDays),
      },
    };
  }

  const bounds = segmentSeries(values, {
    noise,
    penaltyFactor: THRESHOLDS.penaltyFactor,
    minSegment: THRESHOLDS.minSegment,
  });
  const segs = bounds.map((b) => {
    const segValues = values.slice(b.start, b.end);
    const segDays = days.slice(b.start, b.end);
    return {
      ...b,
      n: b.end - b.start,
      level: trimmedMean(segValues),
      fromDay: segDays[0] as number,
      toDay: segDays[segDays.length - 1] as number,
      days: segDays,
      values: segValues,
    };
  });

  // Baseline: the marked period if there is one with enough points, else the first segment.
  let baseline = (segs[0] as (typeof segs)[number]).level;
  let baselineN = (segs[0] as (typeof segs)[number]).n;
  let baselineFrom = firstDay;
  let baselineTo = (segs[0] as (typeof segs)[number]).toDay;
  let firstAfterBaseline = 1;
  if (options.baseline) {
    const from = toEpochDay(options.baseline.from);
    const to = toEpochDay(options.baseline.to);
    if (from !== undefined && to !== undefined) {
      const inside = values.filter(
        (_, i) => (days[i] as number) >= from && (days[i] as number) <= to,
      );
      if (inside.length >= THRESHOLDS.minSegment) {
        baseline = trimmedMean(inside);
        baselineN = inside.length;
        baselineFrom = from;
        baselineTo = to;
        firstAfterBaseline = segs.findIndex((s) => s.fromDay > to);
        if (firstAfterBaseline < 0) firstAfterBaseline = segs.length;
      }
    }
  }

  const last = segs[segs.length - 1] as (typeof segs)[number];
  // Current level: the last segment's level, or where its own clear slope has taken it by now.
  const lastSlope = theilSenSlope(last.days, last.values);
  const lastSlopeClarity = slopeClarity(last.days, lastSlope, noise);
  const lastTrendRise = lastSlope * (last.toDay - last.fromDay);
  const hasLastTrend =
    Math.abs(lastSlopeClarity) >= THRESHOLDS.slopeClear &&
    Math.abs(lastTrendRise) >= THRESHOLDS.meaningful * noise;
  const current = hasLastTrend
    ? median(last.values.map((v, i) => v - lastSlope * (last.days[i] as number))) +
      lastSlope * lastDay
    : last.level;

  const changePoints: ChangePoint[] = segs.slice(1).map((s, i) => {
    const before = (segs[i] as (typeof segs)[number]).level;
    return {
      date: formatIsoDay(s.fromDay),
      day: s.fromDay,
      before: out(before),
      after: out(s.level),
      size: out((s.level - before) / noise),
    };
  });
  const segments: Segment[] = segs.map((s) => ({
    from: formatIsoDay(s.fromDay),
    to: formatIsoDay(s.toDay),
    fromDay: s.fromDay,
    toDay: s.toDay,
    n: s.n,
    level: out(s.level),
  }));

  // Meaningful: at least `meaningful` σ, and never less than the caller's practical minimum.
  const m = Math.max(THRESHOLDS.meaningful * noise, options.minChange ?? 0);
  const clarityVsBaseline = (level: number, count: number): number =>
    levelClarity(level - baseline, baselineN, count, noise);
  const isLow = (j: number): boolean =>
    j >= firstAfterBaseline && (segs[j] as (typeof segs)[number]).level <= baseline - 0.5 * m;
  const isMeaningfulLow = (j: number): boolean => {
    const s = segs[j] as (typeof segs)[number];
    return (
      j >= firstAfterBaseline &&
      s.level <= baseline - m &&
      -clarityVsBaseline(s.level, s.n) >= THRESHOLDS.clear
    );
  };

  const base = {
    n,
    from: formatIsoDay(firstDay),
    to: formatIsoDay(lastDay),
    spanDays,
    noise,
    baseline: out(baseline),
    baselineFrom: formatIsoDay(baselineFrom),
    baselineTo: formatIsoDay(baselineTo),
    current: out(current),
    currentSize: out((current - baseline) / noise),
    changePoints,
    segments,
    trend,
  };
  const dataAmount = clamp(n / 12, 0.3, 1) * clamp(spanDays / 42, 0.3, 1);

  // Improving: the series ends meaningfully and clearly above its baseline.
  const currentClarity = clarityVsBaseline(current, last.n);
  if (current - baseline >= m && currentClarity >= THRESHOLDS.clear && segs.length > 1) {
    let j = segs.length - 1;
    while (
      j - 1 >= firstAfterBaseline &&
      (segs[j - 1] as (typeof segs)[number]).level >= baseline + 0.5 * m
    )
      j--;
    const onsetDay = (segs[j] as (typeof segs)[number]).fromDay;
    return {
      ...base,
      state: 'improving',
      changeSize: out((current - baseline) / noise),
      extreme: out(current),
      onset: formatIsoDay(onsetDay),
      onsetDay,
      durationWeeks: weeksBetween(onsetDay, lastDay),
      confidence: clamp(((currentClarity - 2) / 4) * dataAmount, 0.05, 1),
    };
  }

  let lastLow = -1;
  for (let j = segs.length - 1; j >= firstAfterBaseline; j--) {
    if (isMeaningfulLow(j)) {
      lastLow = j;
      break;
    }
  }
  if (lastLow < 0) {
    // Stable: how sure depends on the amount of data and on how far the largest departure is
    // from counting as meaningful.
    let worst = 0;
    for (let j = firstAfterBaseline; j < segs.length; j++) {
      const s = segs[j] as (typeof segs)[number];
      worst = Math.max(worst, Math.abs(s.level - baseline) / m);
    }
    return {
      ...base,
      state: 'stable',
      changeSize: out((current - baseline) / noise),
      confidence: clamp((1 - 0.5 * Math.min(1, worst)) * dataAmount, 0.05, 1),
      ...(dataAmount < 1
        ? {
            clarify: {
              morePoints: Math.max(0, 12 - n),
              moreDays: Math.max(0, 42 - spanDays),
            },
          }
        : {}),
    };
  }

  // A drop: the episode is the run of low segments around the latest meaningful one.
  let runStart = lastLow;
  while (runStart - 1 >= firstAfterBaseline && isLow(runStart - 1)) runStart--;
  let runEnd = lastLow;
  while (runEnd + 1 < segs.length && isLow(runEnd + 1)) runEnd++;
  let lowIndex = runStart;
  for (let j = runStart; j <= runEnd; j++) {
    if (
      (segs[j] as (typeof segs)[number]).level < (segs[lowIndex] as (typeof segs)[number]).level
    ) {
      lowIndex = j;
    }
  }
  const lowSeg = segs[lowIndex] as (typeof segs)[number];

  // A climb out of the low can be too gradual for the change-point search to give it its own
  // segment. So while the episode is still open, a hinge (flat, then a straight line to the
  // end) is fitted to it: a clear, meaningful climb means heading back, and its end is the
  // level now.
  let recentRise = false;
  let currentNow = current;
  let climbFrom = lowSeg.level;
  if (runEnd === segs.length - 1) {
    const runFrom = (segs[runStart] as (typeof segs)[number]).start;
    const episodeValues = winsorise(values, noise).slice(runFrom);
    const episodeDays = days.slice(runFrom);
    const fit = fitHinge(episodeDays, episodeValues, noise, THRESHOLDS.minSegment);
    // The robust tilt of the whole stretch since the drop: Theil–Sen on the raw values (one wild
    // evening cannot tilt it), its clarity under the series' noise.
    const stretchSlope = theilSenSlope(episodeDays, values.slice(runFrom));
    const stretchClarity = slopeClarity(episodeDays, stretchSlope, noise);
    if (fit !== undefined && lastDay - (episodeDays[fit.hinge] as number) >= THRESHOLDS.climbDays) {
      const climb = fit.end - fit.flat;
      // No single check-in may carry the climb.
      const notOnePoint = fit.robustClarity >= THRESHOLDS.onePointClear;
      // Clear on its own: the low has shown itself (three points), then a clear climb.
      const clearClimb =
        fit.hinge >= THRESHOLDS.minSegment - 1 &&
        notOnePoint &&
        fit.clarity >= THRESHOLDS.climbClear &&
        climb >= THRESHOLDS.headingBack * m;
      // Corroborated: a gentler, but meaningful, climb that also tilts the whole stretch upward.
      const corroboratedClimb =
        notOnePoint &&
        fit.clarity >= THRESHOLDS.corroboratedClimbClear &&
        stretchClarity >= THRESHOLDS.stretchSlopeClear &&
        climb >= m;
      if (clearClimb || corroboratedClimb) {
        recentRise = true;
        currentNow = Math.max(current, fit.end);
        climbFrom = fit.flat;
      }
    }
    // A second, simpler look: the last three weeks against the first three after the onset.
    const onsetFrom = (segs[runStart] as (typeof segs)[number]).fromDay;
    const early = values.filter((_, i) => i >= runFrom && (days[i] as number) < onsetFrom + 21);
    const recentFrom = days.findIndex((d) => d > lastDay - 21);
    const recent = values.slice(Math.min(recentFrom, n - THRESHOLDS.minSegment));
    const earlyEnd = runFrom + early.length;
    if (!recentRise && early.length >= THRESHOLDS.minSegment && earlyEnd <= n - recent.length) {
      // A 20% trim drops nothing from fewer than five values, so short windows take the median:
      // one wild evening among the last three check-ins cannot lift them.
      const robustLevel = (xs: number[]): number => (xs.length < 5 ? median(xs) : trimmedMean(xs));
      const earlyLevel = robustLevel(early);
      const recentLevel = robustLevel(recent);
      const rise = recentLevel - earlyLevel;
      if (
        rise >= THRESHOLDS.headingBack * m &&
        levelClarity(rise, early.length, recent.length, noise) >= THRESHOLDS.riseClear
      ) {
        recentRise = true;
        currentNow = Math.max(current, recentLevel);
        climbFrom = Math.min(earlyLevel, lowSeg.level);
      }
    }
  }

  const low = Math.min(lowSeg.level, climbFrom, currentNow);
  const drop = baseline - low;
  const onsetDay = (segs[runStart] as (typeof segs)[number]).fromDay;
  const recoveryFraction = clamp((currentNow - low) / drop, 0, 1);
  const weeksSinceOnset = weeksBetween(onsetDay, lastDay);
  const dropClarity = -clarityVsBaseline(lowSeg.level, lowSeg.n);
  const sizeClarity = clamp((dropClarity - 2) / 4, 0, 1);
  const common = {
    ...base,
    current: out(currentNow),
    currentSize: out((currentNow - baseline) / noise),
    changeSize: out(-drop / noise),
    extreme: out(low),
    onset: formatIsoDay(onsetDay),
    onsetDay,
    recoveryFraction,
  };

  // Back near baseline is judged on levels the data has shown (segments), never on where a
  // fitted climb is projected to be.
  const shownRecovery = (current - low) / drop;
  const backNear = baseline - current <= THRESHOLDS.nearBaseline * m;
  if (runEnd < segs.length - 1 || backNear || shownRecovery >= THRESHOLDS.recoveredFraction) {
    const returnDay =
      runEnd < segs.length - 1 ? (segs[runEnd + 1] as (typeof segs)[number]).fromDay : lastDay;
    return {
      ...common,
      state: 'recovered',
      durationWeeks: weeksBetween(onsetDay, returnDay),
      confidence: clamp(sizeClarity * dataAmount, 0.05, 1),
    };
  }

  // runEnd is the last segment here, so a last segment that is not the low one came after it.
  const headingBack =
    lowIndex < segs.length - 1 && last.level - lowSeg.level >= THRESHOLDS.headingBack * m;
  const risingNow = hasLastTrend && lastSlope > 0;
  if (
    (headingBack || risingNow || recentRise) &&
    recoveryFraction >= THRESHOLDS.recoveringFraction
  ) {
    return {
      ...common,
      state: 'recovering',
      durationWeeks: weeksSinceOnset,
      confidence: clamp(sizeClarity * dataAmount * clamp(recoveryFraction * 2, 0.4, 1), 0.05, 1),
      clarify: { morePoints: 3, moreDays: 21 },
    };
  }

  // Still down and not heading back: the age of the drop decides dip or sustained decline.
  const timingClarity = clamp(Math.abs(weeksSinceOnset - THRESHOLDS.dipWeeks) / 2, 0.3, 1);
  if (weeksSinceOnset < THRESHOLDS.dipWeeks) {
    const moreDays = Math.ceil((THRESHOLDS.dipWeeks - weeksSinceOnset) * 7);
    return {
      ...common,
      state: 'dip',
      durationWeeks: weeksSinceOnset,
      confidence: clamp(sizeClarity * dataAmount * timingClarity, 0.05, 1),
      clarify: { morePoints: Math.max(2, Math.ceil(moreDays / 7)), moreDays },
    };
  }
  return {
    ...common,
    state: 'sustained-decline',
    durationWeeks: weeksSinceOnset,
    confidence: clamp(sizeClarity * dataAmount * timingClarity, 0.05, 1),
  };
}

/**
 * The noise σ: successive differences first (robust to level shifts, see robust.ts); then, as a
 * check, the scatter around the levels of a first segmentation, which is not inflated by the
 * jumps between segments. The smaller of the two is kept, never below the floor.
 */
function estimateNoise(values: readonly number[], floor: number): number {
  const first = Math.max(floor, successiveDifferenceNoise(values));
  if (values.length < THRESHOLDS.minPoints) return first;
  const clean = winsorise(values, first);
  const bounds = segmentSeries(values, {
    noise: first,
    penaltyFactor: THRESHOLDS.penaltyFactor,
    minSegment: THRESHOLDS.minSegment,
  });
  let sse = 0;
  for (const b of bounds) {
    const part = clean.slice(b.start, b.end);
    const mean = part.reduce((s, v) => s + v, 0) / part.length;
    sse += part.reduce((s, v) => s + (v - mean) ** 2, 0);
  }
  const dof = values.length - bounds.length;
  const residual = dof > 0 ? Math.sqrt(sse / dof) : first;
  // An over-eager first segmentation can hug the noise; never let the check cut σ by more than
  // the `noiseShrink` share.
  return Math.max(floor, Math.min(first, Math.max(residual, THRESHOLDS.noiseShrink * first)));
}

/** Index of the first point of the recent window: the last 28 days, and at least 4 points. */
function recentWindowStart(days: readonly number[]): number {
  const lastDay = days[days.length - 1] ?? 0;
  let start = days.findIndex((d) => d >= lastDay - THRESHOLDS.recentDays);
  if (start < 0) start = days.length;
  return Math.max(0, Math.min(start, days.length - 4));
}
