/**
 * Seeded generator of synthetic check-in histories with ground truth, for the trajectory bench.
 * Each history has a true state by construction (with margins around the 6-week rule so the
 * truth is not itself ambiguous), a noise level, a spacing and a gap pattern. Answers are
 * integers 1–5 per indicator with personal scale habits, skipped answers and the odd wild
 * evening, as real check-ins have.
 */
import type {
  CheckIn,
  Indicator,
  LifeEvent,
  TrajectoryState,
} from '../src/domain/trajectory/index.js';
import { INDICATORS } from '../src/domain/trajectory/index.js';
import { mulberry32 } from './stats.js';

export type NoiseLevel = 'low' | 'moderate' | 'high';
export type Spacing = 'daily' | 'weekly' | 'irregular';
export type GapPattern = 'none' | 'long-gap' | 'missing-answers';

export const NOISE_LEVELS: readonly NoiseLevel[] = ['low', 'moderate', 'high'];
export const SPACINGS: readonly Spacing[] = ['daily', 'weekly', 'irregular'];
export const GAP_PATTERNS: readonly GapPattern[] = ['none', 'long-gap', 'missing-answers'];

/** Noise per level: a shared day-to-day mood component and each answer's own scatter (points). */
export const NOISE: Record<NoiseLevel, { shared: number; answer: number }> = {
  low: { shared: 0.15, answer: 0.4 },
  moderate: { shared: 0.3, answer: 0.6 },
  high: { shared: 0.45, answer: 0.9 },
};

export type GeneratedHistory = {
  truth: TrajectoryState;
  noise: NoiseLevel;
  spacing: Spacing;
  gaps: GapPattern;
  checkIns: CheckIn[];
  events: LifeEvent[];
  /** The true first day of the change (epoch days), when there is one. */
  onsetDay?: number;
  /** The label of the event planted just before the onset, if any. */
  plantedEvent?: string;
};

/** The seeded generator shared by the benches (same seed, same histories). */
export const makeRandom = mulberry32;

const uniform = (rand: () => number, lo: number, hi: number): number => lo + (hi - lo) * rand();
function gaussian(rand: () => number): number {
  const u = Math.max(rand(), 1e-12);
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * rand());
}

/** A level curve (engagement, 1–5 scale) over days since the start, and its length. */
type Shape = { level: (day: number) => number; lengthDays: number; onsetDay?: number };

const ramp = (day: number, start: number, length: number): number =>
  length <= 0 ? (day >= start ? 1 : 0) : Math.min(1, Math.max(0, (day - start) / length));

function shapeFor(truth: TrajectoryState, rand: () => number, spacing: Spacing): Shape {
  // Sparse check-ins need more weeks in each phase to show it at all.
  const sparse = spacing === 'daily' ? 0 : 1;
  const base = uniform(rand, 3.4, 4.2);
  // Drops stop short of the bottom of the scale, where clipping at 1 would flatten them.
  const drop = Math.min(uniform(rand, 1.2, 2.0), base - 1.8);
  const baselineDays = Math.round(uniform(rand, 6, 14) * 7);
  const fall = Math.round(uniform(rand, 0, 1.5) * 7);
  switch (truth) {
    case 'stable': {
      const drift = uniform(rand, -0.15, 0.15);
      const lengthDays = Math.round(uniform(rand, 8, 26) * 7);
      return { level: (d) => base + (drift * d) / lengthDays, lengthDays };
    }
    case 'improving': {
      const low = uniform(rand, 2.4, 3.1);
      const rise = uniform(rand, 1.0, 1.6);
      const riseDays = Math.round(uniform(rand, 0, 2) * 7);
      const after = Math.round(uniform(rand, 3 + sparse, 12) * 7);
      return {
        level: (d) => low + rise * ramp(d, baselineDays, riseDays),
        lengthDays: baselineDays + riseDays + after,
        onsetDay: baselineDays,
      };
    }
    case 'dip': {
      const after = Math.round(uniform(rand, 2.5 + sparse, 4.5) * 7);
      const fallDays = Math.min(fall, after - 14);
      return {
        level: (d) => base - drop * ramp(d, baselineDays, fallDays),
        lengthDays: baselineDays + after,
        onsetDay: baselineDays,
      };
    }
    case 'sustained-decline': {
      const after = Math.round(uniform(rand, 8, 20) * 7);
      const fallDays = Math.round(uniform(rand, 0, 3) * 7);
      const further = uniform(rand, 0, 0.4);
      return {
        level: (d) =>
          base -
          drop * ramp(d, baselineDays, fallDays) -
          further * ramp(d, baselineDays + fallDays, after),
        lengthDays: baselineDays + after,
        onsetDay: baselineDays,
      };
    }
    case 'recovering': {
      const deep = Math.min(uniform(rand, 1.5, 2.1), base - 1.7);
      const hold = Math.round(uniform(rand, 1 + 2 * sparse, 4) * 7);
      const climb = Math.round(uniform(rand, 3 + sparse, 5 + sparse) * 7);
      const regained = uniform(rand, 0.45, 0.7);
      return {
        level: (d) =>
          base -
          deep * ramp(d, baselineDays, fall) +
          deep * regained * ramp(d, baselineDays + fall + hold, climb),
        lengthDays: baselineDays + fall + hold + climb,
        onsetDay: baselineDays,
      };
    }
    case 'recovered': {
      const hold = Math.round(uniform(rand, 1 + 2 * sparse, 4 + sparse) * 7);
      const back = Math.round(uniform(rand, 0, 2) * 7);
      const after = Math.round(uniform(rand, 4 + sparse, 10) * 7);
      return {
        level: (d) =>
          base -
          drop * ramp(d, baselineDays, fall) +
          drop * ramp(d, baselineDays + fall + hold, back),
        lengthDays: baselineDays + fall + hold + back + after,
        onsetDay: baselineDays,
      };
    }
    case 'insufficient-data':
      return { level: () => base, lengthDays: Math.round(uniform(rand, 5, 19)) };
  }
}

function checkInDays(rand: () => number, spacing: Spacing, lengthDays: number): number[] {
  const days: number[] = [];
  if (spacing === 'daily') {
    for (let d = 0; d <= lengthDays; d++)
      if (d === 0 || d === lengthDays || rand() < 0.6) days.push(d);
  } else if (spacing === 'weekly') {
    for (let d = 0; d <= lengthDays; d += 7) {
      const jittered = Math.min(lengthDays, Math.max(0, d + Math.round(uniform(rand, -1.4, 1.4))));
      if (days[days.length - 1] !== jittered) days.push(jittered);
    }
    if (days[days.length - 1] !== lengthDays) days.push(lengthDays);
  } else {
    for (let d = 0; d <= lengthDays; d += 1 + Math.floor(-Math.log(Math.max(rand(), 1e-9)) * 3.5)) {
      days.push(d);
    }
    if (days[days.length - 1] !== lengthDays) days.push(lengthDays);
  }
  return days;
}

/**
 * One history of the given kind. Day 0 of the history is `startDay` (epoch days).
 *
 * @example
 * generateHistory(makeRandom(1), { truth: 'dip', noise: 'moderate', spacing: 'weekly', gaps: 'none' });
 */
export function generateHistory(
  rand: () => number,
  spec: { truth: TrajectoryState; noise: NoiseLevel; spacing: Spacing; gaps: GapPattern },
  startDay = 20454,
): GeneratedHistory {
  const { shared, answer } = NOISE[spec.noise];
  const bias = Object.fromEntries(INDICATORS.map((i) => [i, uniform(rand, -0.5, 0.5)])) as Record<
    Indicator,
    number
  >;
  // Scale habits: now and then an indicator always gets the same answer.
  const habit = Object.fromEntries(
    INDICATORS.map((i) => [i, rand() < 0.1 ? Math.round(uniform(rand, 2.6, 4.4)) : undefined]),
  ) as Record<Indicator, number | undefined>;
  // What the composite would show without noise: habits dilute a change, the ends of the scale
  // clip it.
  const expected = (level: number): number =>
    INDICATORS.reduce(
      (sum, i) => sum + (habit[i] ?? Math.min(5, Math.max(1, level + bias[i]))),
      0,
    ) / INDICATORS.length;
  const sigma = Math.sqrt(shared ** 2 + (answer ** 2 + 1 / 12) / INDICATORS.length);
  let shape = shapeFor(spec.truth, rand, spec.spacing);
  // A recovering history must be recovering in what the check-ins can show: a climb of at least
  // 2σ of the composite's own noise, and still at least 1σ short of the baseline at the end.
  for (let tries = 0; spec.truth === 'recovering' && tries < 50; tries++) {
    const onset = shape.onsetDay ?? 0;
    let low = Number.POSITIVE_INFINITY;
    for (let d = onset; d <= shape.lengthDays; d++) low = Math.min(low, expected(shape.level(d)));
    const end = expected(shape.level(shape.lengthDays));
    const base = expected(shape.level(0));
    if (end - low >= 2 * sigma && base - end >= sigma) break;
    shape = shapeFor(spec.truth, rand, spec.spacing);
  }
  let days = checkInDays(rand, spec.spacing, shape.lengthDays);
  if (spec.truth === 'insufficient-data') {
    // Either too few check-ins or too short a span.
    days =
      rand() < 0.5 ? days.slice(0, Math.floor(uniform(rand, 2, 6))) : days.filter((d) => d < 20);
  } else if (spec.gaps === 'long-gap') {
    // A 2–4 week silence well before the change (or anywhere, for a stable history).
    const gap = Math.round(uniform(rand, 14, 28));
    const latest = (shape.onsetDay ?? shape.lengthDays - 21) - gap - 14;
    if (latest > 7) {
      const start = Math.round(uniform(rand, 7, latest));
      days = days.filter((d) => d < start || d >= start + gap);
    }
  }
  const neverAnswered =
    spec.gaps === 'missing-answers' && rand() < 0.5
      ? INDICATORS[Math.floor(rand() * 6)]
      : undefined;
  const checkIns: CheckIn[] = days.map((d) => {
    const wild = rand() < 0.03 ? (rand() < 0.7 ? -1.5 : 1.2) : 0;
    const mood = shared * gaussian(rand) + wild;
    const checkIn: CheckIn = { date: startDay + d };
    for (const indicator of INDICATORS) {
      if (indicator === neverAnswered) continue;
      if (spec.gaps === 'missing-answers' && rand() < 0.25) continue;
      const engagement =
        habit[indicator] ??
        Math.round(
          Math.min(
            5,
            Math.max(1, shape.level(d) + bias[indicator] + mood + answer * gaussian(rand)),
          ),
        );
      checkIn[indicator] = indicator === 'criticism' ? 6 - engagement : engagement;
    }
    return checkIn;
  });
  const events: LifeEvent[] = [];
  let plantedEvent: string | undefined;
  if (shape.onsetDay !== undefined && rand() < 0.5) {
    plantedEvent = 'planted stressor';
    events.push({
      date: startDay + shape.onsetDay - Math.round(uniform(rand, 0, 28)),
      kind: 'stressor',
      label: plantedEvent,
    });
  }
  if (rand() < 0.5) {
    // An unrelated event long before any change.
    events.push({
      date: startDay + Math.round(uniform(rand, -200, -100)),
      kind: 'other',
      label: 'unrelated',
    });
  }
  return {
    ...spec,
    checkIns,
    events,
    ...(shape.onsetDay !== undefined ? { onsetDay: startDay + shape.onsetDay } : {}),
    ...(plantedEvent !== undefined ? { plantedEvent } : {}),
  };
}

/** The states the bench covers with changing data (insufficient-data is added separately). */
export const GENERATED_STATES: readonly TrajectoryState[] = [
  'stable',
  'improving',
  'dip',
  'sustained-decline',
  'recovering',
  'recovered',
];

/**
 * A balanced suite: every state × noise level × spacing × gap pattern, `repeats` times, plus
 * some insufficient-data histories.
 *
 * @example
 * generateSuite(42, 4).length; // 6 × 3 × 3 × 3 × 4 + 24 = 672
 */
export function generateSuite(seed: number, repeats: number): GeneratedHistory[] {
  const rand = makeRandom(seed);
  const out: GeneratedHistory[] = [];
  for (let r = 0; r < repeats; r++) {
    for (const truth of GENERATED_STATES) {
      for (const noise of NOISE_LEVELS) {
        for (const spacing of SPACINGS) {
          for (const gaps of GAP_PATTERNS)
            out.push(generateHistory(rand, { truth, noise, spacing, gaps }));
        }
      }
    }
    for (let k = 0; k < 6; k++) {
      out.push(
        generateHistory(rand, {
          truth: 'insufficient-data',
          noise: NOISE_LEVELS[k % 3] as NoiseLevel,
          spacing: SPACINGS[k % 3] as Spacing,
          gaps: 'none',
        }),
      );
    }
  }
  return out;
}
