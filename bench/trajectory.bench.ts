/**
 * Trajectory bench: the state found for ≥500 generated check-in histories against their ground
 * truth. Prints the confusion matrix, accuracy per noise level, recall per state, onset error
 * and event alignment, and, as the reference measured in the same run, a naive rule (compare the
 * last 3 weeks with the first 3 weeks) so the ratio shows what the analysis adds.
 */
import {
  analyseCheckIns,
  compositeSeries,
  TRAJECTORY_STATES,
  type TrajectoryState,
} from '../src/domain/trajectory/index.js';
import { toEpochDay } from '../src/domain/trajectory/index.js';
import { generateSuite, NOISE_LEVELS, type GeneratedHistory } from './trajectory-generator.js';

const SEED = 20260301;
const REPEATS = 4;

/** The naive reference: first three weeks vs last three weeks, a 0.5-point rule, no timing. */
function naiveState(h: GeneratedHistory): TrajectoryState {
  const points = compositeSeries(h.checkIns).map((p) => ({
    day: toEpochDay(p.date) ?? 0,
    value: p.value,
  }));
  if (points.length < 6) return 'insufficient-data';
  const first = points[0]?.day ?? 0;
  const last = points[points.length - 1]?.day ?? 0;
  if (last - first < 21) return 'insufficient-data';
  const mean = (xs: number[]): number => xs.reduce((s, v) => s + v, 0) / Math.max(1, xs.length);
  const early = mean(points.filter((p) => p.day <= first + 21).map((p) => p.value));
  const late = mean(points.filter((p) => p.day >= last - 21).map((p) => p.value));
  if (late - early > 0.5) return 'improving';
  if (early - late > 0.5) return last - first > 84 ? 'sustained-decline' : 'dip';
  return 'stable';
}

type Tally = Map<TrajectoryState, Map<TrajectoryState, number>>;

function tally(pairs: readonly { truth: TrajectoryState; found: TrajectoryState }[]): Tally {
  const t: Tally = new Map();
  for (const s of TRAJECTORY_STATES) t.set(s, new Map(TRAJECTORY_STATES.map((f) => [f, 0])));
  for (const { truth, found } of pairs) {
    const row = t.get(truth) as Map<TrajectoryState, number>;
    row.set(found, (row.get(found) ?? 0) + 1);
  }
  return t;
}

const SHORT: Record<TrajectoryState, string> = {
  'insufficient-data': 'insuff',
  stable: 'stable',
  improving: 'improv',
  dip: 'dip',
  'sustained-decline': 'sustain',
  recovering: 'recovng',
  recovered: 'recovd',
};

function printMatrix(title: string, t: Tally): void {
  console.log(`\n${title} (rows: truth, columns: found)`);
  console.log(
    `${'truth'.padEnd(9)}${TRAJECTORY_STATES.map((s) => SHORT[s].padStart(8)).join('')}  recall`,
  );
  for (const truth of TRAJECTORY_STATES) {
    const row = t.get(truth) as Map<TrajectoryState, number>;
    const total = [...row.values()].reduce((s, v) => s + v, 0);
    if (total === 0) continue;
    const cells = TRAJECTORY_STATES.map((f) => String(row.get(f) ?? 0).padStart(8)).join('');
    console.log(`${SHORT[truth].padEnd(9)}${cells}  ${pct((row.get(truth) ?? 0) / total)}`);
  }
}

const pct = (x: number): string => `${(100 * x).toFixed(1)}%`;
const accuracy = (pairs: readonly { truth: TrajectoryState; found: TrajectoryState }[]): number =>
  pairs.filter((p) => p.truth === p.found).length / Math.max(1, pairs.length);

export async function run(): Promise<void> {
  const suite = generateSuite(SEED, REPEATS);
  const started = performance.now();
  const results = suite.map((h) => {
    const analysis = analyseCheckIns(h.checkIns, h.events, { eventsProvided: true });
    return { h, analysis, truth: h.truth, found: analysis.state };
  });
  const elapsed = performance.now() - started;
  const naive = suite.map((h) => ({ truth: h.truth, found: naiveState(h) }));

  console.log(
    `${suite.length} generated histories (seed ${SEED}); analysis took ${elapsed.toFixed(0)} ms (${(elapsed / suite.length).toFixed(2)} ms each)`,
  );
  printMatrix('All noise levels', tally(results));
  for (const noise of NOISE_LEVELS) {
    const subset = results.filter((r) => r.h.noise === noise);
    printMatrix(`Noise: ${noise}`, tally(subset));
  }

  console.log(
    '\nAccuracy by noise level (analysis vs naive first-3-weeks/last-3-weeks reference):',
  );
  for (const noise of NOISE_LEVELS) {
    const ours = accuracy(results.filter((r) => r.h.noise === noise));
    const ref = accuracy(naive.filter((_, i) => suite[i]?.noise === noise));
    console.log(
      `  ${noise.padEnd(9)} ${pct(ours).padStart(6)}   reference ${pct(ref).padStart(6)}   ratio ${(ours / Math.max(ref, 1e-9)).toFixed(2)}×`,
    );
  }
  const all = accuracy(results);
  const allRef = accuracy(naive);
  console.log(
    `  ${'all'.padEnd(9)} ${pct(all).padStart(6)}   reference ${pct(allRef).padStart(6)}   ratio ${(all / allRef).toFixed(2)}×`,
  );

  const withOnset = results.filter(
    (r) =>
      r.h.onsetDay !== undefined &&
      r.analysis.composite.onsetDay !== undefined &&
      r.truth === r.found,
  );
  const errors = withOnset
    .map((r) => Math.abs((r.analysis.composite.onsetDay ?? 0) - (r.h.onsetDay ?? 0)) / 7)
    .sort((a, b) => a - b);
  const medianError = errors[Math.floor(errors.length / 2)] ?? 0;
  const p90 = errors[Math.floor(errors.length * 0.9)] ?? 0;
  console.log(
    `\nOnset error (correct states with a change, n=${errors.length}): median ${medianError.toFixed(1)} weeks, 90th percentile ${p90.toFixed(1)} weeks`,
  );

  const planted = results.filter(
    (r) => r.h.plantedEvent !== undefined && r.truth === r.found && r.truth !== 'improving',
  );
  const found = planted.filter((r) =>
    r.analysis.alignedEvents.some((e) => e.label === r.h.plantedEvent),
  );
  const unrelated = results.filter((r) =>
    r.analysis.alignedEvents.some((e) => e.label === 'unrelated'),
  );
  console.log(
    `Planted stressor aligned with the onset: ${found.length}/${planted.length} (${pct(found.length / Math.max(1, planted.length))}); unrelated events wrongly aligned: ${unrelated.length}`,
  );

  const moderate = results.filter((r) => r.h.noise === 'moderate');
  const recalls = TRAJECTORY_STATES.map((s) => {
    const rows = moderate.filter((r) => r.truth === s);
    return { s, recall: rows.length ? accuracy(rows) : Number.NaN };
  }).filter((x) => !Number.isNaN(x.recall));
  const worst = recalls.reduce((a, b) => (b.recall < a.recall ? b : a));
  console.log(
    `\nTargets at moderate noise: accuracy ${pct(accuracy(moderate))} (target ≥ 90%), lowest recall ${worst.s} ${pct(worst.recall)} (target ≥ 80%)`,
  );
  return Promise.resolve();
}
