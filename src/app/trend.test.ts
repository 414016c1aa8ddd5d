import { describe, expect, it } from 'vitest';
import { analyseTrend, parseCheckInsCsv, parseEventsCsv, trajectoryObservations } from './trend.js';

const HEADER = 'date,communication,affection,availability,future,criticism,connection';

/** Weekly rows from 2026-01-05: all indicators at `level(w)`, criticism mirrored. */
function csv(weeks: number, level: (w: number) => number): string {
  const rows = [HEADER];
  for (let w = 0; w < weeks; w++) {
    const day = new Date(Date.UTC(2026, 0, 5 + 7 * w)).toISOString().slice(0, 10);
    const v = level(w);
    rows.push(`${day},${v},${v},${v},${v},${6 - v},${v}`);
  }
  return rows.join('\n');
}

const file = (text: string, name = 'checkins.csv') => ({ name, text });

describe('parseCheckInsCsv', () => {
  it('accepts a UTF-8 BOM, CRLF line endings, empty answers and a note column', () => {
    const text = `\uFEFF${HEADER},note\r\n2026-01-05,4,,3,,2,5,"long day, tired"\r\n2026-01-12,3,3,3,3,3,3,\r\n`;
    const result = parseCheckInsCsv(file(text));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value).toEqual([
      {
        date: '2026-01-05',
        communication: 4,
        availability: 3,
        criticism: 2,
        connection: 5,
        note: 'long day, tired',
      },
      {
        date: '2026-01-12',
        communication: 3,
        affection: 3,
        availability: 3,
        future: 3,
        criticism: 3,
        connection: 3,
      },
    ]);
  });

  const cases: [string, string, RegExp][] = [
    ['an empty file', '', /checkins\.csv: the file is empty/],
    ['only blank lines', '\r\n\n', /the file is empty/],
    ['a wrong header', 'day,mood\n2026-01-05,3', /checkins\.csv: line 1: the header must be/],
    ['a header without rows', HEADER, /has a header but no check-ins/],
    [
      'an impossible date',
      `${HEADER}\n2026-02-30,3,3,3,3,3,3`,
      /line 2, column date: 2026-02-30 is not a real date/,
    ],
    [
      'a malformed date',
      `${HEADER}\n05/01/2026,3,3,3,3,3,3`,
      /line 2, column date: "05\/01\/2026" is not a date/,
    ],
    [
      'a value above 5',
      `${HEADER}\n2026-01-05,3,7,3,3,3,3`,
      /line 2, column affection: 7 is not a whole number from 1 to 5/,
    ],
    [
      'a zero',
      `${HEADER}\n2026-01-05,3,3,3,3,0,3`,
      /line 2, column criticism: 0 is not a whole number/,
    ],
    [
      'a fraction',
      `${HEADER}\n2026-01-05,3.5,3,3,3,3,3`,
      /line 2, column communication: 3.5 is not a whole number/,
    ],
    [
      'text in a number column',
      `${HEADER}\n2026-01-05,3,3,good,3,3,3`,
      /line 2, column availability: "good" is not a number/,
    ],
    ['a missing field', `${HEADER}\n2026-01-05,3,3,3,3,3`, /line 2: expected 7 fields, found 6/],
    [
      'duplicate dates',
      `${HEADER}\n2026-01-05,3,3,3,3,3,3\n2026-01-05,4,4,4,4,4,4`,
      /line 3: 2026-01-05 already has a check-in \(line 2\)/,
    ],
    [
      'an unclosed quote',
      `${HEADER},note\n2026-01-05,3,3,3,3,3,3,"oops`,
      /line 2: a quoted field is not closed/,
    ],
  ];
  for (const [what, text, message] of cases) {
    it(`refuses ${what} with one line naming the problem`, () => {
      const result = parseCheckInsCsv(file(text));
      expect(result.ok).toBe(false);
      if (result.ok) return;
      expect(result.error.message).toMatch(message);
      expect(result.error.message).not.toContain('\n');
    });
  }
});

describe('parseEventsCsv', () => {
  it('reads single days and spans; a header alone means "no events"', () => {
    const result = parseEventsCsv(
      file(
        'date,end,kind,label\n2026-02-02,,stressor,job loss\n2026-03-01,2026-03-20,Loss,"grandma, hospital"',
        'events.csv',
      ),
    );
    expect(result).toEqual({
      ok: true,
      value: [
        { date: '2026-02-02', kind: 'stressor', label: 'job loss' },
        { date: '2026-03-01', end: '2026-03-20', kind: 'loss', label: 'grandma, hospital' },
      ],
    });
    expect(parseEventsCsv(file('date,end,kind,label\n', 'events.csv'))).toEqual({
      ok: true,
      value: [],
    });
  });

  it.each([
    [
      'date,kind,label\n2026-02-02,stressor,x',
      /events\.csv: line 1: the header must be "date,end,kind,label"/,
    ],
    [
      'date,end,kind,label\n2026-02-02,,party,x',
      /line 2, column kind: "party" is not one of stressor/,
    ],
    [
      'date,end,kind,label\n2026-02-02,2026-01-02,loss,x',
      /line 2, column end: 2026-01-02 is before 2026-02-02/,
    ],
    [
      'date,end,kind,label\n2026-02-31,,loss,x',
      /line 2, column date: 2026-02-31 is not a real date/,
    ],
    ['date,end,kind,label\n2026-02-02,,loss,', /line 2, column label: the label is empty/],
  ])('refuses %j', (text, message) => {
    const result = parseEventsCsv(file(text, 'events.csv'));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.message).toMatch(message);
  });
});

describe('analyseTrend and trajectoryObservations', () => {
  const decline = csv(16, (w) => (w < 8 ? 4 : 2));
  const events = file('date,end,kind,label\n2026-02-16,,stressor,job loss', 'events.csv');

  it('reports the issue’s JSON shape', () => {
    const result = analyseTrend({ checkIns: file(decline), events });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const r = result.value;
    expect(r.state).toBe('sustained-decline');
    expect(r.onset).toBe('2026-03-02');
    expect(r.durationWeeks).toBe(7);
    expect(r.baseline).toBe(4);
    expect(r.current).toBe(2);
    expect(r.changePoints).toHaveLength(1);
    expect(Object.keys(r.indicators)).toEqual([
      'communication',
      'affection',
      'availability',
      'future',
      'criticism',
      'connection',
    ]);
    expect(r.indicators.criticism.current).toBe(4);
    expect(r.alignedEvents).toEqual([
      { date: '2026-02-16', end: null, kind: 'stressor', label: 'job loss', lagDays: 14 },
    ]);
    expect(r.series).toHaveLength(16);
    expect(JSON.parse(JSON.stringify(r))).toEqual(r);
  });

  it('gives the assessment the same signals, and bad input as a problem', () => {
    const obs = trajectoryObservations({ checkIns: file(decline), events });
    expect(obs.ok && obs.value.map((o) => o.signalId)).toContain('trend.decline-after-stressor');
    const bad = trajectoryObservations({ checkIns: file(`${HEADER}\n2026-02-30,3,3,3,3,3,3`) });
    expect(bad.ok).toBe(false);
  });

  it('row order does not matter', () => {
    const [header, ...rows] = decline.split('\n');
    const reversed = [header, ...rows.reverse()].join('\n');
    const a = analyseTrend({ checkIns: file(decline) });
    const b = analyseTrend({ checkIns: file(reversed) });
    expect(b).toEqual(a);
  });
});
