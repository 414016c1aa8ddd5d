/**
 * Change-point detection by penalised least squares (optimal partitioning, Jackson et al. 2005):
 * the exact best split of a series into constant-level segments, where each extra segment must
 * pay a penalty of `penaltyFactor · σ² · ln n`. Unlike binary segmentation it finds a dip that
 * comes back (two changes with the same level on both sides) as easily as a single step.
 *
 * Outliers are tamed before the search: each value is pulled to within 2σ of the median of its
 * five nearest neighbours by index, so one wild evening cannot open a segment of its own, while a
 * shift that lasts (three or more points) moves the local median with it and survives intact.
 */
import { median } from './robust.js';

/** A run of consecutive points, by index: `start` inclusive, `end` exclusive. */
export type SegmentBounds = { start: number; end: number };

export type SegmentationOptions = {
  /** The point-to-point noise σ of the series (already floored). */
  noise: number;
  /** Multiplies σ² · ln n; higher finds fewer change points. */
  penaltyFactor: number;
  /** No segment shorter than this many points. */
  minSegment: number;
};

/** How far (in σ) a value may sit from its local median before it is pulled in. */
const WINSOR_LIMIT = 2;
/** Neighbours on each side used for the local median. */
const WINSOR_HALF_WINDOW = 2;

/**
 * Pulls single outliers towards their neighbourhood (see the module comment).
 *
 * @example
 * winsorise([4, 4, 1, 4, 4], 0.4); // [4, 4, 3.2, 4, 4]
 */
export function winsorise(values: readonly number[], noise: number): number[] {
  const limit = WINSOR_LIMIT * noise;
  return values.map((value, i) => {
    const lo = Math.max(0, i - WINSOR_HALF_WINDOW);
    const hi = Math.min(values.length, i + WINSOR_HALF_WINDOW + 1);
    const local = median(values.slice(lo, hi));
    return local + Math.max(-limit, Math.min(limit, value - local));
  });
}

/**
 * Splits `values` into constant-level segments (see the module comment). Returns at least one
 * segment covering everything.
 *
 * @example
 * segmentSeries([4, 4, 4, 4, 2, 2, 2, 2], { noise: 0.3, penaltyFactor: 3, minSegment: 3 });
 * // [{ start: 0, end: 4 }, { start: 4, end: 8 }]
 */
export function segmentSeries(
  values: readonly number[],
  options: SegmentationOptions,
): SegmentBounds[] {
  const n = values.length;
  const { minSegment } = options;
  if (n < 2 * minSegment) return [{ start: 0, end: n }];
  const clean = winsorise(values, options.noise);
  const sum = [0];
  const sumSq = [0];
  for (let i = 0; i < n; i++) {
    const v = clean[i] as number;
    sum.push((sum[i] as number) + v);
    sumSq.push((sumSq[i] as number) + v * v);
  }
  const cost = (s: number, t: number): number => {
    const total = (sum[t] as number) - (sum[s] as number);
    const totalSq = (sumSq[t] as number) - (sumSq[s] as number);
    return totalSq - (total * total) / (t - s);
  };
  const penalty = options.penaltyFactor * options.noise * options.noise * Math.log(n);
  // best[t]: the lowest penalised cost of segmenting the first t points; from[t]: the start of
  // the last segment in that best segmentation.
  const best = new Array<number>(n + 1).fill(Number.POSITIVE_INFINITY);
  const from = new Array<number>(n + 1).fill(0);
  best[0] = -penalty;
  for (let t = minSegment; t <= n; t++) {
    for (let s = 0; s <= t - minSegment; s++) {
      if (s !== 0 && s < minSegment) continue;
      const prior = best[s] as number;
      if (!Number.isFinite(prior)) continue;
      const candidate = prior + cost(s, t) + penalty;
      if (candidate < (best[t] as number)) {
        best[t] = candidate;
        from[t] = s;
      }
    }
  }
  const bounds: SegmentBounds[] = [];
  let end = n;
  while (end > 0) {
    const start = from[end] as number;
    bounds.unshift({ start, end });
    end = start;
  }
  return bounds;
}
