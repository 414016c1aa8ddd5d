/**
 * Weekly chat metrics → observations for the evidence engine (signal ids fixed in the signals
 * contract, origin "chat"). Each series goes through the same trajectory analysis as the
 * check-ins (src/domain/trajectory), so "falling" means the same thing everywhere: a level that
 * dropped meaningfully and clearly below the chat's own earlier level.
 *
 * The first and last week of an export are left out of every series: exports start and end
 * mid-week (or where WhatsApp's cap cut them), and a half week looks like a drop.
 */
import type { Observation } from '../evidence/observation.js';
import {
  analyseSeries,
  parseIsoDay,
  type SeriesAnalysis,
  type SeriesPoint,
} from '../trajectory/index.js';
import {
  excerptKey,
  type ExcerptFeature,
  type PersonWeek,
  type WeekMetrics,
  type WeeklyMetrics,
} from './metrics.js';
import { isoWeekLabel, weekStartDay } from './weeks.js';

const FALLING = ['dip', 'sustained-decline'];
const HOLDING = ['stable', 'improving', 'recovered'];
/**
 * True when content mode ran and one language's word lists can read this chat as a whole
 * (./language.ts). Otherwise the content series are left out rather than read as affection and
 * plans gone to nothing.
 */
export const contentReadable = (metrics: WeeklyMetrics): boolean =>
  metrics.contentMode && metrics.contentLanguage !== null;

/** A week needs this many text messages from the person for a content rate to count. */
const MIN_TEXT_MESSAGES = 3;

export type ChatRoles = { me: string; partner: string };

/** One analysed weekly series, kept for display and for the tests. */
export type ChatSeries = {
  metric: string;
  person: string;
  label: string;
  unit: string;
  analysis: SeriesAnalysis;
};

type Extract = (week: PersonWeek) => number | null;

const strengthOf = (confidence: number): number =>
  Math.round(Math.min(1, Math.max(0, 0.2 + 0.8 * confidence)) * 100) / 100;

const weekOfDay = (day: number): string => isoWeekLabel(weekStartDay(day * 86_400_000));

function seriesOf(weeks: readonly WeekMetrics[], person: string, extract: Extract): SeriesPoint[] {
  const points: SeriesPoint[] = [];
  for (const week of weeks) {
    const figures = week.people[person];
    if (!figures) continue;
    const value = extract(figures);
    if (value !== null && Number.isFinite(value)) points.push({ date: week.startDay, value });
  }
  return points;
}

const rate =
  (count: (c: NonNullable<PersonWeek['content']>) => number): Extract =>
  (w) =>
    w.content && w.content.textMessages >= MIN_TEXT_MESSAGES
      ? count(w.content) / w.content.textMessages
      : null;

type MetricSpec = {
  metric: string;
  label: string;
  unit: string;
  direction: 'higher-is-better' | 'lower-is-better';
  extract: Extract;
  /** Shown values (the analysis may run on a transformed scale). */
  show?: (value: number) => string;
  content?: boolean;
  noiseFloor?: number;
};

const minutes = (logValue: number) => {
  const m = Math.expm1(logValue);
  return m < 90 ? `${Math.round(m)} min` : `${(m / 60).toFixed(1)} h`;
};
const percent = (v: number) => `${Math.round(v * 100)}%`;
const oneDecimal = (v: number) => v.toFixed(1);

/** The partner's metrics and the way each is read. */
const PARTNER_METRICS: MetricSpec[] = [
  {
    metric: 'messages',
    label: 'messages per week',
    unit: 'messages',
    direction: 'higher-is-better',
    extract: (w) => w.messages,
    show: (v) => String(Math.round(v)),
    noiseFloor: 1,
  },
  {
    metric: 'initiation-share',
    label: 'share of conversations started',
    unit: 'share',
    direction: 'higher-is-better',
    extract: () => null, // filled per week from both people (see initiationShare)
    show: percent,
    noiseFloor: 0.05,
  },
  {
    metric: 'reply-median',
    label: 'typical reply time',
    unit: 'minutes (log)',
    direction: 'lower-is-better',
    extract: (w) => (w.replyMedianMinutes === null ? null : Math.log1p(w.replyMedianMinutes)),
    show: minutes,
    noiseFloor: 0.1,
  },
  {
    metric: 'words-per-message',
    label: 'words per message',
    unit: 'words',
    direction: 'higher-is-better',
    extract: (w) =>
      w.messages - w.media - w.deleted > 0 ? w.words / (w.messages - w.media - w.deleted) : null,
    show: oneDecimal,
    noiseFloor: 0.2,
  },
  {
    metric: 'affection',
    label: 'share of messages with affection',
    unit: 'share',
    direction: 'higher-is-better',
    extract: rate((c) => c.affection),
    show: percent,
    content: true,
    noiseFloor: 0.02,
  },
  {
    metric: 'future',
    label: 'share of messages about plans and the future',
    unit: 'share',
    direction: 'higher-is-better',
    extract: rate((c) => c.future),
    show: percent,
    content: true,
    noiseFloor: 0.02,
  },
  {
    metric: 'we-share',
    label: '"we" among "we" and "I" words',
    unit: 'share',
    direction: 'higher-is-better',
    extract: (w) =>
      w.content && w.content.weWords + w.content.iWords >= 5
        ? w.content.weWords / (w.content.weWords + w.content.iWords)
        : null,
    show: percent,
    content: true,
    noiseFloor: 0.02,
  },
  {
    metric: 'tone',
    label: 'tone of messages',
    unit: 'AFINN score per message',
    direction: 'higher-is-better',
    extract: (w) =>
      w.content && w.content.textMessages >= MIN_TEXT_MESSAGES ? w.content.toneMean : null,
    show: (v) => v.toFixed(2),
    content: true,
    noiseFloor: 0.05,
  },
  {
    metric: 'stress-words',
    label: 'share of messages with stress or tiredness words',
    unit: 'share',
    direction: 'lower-is-better',
    extract: rate((c) => c.stress),
    show: percent,
    content: true,
    noiseFloor: 0.02,
  },
];

const SIGNAL_OF: Record<string, string> = {
  messages: 'chat.partner-volume-falling',
  'initiation-share': 'chat.partner-initiation-falling',
  'reply-median': 'chat.partner-replies-slowing',
  'words-per-message': 'chat.partner-messages-shortening',
  affection: 'chat.affection-falling',
  future: 'chat.future-talk-falling',
  'we-share': 'chat.we-talk-falling',
  tone: 'chat.tone-falling',
  'stress-words': 'chat.partner-stress-words-rising',
};

function initiationShare(weeks: readonly WeekMetrics[], person: string): SeriesPoint[] {
  const points: SeriesPoint[] = [];
  for (const week of weeks) {
    let total = 0;
    for (const figures of Object.values(week.people)) total += figures.conversationsStarted;
    const own = week.people[person]?.conversationsStarted ?? 0;
    if (total > 0) points.push({ date: week.startDay, value: own / total });
  }
  return points;
}

function describe(name: string, spec: MetricSpec, a: SeriesAnalysis): string {
  const show = spec.show ?? oneDecimal;
  const from = weekOfDay(a.onsetDay ?? weekDayOf(a.baselineTo));
  const span =
    a.durationWeeks === undefined
      ? ''
      : `, over ${Math.max(1, Math.round(a.durationWeeks))} week(s)`;
  switch (a.state) {
    case 'stable':
      return `${name}'s ${spec.label} stayed around ${show(a.baseline)} (${weekOfDay(weekDayOf(a.from))} to ${weekOfDay(weekDayOf(a.to))}).`;
    case 'improving':
      return `${name}'s ${spec.label} went from ${show(a.baseline)} to ${show(a.current)} from ${from}.`;
    default: {
      const verb =
        spec.direction === 'lower-is-better'
          ? a.current > a.baseline
            ? 'rose'
            : 'fell'
          : a.current < a.baseline
            ? 'fell'
            : 'rose';
      return `${name}'s ${spec.label} ${verb} from ${show(a.baseline)} to ${show(a.current)} from ${from}${span}.`;
    }
  }
}

const weekDayOf = (iso: string): number => parseIsoDay(iso) ?? 0;

/**
 * Trends look at the last three years of weeks at most: "is something changing" is about the
 * recent past, and a decade of weekly points would only dilute the baseline (and cost the
 * robust statistics quadratic time).
 */
export const TREND_WEEKS = 156;

/** Weeks used for trends: all but the first and last (partial) week, at most the last three years. */
export function trendWeeks(metrics: WeeklyMetrics): WeekMetrics[] {
  const inner = metrics.weeks.length > 4 ? metrics.weeks.slice(1, -1) : metrics.weeks;
  return inner.slice(-TREND_WEEKS);
}

/**
 * Analyses the partner's (and for pursue–withdraw, the user's) weekly series.
 *
 * @example
 * chatSeries(metrics, { me: 'Alex', partner: 'Sam' }).map((s) => s.analysis.state);
 */
export function chatSeries(metrics: WeeklyMetrics, roles: ChatRoles): ChatSeries[] {
  const weeks = trendWeeks(metrics);
  const out: ChatSeries[] = [];
  for (const spec of PARTNER_METRICS) {
    if (spec.content && !contentReadable(metrics)) continue;
    const points =
      spec.metric === 'initiation-share'
        ? initiationShare(weeks, roles.partner)
        : seriesOf(weeks, roles.partner, spec.extract);
    const options =
      spec.noiseFloor === undefined
        ? { direction: spec.direction }
        : { direction: spec.direction, noiseFloor: spec.noiseFloor };
    out.push({
      metric: spec.metric,
      person: roles.partner,
      label: spec.label,
      unit: spec.unit,
      analysis: analyseSeries(points, options),
    });
  }
  out.push({
    metric: 'share',
    person: roles.me,
    label: 'share of messages',
    unit: 'share',
    analysis: analyseSeries(
      seriesOf(weeks, roles.me, (w) => (w.messages > 0 || w.share > 0 ? w.share : null)),
      {
        noiseFloor: 0.03,
      },
    ),
  });
  out.push({
    metric: 'unanswered-double-texts',
    person: roles.me,
    label: 'follow-ups left unanswered per week',
    unit: 'messages',
    analysis: analyseSeries(
      seriesOf(weeks, roles.me, (w) => w.unansweredDoubleTexts),
      { noiseFloor: 0.5 },
    ),
  });
  return out;
}

const EXCERPT_OF: Record<string, ExcerptFeature> = {
  affection: 'affection',
  future: 'future',
  'stress-words': 'stress',
};

/**
 * One excerpt as evidence for a content signal: a message from before the change for what
 * fell (the latest one of the baseline), from after it for what rose. Empty when there is none.
 */
function quote(metrics: WeeklyMetrics, s: ChatSeries): string {
  const feature = EXCERPT_OF[s.metric];
  if (!feature || metrics.excerpts.size === 0) return '';
  const a = s.analysis;
  const rising = s.metric === 'stress-words';
  const from = rising ? (a.onsetDay ?? weekDayOf(a.from)) : weekDayOf(a.baselineFrom);
  const to = rising ? weekDayOf(a.to) : weekDayOf(a.baselineTo);
  for (let k = metrics.weeks.length - 1; k >= 0; k--) {
    const week = metrics.weeks[k];
    if (!week || week.startDay + 6 < from || week.startDay > to) continue;
    const text = metrics.excerpts.get(excerptKey(week.startDay, s.person, feature));
    if (text !== undefined)
      return ` ${rising ? 'Recently' : 'Earlier'}, for example: “${text.replace(/\s+/g, ' ')}”.`;
  }
  return '';
}

function provenance(metric: string, person: string, a: SeriesAnalysis, detail: string) {
  return {
    kind: 'chat' as const,
    metric,
    person,
    fromWeek: weekOfDay(a.onsetDay ?? weekDayOf(a.from)),
    toWeek: weekOfDay(weekDayOf(a.to)),
    size: Math.round(a.changeSize * 10) / 10,
    detail,
  };
}

/**
 * The observations a chat contributes: falling partner metrics, the pursue–withdraw pattern,
 * or that communication held steady.
 *
 * @example
 * chatSignals(metrics, { me: 'Alex', partner: 'Sam' }).map((o) => o.signalId);
 * // ['chat.partner-replies-slowing', 'chat.partner-volume-falling']
 */
export function chatSignals(
  metrics: WeeklyMetrics,
  roles: ChatRoles,
  /** The series already analysed with chatSeries for these roles, to skip doing it twice. */
  series: ChatSeries[] = chatSeries(metrics, roles),
): Observation[] {
  const byMetric = new Map(series.map((s) => [s.metric, s]));
  const out: Observation[] = [];
  const specs = new Map(PARTNER_METRICS.map((s) => [s.metric, s]));
  for (const s of series) {
    const signalId = SIGNAL_OF[s.metric];
    const spec = specs.get(s.metric);
    if (!signalId || !spec || s.person !== roles.partner) continue;
    if (!FALLING.includes(s.analysis.state)) continue;
    out.push({
      signalId,
      strength: strengthOf(s.analysis.confidence),
      provenance: provenance(
        s.metric,
        s.person,
        s.analysis,
        describe(roles.partner, spec, s.analysis) + quote(metrics, s),
      ),
    });
  }

  // Pursue–withdraw: the user's share and unanswered follow-ups rise while the partner's
  // volume or initiations fall.
  const share = byMetric.get('share')?.analysis;
  const unanswered = byMetric.get('unanswered-double-texts')?.analysis;
  const partnerFalls = ['messages', 'initiation-share']
    .map((m) => byMetric.get(m)?.analysis)
    .filter((a): a is SeriesAnalysis => a !== undefined && FALLING.includes(a.state));
  if (
    share?.state === 'improving' &&
    unanswered?.state === 'improving' &&
    partnerFalls.length > 0
  ) {
    const confidence = Math.min(
      share.confidence,
      unanswered.confidence,
      ...partnerFalls.map((a) => a.confidence),
    );
    out.push({
      signalId: 'chat.pursue-withdraw-pattern',
      strength: strengthOf(confidence),
      provenance: provenance(
        'share',
        roles.me,
        share,
        `${roles.me}'s share of messages rose from ${percent(share.baseline)} to ${percent(share.current)} and unanswered follow-ups from ${unanswered.baseline.toFixed(1)} to ${unanswered.current.toFixed(1)} a week, while ${roles.partner}'s ${partnerFalls.length === 2 ? 'messages and conversation starts' : 'messages or conversation starts'} fell.`,
      ),
    });
  }

  // Steady: nothing above, and the partner's volume and reply times hold with enough data to
  // say so (conversation starts are rare in chats that run all day; they may lack data).
  if (out.length === 0) {
    const core = ['messages', 'reply-median'].map((m) => byMetric.get(m)?.analysis);
    if (core.every((a) => a !== undefined && HOLDING.includes(a.state))) {
      const volume = core[0] as SeriesAnalysis;
      const confidence = Math.min(...core.map((a) => (a as SeriesAnalysis).confidence));
      out.push({
        signalId: 'chat.communication-stable',
        strength: strengthOf(confidence),
        provenance: provenance(
          'messages',
          roles.partner,
          volume,
          `${roles.partner}'s messages and reply times held steady (${weekOfDay(weekDayOf(volume.from))} to ${weekOfDay(weekDayOf(volume.to))}).`,
        ),
      });
    }
  }
  return out;
}
