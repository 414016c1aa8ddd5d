import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { median, selectQuantile, theilSenSlope } from './robust.js';

/** The q-quantile of ascending-sorted values with interpolation: what selection must match. */
function quantile(sorted: ArrayLike<number>, q: number): number {
  const pos = (sorted.length - 1) * q;
  const lo = Math.floor(pos);
  const a = sorted[lo] as number;
  const b = sorted[Math.min(sorted.length - 1, lo + 1)] as number;
  return a + (b - a) * (pos - lo);
}

describe('selectQuantile', () => {
  it('gives what a full sort gives, for any values, duplicates and sizes', () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.integer({ min: 0, max: 5 }), fc.integer({ min: 0, max: 1e7 })), {
          minLength: 1,
          maxLength: 400,
        }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (values, q) => {
          const sorted = Float64Array.from(values).sort();
          expect(selectQuantile(Float64Array.from(values), values.length, q)).toBeCloseTo(
            quantile(sorted, q),
            9,
          );
        },
      ),
      { numRuns: 300 },
    );
  });

  it('stays right on inputs that defeat a median-of-three pivot', () => {
    // Sorted, reversed and organ-pipe orders, large enough to exhaust the split budget.
    const n = 5000;
    const orders = [
      Float64Array.from({ length: n }, (_, i) => i),
      Float64Array.from({ length: n }, (_, i) => n - i),
      Float64Array.from({ length: n }, (_, i) => Math.min(i, n - i)),
    ];
    for (const values of orders) {
      const expected = quantile(Float64Array.from(values).sort(), 0.9);
      expect(selectQuantile(values, n, 0.9)).toBe(expected);
    }
  });
});

describe('median and Theil–Sen by selection', () => {
  const sortedMedian = (values: number[]) => {
    const sorted = [...values].sort((a, b) => a - b);
    const mid = sorted.length >> 1;
    return sorted.length % 2 === 1
      ? (sorted[mid] as number)
      : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
  };

  it('median gives exactly what a sort gives, odd and even, with duplicates', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.oneof(
            fc.integer({ min: -3, max: 3 }),
            fc.double({ min: -1e6, max: 1e6, noNaN: true }),
          ),
          {
            minLength: 1,
            maxLength: 300,
          },
        ),
        (values) => {
          // + 0 reads -0 and +0 as the same zero, as every comparison does.
          expect(median(values) + 0).toBe(sortedMedian(values) + 0);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('Theil–Sen on a long series is the median of all pairwise slopes', () => {
    const xs = Array.from({ length: 120 }, (_, i) => i * 7);
    const ys = xs.map((x, i) => 3 - x / 100 + ((i * 37) % 11) / 10);
    const slopes: number[] = [];
    for (let i = 0; i < xs.length; i++)
      for (let j = i + 1; j < xs.length; j++)
        slopes.push(
          ((ys[j] as number) - (ys[i] as number)) / ((xs[j] as number) - (xs[i] as number)),
        );
    expect(theilSenSlope(xs, ys)).toBe(sortedMedian(slopes));
  });
});
