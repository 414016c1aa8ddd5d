/** Check-ins: the one-minute form, life events, and the trend with its state explained. */
import type { TrendReport } from '../../app/trend.js';
import type { CheckInRecord, EventRecord } from '../../app/vault.js';
import { Layout } from '../layout.js';
import { ErrorBox } from './shell.js';

type Open = { idleSeconds: number };

export const INDICATOR_QUESTIONS: { name: string; label: string }[] = [
  { name: 'communication', label: 'How much did you talk?' },
  { name: 'affection', label: 'How much affection or closeness was there?' },
  { name: 'availability', label: 'How emotionally available did your partner seem?' },
  { name: 'future', label: 'How much did you talk about plans together?' },
  { name: 'criticism', label: 'How much criticism was there? (5 = a lot)' },
  { name: 'connection', label: 'How connected did you feel?' },
];

export const EVENT_KIND_LABELS: Record<string, string> = {
  stressor: 'A stress (work, money, health…)',
  loss: 'A loss or bereavement',
  conflict: 'A conflict',
  conversation: 'A conversation we had',
  milestone: 'A milestone',
  other: 'Something else',
};

const STATE_WORDS: Record<string, string> = {
  'insufficient-data': 'Not enough check-ins yet',
  stable: 'Steady',
  improving: 'Getting better',
  dip: 'A recent dip',
  'sustained-decline': 'A lasting decline',
  recovering: 'Recovering',
  recovered: 'Back to how it was',
};

/** A chart (uPlot, drawn by charts.js) with the same figures in a table beside it. */
export function ChartWithTable({
  id,
  title,
  x,
  series,
  yLabel,
}: {
  id: string;
  title: string;
  x: { label: string; values: string[]; seconds: number[] };
  series: { label: string; values: (number | null)[] }[];
  yLabel: string;
}) {
  const spec = JSON.stringify({ x: x.seconds, series, yLabel });
  return (
    <figure class="chart-pair" aria-labelledby={`${id}-caption`}>
      <figcaption id={`${id}-caption`}>{title}</figcaption>
      <div
        class="chart"
        data-chart={spec}
        role="img"
        aria-label={`${title}: chart; the table below has the same figures`}
      ></div>
      <div class="table-wrap">
        <table id={`${id}-table`}>
          <caption class="muted">{title} (table)</caption>
          <thead>
            <tr>
              <th scope="col">{x.label}</th>
              {series.map((s) => (
                <th scope="col">{s.label}</th>
              ))}
            </tr>
          </thead>
          <tbody>
            {x.values.map((label, i) => (
              <tr>
                <th scope="row">{label}</th>
                {series.map((s) => (
                  <td>{s.values[i] ?? '–'}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </figure>
  );
}

const daySeconds = (day: string) => Date.parse(`${day}T12:00:00Z`) / 1000;

export function JournalPage({
  open,
  checkins,
  events,
  trend,
  trendError,
  error,
  message,
  today,
}: {
  open: Open;
  checkins: CheckInRecord[];
  events: EventRecord[];
  trend?: TrendReport;
  trendError?: string;
  error?: string;
  message?: string;
  today: string;
}) {
  return (
    <Layout heading="Check-ins" open={{ ...open, current: 'journal' }} charts>
      {message ? (
        <div class="notice" role="status">
          <p>{message}</p>
        </div>
      ) : null}
      <ErrorBox message={error} />
      <form method="post" action="/journal" aria-labelledby="ci-title">
        <h2 id="ci-title">How was this week? (one minute)</h2>
        <label for="date">Date</label>
        <input type="date" id="date" name="date" value={today} required />
        {INDICATOR_QUESTIONS.map((q) => (
          <fieldset>
            <legend>{q.label}</legend>
            <div class="actions">
              {[1, 2, 3, 4, 5].map((n) => (
                <label class="choice">
                  <input type="radio" name={q.name} value={String(n)} />
                  {n}
                </label>
              ))}
              <label class="choice">
                <input type="radio" name={q.name} value="" checked />
                Skip
              </label>
            </div>
          </fieldset>
        ))}
        <label for="note">A note (optional)</label>
        <textarea id="note" name="note" autocomplete="off" maxlength={2000}></textarea>
        <button type="submit" class="primary">
          Save check-in
        </button>
      </form>

      <section aria-labelledby="trend-title">
        <h2 id="trend-title">How things are changing</h2>
        <p class="muted">{checkins.length} check-ins saved.</p>
        {trend ? (
          <>
            <p id="trend-state">
              <strong>{STATE_WORDS[trend.state] ?? trend.state}.</strong> {trend.explanation}
            </p>
            <ChartWithTable
              id="trend"
              title="Closeness over time (1–5, higher is closer)"
              x={{
                label: 'Date',
                values: trend.series.map((p) => p.date),
                seconds: trend.series.map((p) => daySeconds(p.date)),
              }}
              series={[{ label: 'Overall', values: trend.series.map((p) => p.value) }]}
              yLabel="1–5"
            />
            {trend.alignedEvents.length > 0 ? (
              <p>
                Around the time it changed:{' '}
                {trend.alignedEvents.map((e) => `${e.label} (${e.date})`).join('; ')}.
              </p>
            ) : null}
          </>
        ) : (
          <p>{trendError ?? 'Your first check-ins will show here.'}</p>
        )}
      </section>

      <form method="post" action="/journal/event" aria-labelledby="ev-title">
        <h2 id="ev-title">Something that happened</h2>
        <label for="ev-date">When</label>
        <input type="date" id="ev-date" name="date" value={today} required />
        <label for="ev-kind">What kind of thing</label>
        <select id="ev-kind" name="kind">
          {Object.entries(EVENT_KIND_LABELS).map(([value, label]) => (
            <option value={value}>{label}</option>
          ))}
        </select>
        <label for="ev-label">In a few words</label>
        <input type="text" id="ev-label" name="label" required maxlength={200} autocomplete="off" />
        <button type="submit" class="primary">
          Add
        </button>
      </form>
      {events.length > 0 ? (
        <ul>
          {events.map((e) => (
            <li>
              {e.date}: {e.label} <span class="muted">({EVENT_KIND_LABELS[e.kind] ?? e.kind})</span>
            </li>
          ))}
        </ul>
      ) : null}
    </Layout>
  );
}
