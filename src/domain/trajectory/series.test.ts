import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { successiveDifferenceNoise, trimmedMean } from './robust.js';
import { analyseSeries, type SeriesPoint, type TrajectoryState } from './series.js';

/** A fixed, irregular wobble so the tests are deterministic yet not perfectly flat. */
const WOBBLE = [0.2, -0.1, 0.3, -0.3, 0.1, 0, -0.2, 0.25, -0.15, 0.05, -0.25, 0.15];
const wobble = (i: number, scale = 1): number => (WOBBLE[i % WOBBLE.length] as number) * scale;

/** Weekly points from a level function of the week index. */
function weekly(weeks: number, level: (w: number) => number, scale = 1): SeriesPoint[] {
  return Array.from({ length: weeks }, (_, w) => ({
    date: 20454 + 7 * w,
    value: level(w) + wobble(w, scale),
  }));
}

const OPTIONS = { noiseFloor: 0.2 };
const stateOf = (points: SeriesPoint[]): TrajectoryState => analyseSeries(points, OPTIONS).state;

describe('robust helpers', () => {
  it('the noise of a constant series is zero and the floor takes over', () => {
    expect(successiveDifferenceNoise([4, 4, 4, 4, 4, 4])).toBe(0);
    const flat = weekly(10, () => 4, 0);
    expect(analyseSeries(flat, OPTIONS).noise).toBe(0.2);
  });

  it('a trimmed mean ignores one wild value', () => {
    expect(trimmedMean([4, 4, 4, 4, 4, 4, 4, 4, 4, -20])).toBe(4);
  });
});

describe('analyseSeries states', () => {
  it('insufficient-data: fewer than 6 points', () => {
    const a = analyseSeries(
      weekly(5, () => 4),
      OPTIONS,
    );
    expect(a.state).toBe('insufficient-data');
    expect(a.clarify?.morePoints).toBe(1);
  });

  it('insufficient-data: 6 or more points spanning less than 3 weeks', () => {
    const daily = Array.from({ length: 10 }, (_, i) => ({ date: 20454 + 2 * i, value: 4 }));
    expect(stateOf(daily)).toBe('insufficient-data');
  });

  it('stable: no meaningful change', () => {
    const a = analyseSeries(
      weekly(14, () => 3.8),
      OPTIONS,
    );
    expect(a.state).toBe('stable');
    expect(a.baseline).toBeCloseTo(3.8, 0);
    expect(a.changePoints).toHaveLength(0);
  });

  it('stable: someone who always answers 4 is stable, not noise-free chaos', () => {
    expect(stateOf(weekly(12, () => 4, 0))).toBe('stable');
  });

  it('stable: a single wild evening is not a change', () => {
    const points = weekly(14, () => 4);
    (points[7] as SeriesPoint).value = 1;
    expect(stateOf(points)).toBe('stable');
  });

  it('improving: a rise that lasts to the end', () => {
    const a = analyseSeries(
      weekly(16, (w) => (w < 8 ? 2.8 : 4.2)),
      OPTIONS,
    );
    expect(a.state).toBe('improving');
    expect(a.onset).toBe('2026-02-26');
  });

  it('dip: a drop that began less than 6 weeks before the last point', () => {
    const a = analyseSeries(
      weekly(14, (w) => (w < 10 ? 4 : 2.4)),
      OPTIONS,
    );
    expect(a.state).toBe('dip');
    expect(a.durationWeeks).toBe(3);
    expect(a.clarify?.moreDays).toBeGreaterThan(0);
  });

  it('sustained-decline: a drop 6 or more weeks old, still down and flat', () => {
    const a = analyseSeries(
      weekly(20, (w) => (w < 8 ? 4 : 2.4)),
      OPTIONS,
    );
    expect(a.state).toBe('sustained-decline');
    expect(a.onset).toBe('2026-02-26');
    expect(a.durationWeeks).toBe(11);
    expect(a.changeSize).toBeLessThan(-3);
  });

  it('recovering: after a drop, clearly climbing but not back yet', () => {
    const level = (w: number): number => (w < 8 ? 4.2 : w < 11 ? 2 : 2 + 0.2 * (w - 10));
    const a = analyseSeries(weekly(17, level, 0.5), OPTIONS);
    expect(a.state).toBe('recovering');
    expect(a.recoveryFraction).toBeGreaterThan(0.2);
    expect(a.recoveryFraction).toBeLessThan(0.8);
  });

  describe('a slow climb out of a low (weekly, every phase of the wobble)', () => {
    // Weeks 0–7 at 4, a drop to 2.2 held for three weeks, then a climb of 0.8–1 point over six
    // weeks: too gradual for the level-shift search to give it a segment of its own. The noise
    // (about 0.3–0.4) makes the climb 2–3 σ, the size the bench shows is easy to miss.
    const PHASES = Array.from({ length: WOBBLE.length }, (_, p) => p);
    const series = (level: (w: number) => number, weeks: number, phase: number, scale: number) =>
      Array.from({ length: weeks }, (_, w) => ({
        // A day of jitter every third week, as real weekly check-ins have.
        date: 20454 + 7 * w + (w % 3 === 0 ? 1 : 0),
        value: level(w) + wobble(w + phase, scale),
      }));
    const flatLow = (w: number): number => (w < 8 ? 4 : 2.2);

    it.each([
      [0.8, 1],
      [1, 1.5],
    ])('a clear slow recovery is recovering (climb %s, wobble × %s)', (rise, scale) => {
      const level = (w: number): number => (w < 11 ? flatLow(w) : 2.2 + (rise * (w - 10)) / 6);
      for (const phase of PHASES) {
        const a = analyseSeries(series(level, 17, phase, scale), OPTIONS);
        expect(a.state, `phase ${phase}`).toBe('recovering');
        expect(a.recoveryFraction).toBeGreaterThanOrEqual(0.2);
        expect(a.recoveryFraction).toBeLessThan(0.8);
      }
    });

    it.each([1, 1.5, 2])('a flat low with noise stays sustained-decline (wobble × %s)', (scale) => {
      for (const phase of PHASES) {
        for (const weeks of [17, 26]) {
          const a = analyseSeries(series(flatLow, weeks, phase, scale), OPTIONS);
          expect(a.state, `phase ${phase}, ${weeks} weeks`).toBe('sustained-decline');
        }
      }
    });

    it('one wild good evening at the end of a flat low is not a recovery', () => {
      for (const phase of PHASES) {
        for (const weeks of [17, 26]) {
          for (const wild of [1.2, 2.5]) {
            const points = series(flatLow, weeks, phase, 1);
            (points[weeks - 1] as SeriesPoint).value += wild;
            const a = analyseSeries(points, OPTIONS);
            expect(a.state, `phase ${phase}, ${weeks} weeks, +${wild}`).toBe('sustained-decline');
          }
        }
      }
    });
  });

  it('recovered: a drop that came back to near baseline', () => {
    const a = analyseSeries(
      weekly(20, (w) => (w >= 8 && w < 12 ? 2.4 : 4)),
      OPTIONS,
    );
    expect(a.state).toBe('recovered');
    expect(a.recoveryFraction).toBeGreaterThan(0.8);
    expect(a.durationWeeks).toBe(4);
  });

  it('lower-is-better series: a rise is a decline, levels stay in their own units', () => {
    const replyMinutes = weekly(20, (w) => (w < 8 ? 10 : 40), 4);
    const a = analyseSeries(replyMinutes, { direction: 'lower-is-better', noiseFloor: 1 });
    expect(a.state).toBe('sustained-decline');
    expect(a.baseline).toBeCloseTo(10, 0);
    expect(a.current).toBeGreaterThan(35);
    expect(a.changeSize).toBeGreaterThan(0);
  });

  it('irregular spacing and a long gap still give the right state', () => {
    const days = [0, 2, 9, 11, 40, 44, 47, 55, 60, 63, 70, 74, 80, 88, 95, 101, 108, 115, 121];
    const points = days.map((d, i) => ({ date: 20454 + d, value: (d < 60 ? 4 : 2.5) + wobble(i) }));
    expect(stateOf(points)).toBe('sustained-decline');
  });

  it('accepts ISO dates as well as epoch days, and merges same-day points', () => {
    const iso = weekly(12, () => 4).map((p) => ({
      date: new Date(Number(p.date) * 86_400_000).toISOString().slice(0, 10),
      value: p.value,
    }));
    const a = analyseSeries([...iso, { date: iso[0]?.date ?? '', value: 4 }], OPTIONS);
    expect(a.n).toBe(12);
    expect(a.from).toBe('2026-01-01');
  });

  it('a marked baseline period is used as "how it used to be"', () => {
    const points = weekly(20, (w) => (w < 4 ? 4.5 : w < 12 ? 3.5 : 2));
    const a = analyseSeries(points, { ...OPTIONS, baseline: { from: 20454, to: 20454 + 21 } });
    expect(a.baseline).toBeGreaterThan(4.2);
    expect(a.baselineTo).toBe('2026-01-22');
  });
});

/** Clear cases with margins around every rule, built from a few numbers fast-check picks. */
const clearCase = fc
  .record({
    kind: fc.constantFrom('stable', 'improving', 'dip', 'sustained-decline', 'recovered'),
    base: fc.double({ min: 2.5, max: 4, noNaN: true }),
    size: fc.double({ min: 1.5, max: 2.5, noNaN: true }),
    before: fc.integer({ min: 6, max: 12 }),
    spacing: fc.constantFrom(3, 7),
    phase: fc.integer({ min: 0, max: 11 }),
  })
  .map(({ kind, base, size, before, spacing, phase }) => {
    const points: SeriesPoint[] = [];
    const weeks =
      kind === 'dip'
        ? before + 4
        : kind === 'stable'
          ? before + 6
          : before + (kind === 'recovered' ? 10 : 12);
    for (let i = 0; i * spacing <= weeks * 7; i++) {
      const w = (i * spacing) / 7;
      let level = base;
      if (kind === 'improving' && w >= before) level = base + size;
      if ((kind === 'dip' || kind === 'sustained-decline') && w >= before) level = base - size;
      if (kind === 'recovered' && w >= before && w < before + 4) level = base - size;
      points.push({ date: 20000 + i * spacing, value: level + wobble(i + phase, 0.8) });
    }
    return { kind, points };
  });

describe('analyseSeries properties', () => {
  it('the clear cases come out as built', () => {
    fc.assert(
      fc.property(clearCase, ({ kind, points }) => {
        expect(stateOf(points)).toBe(kind);
      }),
      { numRuns: 150 },
    );
  });

  it('shifting every value by a constant does not change the state', () => {
    fc.assert(
      fc.property(clearCase, fc.integer({ min: -3, max: 3 }), ({ points }, shift) => {
        const shifted = points.map((p) => ({ ...p, value: p.value + shift }));
        expect(stateOf(shifted)).toBe(stateOf(points));
      }),
      { numRuns: 150 },
    );
  });

  it('reordering the points does not change the analysis', () => {
    fc.assert(
      fc.property(clearCase, fc.integer(), ({ points }, seed) => {
        const shuffled = [...points]
          .map((p, i) => ({ p, key: Math.sin(seed + i * 12.9898) }))
          .sort((a, b) => a.key - b.key)
          .map((x) => x.p);
        expect(analyseSeries(shuffled, OPTIONS)).toEqual(analyseSeries(points, OPTIONS));
      }),
      { numRuns: 100 },
    );
  });

  it('noise far below the size of the change does not change the state', () => {
    fc.assert(
      fc.property(
        clearCase,
        fc.array(fc.double({ min: -0.03, max: 0.03, noNaN: true }), {
          minLength: 200,
          maxLength: 200,
        }),
        ({ points }, jitter) => {
          const noisy = points.map((p, i) => ({ ...p, value: p.value + (jitter[i] ?? 0) }));
          expect(stateOf(noisy)).toBe(stateOf(points));
        },
      ),
      { numRuns: 150 },
    );
  });
});
