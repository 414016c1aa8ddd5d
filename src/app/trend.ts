/**
 * Use case: check-ins CSV (+ optional events CSV) → trajectory analysis → report and
 * observations. The CLI (`closer trend`), `closer assess --checkins` and the web app all call
 * these; file reading stays in the adapters, which pass the text in.
 */
import { fail, ok, type Result } from '../domain/result.js';
import type { Observation } from '../domain/evidence/observation.js';
import {
  analyseCheckIns,
  compositeSeries,
  EVENT_KINDS,
  formatIsoDay,
  INDICATORS,
  parseIsoDay,
  toEpochDay,
  type CheckIn,
  type CheckInTrajectory,
  type EventKind,
  type Indicator,
  type LifeEvent,
  type SeriesAnalysis,
  type TrajectoryState,
} from '../domain/trajectory/index.js';

export { INDICATORS, TRAJECTORY_STATES } from '../domain/trajectory/index.js';
export type { Indicator, TrajectoryState } from '../domain/trajectory/index.js';

/** A file's name (for messages) and its text. */
export type TextFile = { name: string; text: string };

export const CHECKIN_HEADER = ['date', ...INDICATORS] as const;
export const EVENT_HEADER = ['date', 'end', 'kind', 'label'] as const;

/**
 * Splits one CSV line into fields: commas separate, double quotes enclose a field that holds
 * commas, `""` inside quotes is a quote. Returns undefined for an unclosed quote.
 */
function splitCsvLine(line: string): string[] | undefined {
  const fields: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i] as string;
    if (quoted) {
      if (c === '"' && line[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') {
        quoted = false;
      } else {
        field += c;
      }
    } else if (c === '"' && field.trim() === '') {
      quoted = true;
      field = '';
    } else if (c === ',') {
      fields.push(field.trim());
      field = '';
    } else {
      field += c;
    }
  }
  if (quoted) return undefined;
  fields.push(field.trim());
  return fields;
}

type Row = { line: number; fields: string[] };

/** BOM, CRLF, header check and field counts: what both CSV files share. */
function readCsv(
  file: TextFile,
  header: readonly string[],
  optional: readonly string[] = [],
): Result<{ rows: Row[]; columns: string[] }> {
  const text = file.text.startsWith('\uFEFF') ? file.text.slice(1) : file.text;
  const lines = text.split(/\r\n|\n|\r/);
  if (lines.every((l) => l.trim() === '')) {
    return fail('empty-file', `${file.name}: the file is empty`);
  }
  const headerLine = lines[0] ?? '';
  const columns = (splitCsvLine(headerLine) ?? []).map((c) => c.toLowerCase());
  const expected = header.join(',');
  const matches =
    columns.length >= header.length &&
    columns.length <= header.length + optional.length &&
    header.every((h, i) => columns[i] === h) &&
    columns.slice(header.length).every((c, i) => c === optional[i]);
  if (!matches) {
    return fail(
      'bad-header',
      `${file.name}: line 1: the header must be "${expected}"${optional.length ? ` (optionally followed by ${optional.map((o) => `"${o}"`).join(', ')})` : ''}, found "${headerLine.trim()}"`,
    );
  }
  const rows: Row[] = [];
  for (let i = 1; i < lines.length; i++) {
    const raw = lines[i] as string;
    if (raw.trim() === '') continue;
    const fields = splitCsvLine(raw);
    const line = i + 1;
    if (fields === undefined) {
      return fail('bad-row', `${file.name}: line ${line}: a quoted field is not closed`);
    }
    if (fields.length !== columns.length) {
      return fail(
        'bad-row',
        `${file.name}: line ${line}: expected ${columns.length} fields, found ${fields.length}`,
      );
    }
    rows.push({ line, fields });
  }
  return ok({ rows, columns });
}

function parseDay(file: TextFile, line: number, column: string, text: string): Result<number> {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) {
    return fail(
      'bad-date',
      `${file.name}: line ${line}, column ${column}: "${text}" is not a date in the form YYYY-MM-DD`,
    );
  }
  const day = parseIsoDay(text);
  if (day === undefined) {
    return fail(
      'bad-date',
      `${file.name}: line ${line}, column ${column}: ${text} is not a real date`,
    );
  }
  return ok(day);
}

/**
 * Parses a check-ins CSV: header `date,communication,affection,availability,future,criticism,connection`
 * (an optional `note` column may follow), dates `YYYY-MM-DD`, whole numbers 1–5 or empty.
 *
 * @example
 * parseCheckInsCsv({ name: 'c.csv', text: 'date,communication,affection,availability,future,criticism,connection\n2026-01-05,4,4,,3,2,4' });
 */
export function parseCheckInsCsv(file: TextFile): Result<CheckIn[]> {
  const csv = readCsv(file, CHECKIN_HEADER, ['note']);
  if (!csv.ok) return csv;
  if (csv.value.rows.length === 0) {
    return fail('no-rows', `${file.name}: has a header but no check-ins`);
  }
  const seen = new Map<number, number>();
  const checkIns: CheckIn[] = [];
  for (const { line, fields } of csv.value.rows) {
    const day = parseDay(file, line, 'date', fields[0] as string);
    if (!day.ok) return day;
    const earlier = seen.get(day.value);
    if (earlier !== undefined) {
      return fail(
        'duplicate-date',
        `${file.name}: line ${line}: ${fields[0] ?? ''} already has a check-in (line ${earlier}); keep one per day`,
      );
    }
    seen.set(day.value, line);
    const checkIn: CheckIn = { date: formatIsoDay(day.value) };
    for (let k = 0; k < INDICATORS.length; k++) {
      const indicator = INDICATORS[k] as Indicator;
      const text = fields[k + 1] as string;
      if (text === '') continue;
      if (!/^[+-]?\d+(\.\d+)?$/.test(text)) {
        return fail(
          'not-a-number',
          `${file.name}: line ${line}, column ${indicator}: "${text}" is not a number (use 1–5, or leave it empty)`,
        );
      }
      const value = Number(text);
      if (!Number.isInteger(value) || value < 1 || value > 5) {
        return fail(
          'out-of-range',
          `${file.name}: line ${line}, column ${indicator}: ${text} is not a whole number from 1 to 5`,
        );
      }
      checkIn[indicator] = value;
    }
    const note = fields[INDICATORS.length + 1];
    if (note !== undefined && note !== '') checkIn.note = note;
    checkIns.push(checkIn);
  }
  return ok(checkIns);
}

/**
 * Parses an events CSV: header `date,end,kind,label`; `end` may be empty; kind is one of
 * stressor, loss, conflict, conversation, milestone, other.
 *
 * @example
 * parseEventsCsv({ name: 'e.csv', text: 'date,end,kind,label\n2026-02-02,,stressor,job loss' });
 */
export function parseEventsCsv(file: TextFile): Result<LifeEvent[]> {
  const csv = readCsv(file, EVENT_HEADER);
  if (!csv.ok) return csv;
  const events: LifeEvent[] = [];
  for (const { line, fields } of csv.value.rows) {
    const [dateText, endText, kindText, label] = fields as [string, string, string, string];
    const start = parseDay(file, line, 'date', dateText);
    if (!start.ok) return start;
    let end: number | undefined;
    if (endText !== '') {
      const parsed = parseDay(file, line, 'end', endText);
      if (!parsed.ok) return parsed;
      if (parsed.value < start.value) {
        return fail(
          'bad-date',
          `${file.name}: line ${line}, column end: ${endText} is before ${dateText}`,
        );
      }
      end = parsed.value;
    }
    const kind = kindText.toLowerCase();
    if (!(EVENT_KINDS as readonly string[]).includes(kind)) {
      return fail(
        'bad-kind',
        `${file.name}: line ${line}, column kind: "${kindText}" is not one of ${EVENT_KINDS.join(', ')}`,
      );
    }
    if (label === '') {
      return fail('bad-label', `${file.name}: line ${line}, column label: the label is empty`);
    }
    events.push({
      date: formatIsoDay(start.value),
      ...(end !== undefined && end !== start.value ? { end: formatIsoDay(end) } : {}),
      kind: kind as EventKind,
      label,
    });
  }
  return ok(events);
}

const round = (x: number, digits = 2): number => {
  const f = 10 ** digits;
  return Number.isFinite(x) ? Math.round(x * f) / f : 0;
};

export type IndicatorSummary = {
  state: TrajectoryState;
  /** How many check-ins answered this indicator. */
  answered: number;
  baseline: number | null;
  current: number | null;
  onset: string | null;
  durationWeeks: number | null;
  /** The main change in units of the indicator's own noise (signed). */
  size: number;
  confidence: number;
};

/** The JSON shape of `closer trend --json` (and what the web page renders). */
export type TrendReport = {
  state: TrajectoryState;
  explanation: string;
  baseline: number | null;
  current: number | null;
  onset: string | null;
  durationWeeks: number | null;
  changePoints: { date: string; before: number; after: number; size: number }[];
  indicators: Record<Indicator, IndicatorSummary>;
  alignedEvents: {
    date: string;
    end: string | null;
    kind: EventKind;
    label: string;
    lagDays: number;
  }[];
  signals: Observation[];
  /** How clear the evidence for the state is, 0–1. */
  confidence: number;
  /** The composite's point-to-point noise (points on the 1–5 scale). */
  noise: number;
  recoveryFraction: number | null;
  trend: { slopePerWeek: number; direction: 'up' | 'down' | 'flat'; from: string; to: string };
  checkIns: number;
  from: string;
  to: string;
  /** The composite engagement index per check-in, for charts. */
  series: { date: string; value: number }[];
};

function nullable(analysis: SeriesAnalysis, value: number): number | null {
  return analysis.n === 0 ? null : round(value);
}

function indicatorSummary(a: CheckInTrajectory['indicators'][Indicator]): IndicatorSummary {
  return {
    state: a.state,
    answered: a.answered,
    baseline: nullable(a, a.baseline),
    current: nullable(a, a.current),
    onset: a.onset ?? null,
    durationWeeks: a.durationWeeks === undefined ? null : round(a.durationWeeks, 1),
    size: round(a.changeSize, 1),
    confidence: round(a.confidence),
  };
}

/** Shapes the domain analysis into the report adapters print. */
export function toTrendReport(checkIns: readonly CheckIn[], t: CheckInTrajectory): TrendReport {
  const c = t.composite;
  return {
    state: t.state,
    explanation: t.explanation,
    baseline: nullable(c, c.baseline),
    current: nullable(c, c.current),
    onset: c.onset ?? null,
    durationWeeks: c.durationWeeks === undefined ? null : round(c.durationWeeks, 1),
    changePoints: c.changePoints.map((p) => ({
      date: p.date,
      before: round(p.before),
      after: round(p.after),
      size: round(p.size, 1),
    })),
    indicators: Object.fromEntries(
      INDICATORS.map((i) => [i, indicatorSummary(t.indicators[i])]),
    ) as Record<Indicator, IndicatorSummary>,
    alignedEvents: t.alignedEvents.map((e) => ({
      date: e.date,
      end: e.end ?? null,
      kind: e.kind,
      label: e.label,
      lagDays: e.lagDays,
    })),
    signals: t.signals,
    confidence: round(c.confidence),
    noise: round(c.noise),
    recoveryFraction: c.recoveryFraction === undefined ? null : round(c.recoveryFraction),
    trend: {
      slopePerWeek: round(c.trend.slopePerWeek),
      direction: c.trend.direction,
      from: c.trend.from,
      to: c.trend.to,
    },
    checkIns: checkIns.length,
    from: c.from,
    to: c.to,
    series: compositeSeries(checkIns)
      .map((p) => ({ day: toEpochDay(p.date) ?? 0, value: p.value }))
      .sort((a, b) => a.day - b.day)
      .map((p) => ({ date: formatIsoDay(p.day), value: round(p.value) })),
  };
}

export type TrendInput = {
  checkIns: TextFile;
  events?: TextFile;
  /**
   * A period the person marks as "how it used to be", as ISO dates (inclusive). Without it the
   * baseline is found in the data: the level before the change.
   */
  baseline?: { from: string; to: string };
};

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

/** Checks a marked baseline period against the check-ins it must cover. */
function checkBaseline(
  baseline: { from: string; to: string },
  checkIns: readonly CheckIn[],
): Result<{ from: string; to: string }> {
  for (const [field, value] of [
    ['start', baseline.from],
    ['end', baseline.to],
  ] as const) {
    if (!ISO_DAY.test(value) || toEpochDay(value) === undefined)
      return fail(
        'bad-baseline',
        `--baseline: the ${field} "${value}" is not a date in the form YYYY-MM-DD`,
      );
  }
  const from = toEpochDay(baseline.from) ?? 0;
  const to = toEpochDay(baseline.to) ?? 0;
  if (from > to)
    return fail(
      'bad-baseline',
      `--baseline: the start ${baseline.from} is after the end ${baseline.to}`,
    );
  const inside = checkIns.filter((c) => {
    const day = toEpochDay(c.date) ?? Number.NaN;
    return day >= from && day <= to;
  }).length;
  if (inside < MIN_BASELINE_CHECKINS)
    return fail(
      'bad-baseline',
      `--baseline ${baseline.from}..${baseline.to}: ${inside} check-in(s) fall in that period; it needs at least ${MIN_BASELINE_CHECKINS} to say how things used to be`,
    );
  return ok(baseline);
}

/** Check-ins a marked baseline period needs to stand for "how it used to be". */
export const MIN_BASELINE_CHECKINS = 3;

/**
 * The whole use case: parse both files, analyse, report. Bad input comes back as a Problem
 * whose message names the file, line and field.
 *
 * @example
 * const result = analyseTrend({ checkIns: { name: 'checkins.csv', text } });
 * if (result.ok) console.log(result.value.state);
 */
export function analyseTrend(input: TrendInput): Result<TrendReport> {
  const parsed = parseTrendInput(input);
  if (!parsed.ok) return parsed;
  const { checkIns, events } = parsed.value;
  let baseline: { from: string; to: string } | undefined;
  if (input.baseline !== undefined) {
    const checked = checkBaseline(input.baseline, checkIns);
    if (!checked.ok) return checked;
    baseline = checked.value;
  }
  const trajectory = analyseCheckIns(checkIns, events ?? [], {
    eventsProvided: events !== undefined,
    ...(baseline === undefined ? {} : { baseline }),
  });
  return ok(toTrendReport(checkIns, trajectory));
}

function parseTrendInput(
  input: TrendInput,
): Result<{ checkIns: CheckIn[]; events: LifeEvent[] | undefined }> {
  const checkIns = parseCheckInsCsv(input.checkIns);
  if (!checkIns.ok) return checkIns;
  if (input.events === undefined) return ok({ checkIns: checkIns.value, events: undefined });
  const events = parseEventsCsv(input.events);
  if (!events.ok) return events;
  return ok({ checkIns: checkIns.value, events: events.value });
}

/**
 * The trajectory's observations for an assessment (`closer assess --checkins`): the same
 * signals `closer trend` lists, ready to fold into the evidence.
 *
 * @example
 * const obs = trajectoryObservations({ checkIns: { name: 'checkins.csv', text } });
 * if (obs.ok) evidence.push(...obs.value);
 */
export function trajectoryObservations(input: TrendInput): Result<Observation[]> {
  const report = analyseTrend(input);
  return report.ok ? ok(report.value.signals) : report;
}
