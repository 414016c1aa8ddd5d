import { describe, expect, it } from 'vitest';
import { analyseCheckIns, compositeSeries, type CheckIn } from './checkins.js';
import { alignEvents, describeLag, type LifeEvent } from './events.js';

const START = 20454; // 2026-01-01
const WOBBLE = [0, 1, 0, -1, 0, 0, 1, -1, 0, 1, 0, -1];

/** Weekly check-ins: every indicator at `level(w)` ± a fixed wobble, criticism mirrored. */
function checkIns(
  weeks: number,
  level: (w: number) => number,
  overrides: Partial<CheckIn> = {},
): CheckIn[] {
  return Array.from({ length: weeks }, (_, w) => {
    const clip = (v: number): number => Math.min(5, Math.max(1, Math.round(v)));
    const v = level(w);
    const wob = WOBBLE[w % WOBBLE.length] as number;
    return {
      date: START + 7 * w,
      communication: clip(v + wob),
      affection: clip(v),
      availability: clip(v - wob),
      future: clip(v),
      criticism: clip(6 - v + wob),
      connection: clip(v),
      ...overrides,
    };
  });
}

describe('composite engagement index', () => {
  it('turns criticism round and stays on the 1–5 scale', () => {
    const points = compositeSeries([{ date: START, communication: 4, criticism: 2 }]);
    expect(points[0]?.value).toBe(4);
  });

  it('a skipped answer does not move the composite of a steady person', () => {
    const rows: CheckIn[] = [
      { date: START, communication: 3, affection: 5 },
      { date: START + 7, communication: 3 },
      { date: START + 14, affection: 5 },
    ];
    const values = compositeSeries(rows).map((p) => p.value);
    expect(new Set(values).size).toBe(1);
  });

  it('check-ins with no answers at all are left out', () => {
    expect(compositeSeries([{ date: START, note: 'busy week' }])).toHaveLength(0);
  });
});

describe('events and onset', () => {
  const events: LifeEvent[] = [
    { date: '2025-12-01', kind: 'other', label: 'long before' },
    { date: START + 56 - 14, kind: 'stressor', label: 'layoff' },
    { date: START + 56 - 70, end: START + 60, kind: 'loss', label: 'illness in the family' },
    { date: START + 56 + 10, kind: 'conflict', label: 'after the window' },
  ];

  it('keeps events from 8 weeks before to 1 week after the onset, closest first', () => {
    const aligned = alignEvents(events, START + 56);
    expect(aligned.map((e) => e.label)).toEqual(['illness in the family', 'layoff']);
    expect(aligned[1]?.lagDays).toBe(14);
  });

  it('describes the lag plainly', () => {
    expect(describeLag(14)).toBe('about 2 weeks after');
    expect(describeLag(1)).toBe('around the same time as');
    expect(describeLag(-6)).toBe('a few days before');
  });
});

describe('analyseCheckIns', () => {
  it('a decline after a stressor yields the state, the event signal and a warm explanation', () => {
    const rows = checkIns(18, (w) => (w < 8 ? 4 : 2));
    const events: LifeEvent[] = [{ date: START + 7 * 8 - 12, kind: 'stressor', label: 'job loss' }];
    const t = analyseCheckIns(rows, events);
    expect(t.state).toBe('sustained-decline');
    expect(t.alignedEvents.map((e) => e.label)).toEqual(['job loss']);
    const ids = t.signals.map((s) => s.signalId);
    expect(ids).toContain('trend.sustained-decline');
    expect(ids).toContain('trend.decline-after-stressor');
    expect(ids).not.toContain('trend.decline-no-event');
    expect(ids).toContain('trend.criticism-rising');
    for (const s of t.signals) {
      expect(s.strength).toBeGreaterThan(0);
      expect(s.strength).toBeLessThanOrEqual(1);
      expect(s.provenance.kind).toBe('trajectory');
    }
    expect(t.explanation).toContain('2026-02-26');
    expect(t.explanation).toContain("'job loss'");
    expect(t.explanation).not.toMatch(/break ?up|diagnos/i);
  });

  it('with events recorded but none near the onset: decline-no-event', () => {
    const rows = checkIns(18, (w) => (w < 8 ? 4 : 2));
    const far: LifeEvent[] = [{ date: START - 200, kind: 'milestone', label: 'moved in' }];
    const ids = analyseCheckIns(rows, far).signals.map((s) => s.signalId);
    expect(ids).toContain('trend.decline-no-event');
  });

  it('without an events file, no claim is made about events', () => {
    const rows = checkIns(18, (w) => (w < 8 ? 4 : 2));
    const ids = analyseCheckIns(rows, []).signals.map((s) => s.signalId);
    expect(ids).not.toContain('trend.decline-no-event');
  });

  it('future talk falling while the rest holds', () => {
    const rows = checkIns(18, () => 4).map((c, w) => ({ ...c, future: w < 8 ? 4 : 1 }));
    const t = analyseCheckIns(rows, []);
    expect(t.indicators.future.state).toBe('sustained-decline');
    expect(t.withoutFuture.state).toBe('stable');
    expect(t.signals.map((s) => s.signalId)).toContain('trend.future-talk-falling');
    expect(t.explanation).toContain('Talk of the future fell while the rest held.');
  });

  it('a dip says what would make it clearer', () => {
    const rows = checkIns(14, (w) => (w < 10 ? 4 : 2));
    const t = analyseCheckIns(rows, []);
    expect(t.state).toBe('dip');
    expect(t.signals[0]?.signalId).toBe('trend.dip');
    expect(t.explanation).toMatch(/Another \d+ weeks of check-ins/);
  });

  it('a recovered dip maps to trend.dip-recovered', () => {
    const rows = checkIns(20, (w) => (w >= 8 && w < 12 ? 2 : 4));
    const t = analyseCheckIns(rows, []);
    expect(t.state).toBe('recovered');
    expect(t.signals[0]?.signalId).toBe('trend.dip-recovered');
  });

  it('too few check-ins: no signals, and it says how many more are needed', () => {
    const t = analyseCheckIns(
      checkIns(4, () => 4),
      [],
    );
    expect(t.state).toBe('insufficient-data');
    expect(t.signals).toEqual([]);
    expect(t.explanation).toContain('2 more check-ins');
  });

  it('one indicator never answered does not break the analysis', () => {
    const rows = checkIns(16, (w) => (w < 8 ? 4 : 2)).map(({ affection: _drop, ...rest }) => rest);
    const t = analyseCheckIns(rows, []);
    expect(t.indicators.affection.state).toBe('insufficient-data');
    expect(t.indicators.affection.answered).toBe(0);
    expect(t.state).toBe('sustained-decline');
  });
});
