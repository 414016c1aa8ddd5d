/**
 * Small robust statistics. Check-ins are few, coarse (integers 1–5) and sometimes wild (one bad
 * evening), so every level here is a median or a trimmed mean, never a plain mean.
 */

/**
 * Rearranges `values[from, to)` so that `values[k]` holds the value a full sort would put there,
 * with nothing larger before it and nothing smaller after it (quickselect, median-of-three pivots;
 * a range that keeps splitting badly is sorted instead, so the worst case stays n log n).
 */
export function selectKth(values: Float64Array, from: number, to: number, k: number): void {
  let lo = from;
  let hi = to - 1;
  let budget = 2 * Math.ceil(Math.log2(to - from + 1)) + 8;
  while (hi - lo > 16) {
    if (budget-- === 0) {
      values.subarray(lo, hi + 1).sort();
      return;
    }
    const mid = (lo + hi) >> 1;
    const a = values[lo] as number;
    const b = values[mid] as number;
    const c = values[hi] as number;
    const pivot = a < b ? (b < c ? b : a < c ? c : a) : a < c ? a : b < c ? c : b;
    let i = lo;
    let j = hi;
    while (i <= j) {
      while ((values[i] as number) < pivot) i++;
      while ((values[j] as number) > pivot) j--;
      if (i <= j) {
        const t = values[i] as number;
        values[i] = values[j] as number;
        values[j] = t;
        i++;
        j--;
      }
    }
    if (k <= j) hi = j;
    else if (k >= i) lo = i;
    else return;
  }
  values.subarray(lo, hi + 1).sort();
}

/**
 * The q-quantile (0..1) of `values[0, n)` as {@link quantile} would give it after a sort, found
 * by selection instead (the order of the array changes). Reply times are summarised per person
 * per week: a selection is linear where a sort is not.
 *
 * @example
 * selectQuantile(Float64Array.of(4, 1, 3, 2), 4, 0.5) // 2.5
 */
export function selectQuantile(values: Float64Array, n: number, q: number): number {
  const pos = (n - 1) * q;
  const k = Math.floor(pos);
  selectKth(values, 0, n, k);
  const a = values[k] as number;
  if (k + 1 >= n || pos === k) return a;
  // The next value up is the smallest of those after k.
  let b = values[k + 1] as number;
  for (let m = k + 2; m < n; m++) if ((values[m] as number) < b) b = values[m] as number;
  return a + (b - a) * (pos - k);
}

/**
 * The median of `values`, found by selection (the array's order changes): the same value a sort
 * would give, in linear time.
 */
function medianInPlace(values: Float64Array): number {
  const n = values.length;
  if (n === 0) return Number.NaN;
  const mid = n >> 1;
  selectKth(values, 0, n, mid);
  const upper = values[mid] as number;
  if (n % 2 === 1) return upper;
  // The value just below the middle is the largest of those before it.
  let lower = values[0] as number;
  for (let k = 1; k < mid; k++) if ((values[k] as number) > lower) lower = values[k] as number;
  return (lower + upper) / 2;
}

/**
 * The median of a list (NaN for an empty list).
 *
 * @example
 * median([3, 1, 2]); // 2
 */
export function median(values: ArrayLike<number>): number {
  return medianInPlace(Float64Array.from(values));
}

/**
 * The mean after dropping `trim` of the values at each end (20% by default): as resistant to a
 * single outlier as the median, yet finer-grained on integer data, where a median jumps in
 * whole points.
 *
 * @example
 * trimmedMean([4, 4, 4, 4, 1]); // 4
 */
export function trimmedMean(values: readonly number[], trim = 0.2): number {
  if (values.length === 0) return Number.NaN;
  const sorted = Float64Array.from(values).sort();
  const cut = Math.floor(sorted.length * trim);
  const kept = sorted.subarray(cut, sorted.length - cut);
  return kept.reduce((sum, v) => sum + v, 0) / kept.length;
}

/**
 * Theil–Sen slope: the median of the pairwise slopes. One outlier cannot tilt it.
 *
 * @example
 * theilSenSlope([0, 1, 2, 3], [1, 2, 3, 10]); // 1
 */
export function theilSenSlope(xs: readonly number[], ys: readonly number[]): number {
  const n = xs.length;
  const slopes = new Float64Array((n * (n - 1)) / 2);
  let count = 0;
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++) {
      const dx = (xs[j] as number) - (xs[i] as number);
      if (dx !== 0) slopes[count++] = ((ys[j] as number) - (ys[i] as number)) / dx;
    }
  }
  // Up to n²/2 slopes: their median by selection, not a sort.
  return count === 0 ? 0 : medianInPlace(slopes.subarray(0, count));
}

/**
 * Share of the largest successive differences ignored by {@link successiveDifferenceNoise}:
 * they are where the level shifts and where single outliers sit.
 */
const NOISE_TRIM = 0.2;
/**
 * For Gaussian noise, the standard deviation of |d| kept below its 80th percentile is this
 * fraction of the full one (truncated normal at z = 1.2816: 1 − 2zφ(z)/0.8 = 0.4262, sqrt).
 */
const NOISE_TRIM_CONSISTENCY = Math.sqrt(1 - (2 * 1.2816 * 0.17549) / 0.8);

/**
 * The point-to-point noise of a series: the root mean square of successive differences, with
 * the largest fifth dropped (level shifts and outliers) and rescaled so that it estimates the
 * standard deviation of Gaussian noise, divided by √2 because a difference carries two draws.
 * Unlike the MAD of the differences it does not collapse to 0 on integer answers that are
 * mostly unchanged.
 *
 * @example
 * successiveDifferenceNoise([4, 4, 4, 4]); // 0
 */
export function successiveDifferenceNoise(values: readonly number[]): number {
  if (values.length < 3) return 0;
  const diffs: number[] = [];
  for (let i = 1; i < values.length; i++) {
    diffs.push(Math.abs((values[i] as number) - (values[i - 1] as number)));
  }
  diffs.sort((a, b) => a - b);
  const kept = diffs.slice(0, Math.max(1, Math.ceil(diffs.length * (1 - NOISE_TRIM))));
  const meanSquare = kept.reduce((sum, d) => sum + d * d, 0) / kept.length;
  return Math.sqrt(meanSquare) / NOISE_TRIM_CONSISTENCY / Math.SQRT2;
}

/** Clamps `value` into [lo, hi]. */
export function clamp(value: number, lo: number, hi: number): number {
  return Math.min(hi, Math.max(lo, value));
}

/** A flat stretch followed by a straight climb (or fall) to the end: the hinge model. */
export type HingeFit = {
  /** Index of the hinge: the last point of the flat stretch. */
  hinge: number;
  /** Slope after the hinge, units per day. */
  slope: number;
  /** Fitted level of the flat stretch. */
  flat: number;
  /** Fitted level at the last point. */
  end: number;
  /** Slope over its least-squares standard error under noise σ. */
  clarity: number;
  /**
   * The smallest clarity left when any one point after the hinge is set aside (hinge kept):
   * a climb that a single wild check-in carries is not a climb.
   */
  robustClarity: number;
};

/**
 * Fits "flat, then a straight line to the end" by least squares, trying every hinge that leaves
 * at least `minAfter` points after it, and keeps the best. It sees a gradual climb out of a low
 * that a search for level shifts would blur into the low itself.
 *
 * @example
 * fitHinge([0, 1, 2, 3, 4, 5], [2, 2, 2, 3, 4, 5], 0.3, 3)?.slope; // 1
 */
export function fitHinge(
  days: readonly number[],
  values: readonly number[],
  noise: number,
  minAfter: number,
): HingeFit | undefined {
  const n = days.length;
  let best: (HingeFit & { sse: number }) | undefined;
  for (let h = 1; h <= n - 1 - minAfter; h++) {
    const hingeDay = days[h] as number;
    const xs = days.map((d) => Math.max(0, d - hingeDay));
    const mx = xs.reduce((s, x) => s + x, 0) / n;
    const my = values.reduce((s, y) => s + y, 0) / n;
    let sxx = 0;
    let sxy = 0;
    for (let i = 0; i < n; i++) {
      sxx += ((xs[i] as number) - mx) ** 2;
      sxy += ((xs[i] as number) - mx) * ((values[i] as number) - my);
    }
    if (sxx === 0) continue;
    const slope = sxy / sxx;
    const intercept = my - slope * mx;
    let sse = 0;
    for (let i = 0; i < n; i++) {
      sse += ((values[i] as number) - intercept - slope * (xs[i] as number)) ** 2;
    }
    if (best === undefined || sse < best.sse) {
      best = {
        hinge: h,
        slope,
        flat: intercept,
        end: intercept + slope * (xs[n - 1] as number),
        clarity: slope / (noise / Math.sqrt(sxx)),
        robustClarity: leaveOneOutClarity(xs, values, h, noise),
        sse,
      };
    }
  }
  if (best === undefined) return undefined;
  const { sse: _sse, ...fit } = best;
  return fit;
}

/**
 * The smallest slope clarity of the regression of `values` on `xs` when any single point after
 * index `from` is left out, from running sums (linear time).
 */
function leaveOneOutClarity(
  xs: readonly number[],
  values: readonly number[],
  from: number,
  noise: number,
): number {
  const n = xs.length;
  let sx = 0;
  let sy = 0;
  let sxx = 0;
  let sxy = 0;
  for (let i = 0; i < n; i++) {
    const x = xs[i] as number;
    const y = values[i] as number;
    sx += x;
    sy += y;
    sxx += x * x;
    sxy += x * y;
  }
  let lowest = Number.POSITIVE_INFINITY;
  for (let j = from + 1; j < n; j++) {
    const x = xs[j] as number;
    const y = values[j] as number;
    const m = n - 1;
    const cxx = sxx - x * x - (sx - x) ** 2 / m;
    if (cxx <= 0) continue;
    const cxy = sxy - x * y - ((sx - x) * (sy - y)) / m;
    lowest = Math.min(lowest, cxy / cxx / (noise / Math.sqrt(cxx)));
  }
  return Number.isFinite(lowest) ? lowest : 0;
}
