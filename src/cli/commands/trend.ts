/**
 * `closer trend FILE.csv [--events FILE.csv] [--baseline FROM..TO] [--json]`: is the distance a passing dip or a
 * sustained decline? A thin adapter over src/app/trend.ts: read the files, print the report.
 */
import type { Command } from 'commander';
import {
  analyseTrend,
  INDICATORS,
  type TextFile,
  type TrajectoryState,
  type TrendReport,
} from '../../app/trend.js';
import { badInput, printJson } from '../output.js';
import { readTextInput } from '../read-input.js';

/** Years of daily check-ins fit in well under this; anything bigger is the wrong file. */
const MAX_CSV_BYTES = 4 << 20;

const STATE_WORDS: Record<TrajectoryState, string> = {
  'insufficient-data': 'not enough check-ins yet',
  stable: 'stable',
  improving: 'improving',
  dip: 'a recent dip',
  'sustained-decline': 'a sustained decline',
  recovering: 'recovering',
  recovered: 'a dip that has recovered',
};

/** Criticism is the one indicator where up is worse, so its states read the other way round. */
const CRITICISM_WORDS: Record<TrajectoryState, string> = {
  'insufficient-data': 'not enough answers yet',
  stable: 'stable',
  improving: 'easing (less criticism)',
  dip: 'a recent rise',
  'sustained-decline': 'a sustained rise',
  recovering: 'easing back after a rise',
  recovered: 'rose, then eased back',
};

const INDICATOR_WORDS: Record<string, string> = {
  communication: 'communication',
  affection: 'affection',
  availability: 'emotional availability',
  future: 'talk of the future',
  criticism: 'criticism (higher = more)',
  connection: 'felt connection',
};

const BLOCKS = '▁▂▃▄▅▆▇█';
const DAY_MS = 86_400_000;
const dayOf = (iso: string): number => Date.parse(`${iso}T00:00:00Z`) / DAY_MS;
const isoOf = (day: number): string => new Date(day * DAY_MS).toISOString().slice(0, 10);

/** One character per week: the week's mean on the 1–5 scale, a space for a week without data. */
export function sparkline(
  points: readonly { date: string; value: number }[],
  fromDay: number,
  weeks: number,
): string {
  const sums = new Array<number>(weeks).fill(0);
  const counts = new Array<number>(weeks).fill(0);
  for (const p of points) {
    const w = Math.min(weeks - 1, Math.max(0, Math.floor((dayOf(p.date) - fromDay) / 7)));
    sums[w] = (sums[w] ?? 0) + p.value;
    counts[w] = (counts[w] ?? 0) + 1;
  }
  return sums
    .map((s, w) => {
      const n = counts[w] ?? 0;
      if (n === 0) return ' ';
      const v = s / n;
      return BLOCKS[Math.round(((Math.min(5, Math.max(1, v)) - 1) / 4) * 7)] ?? ' ';
    })
    .join('');
}

function wrap(text: string, width = 78, indent = ''): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/)) {
    if (line.length + word.length + 1 > width - indent.length && line !== '') {
      lines.push(indent + line);
      line = word;
    } else {
      line = line === '' ? word : `${line} ${word}`;
    }
  }
  if (line !== '') lines.push(indent + line);
  return lines;
}

const sureWord = (c: number): string =>
  c >= 0.7 ? 'clear' : c >= 0.4 ? 'fairly clear' : 'tentative';

/** The readable report: state, explanation, a weekly chart, indicators, events and signals. */
export function formatTrendReport(report: TrendReport): string {
  const lines: string[] = [];
  const sure = report.state === 'insufficient-data' ? '' : ` (${sureWord(report.confidence)})`;
  lines.push(`Trend: ${STATE_WORDS[report.state]}${sure}`, '');
  lines.push(...wrap(report.explanation), '');
  if (report.series.length === 0) return lines.join('\n');

  const fromDay = dayOf(report.from);
  const weeks = Math.max(1, Math.floor((dayOf(report.to) - fromDay) / 7) + 1);
  // Two years at most, so the chart fits a terminal; older weeks are left off.
  const chartWeeks = Math.min(weeks, 104);
  const chartFrom = fromDay + (weeks - chartWeeks) * 7;
  lines.push('Overall engagement by week (▁ = 1, █ = 5; a gap is a week without check-ins):');
  lines.push(`  ${sparkline(report.series, chartFrom, chartWeeks)}`);
  if (report.onset !== null) {
    const at = Math.floor((dayOf(report.onset) - chartFrom) / 7);
    if (at >= 0 && at < chartWeeks) lines.push(`  ${' '.repeat(at)}^ change began ${report.onset}`);
  }
  lines.push(`  from ${isoOf(chartFrom)} to ${report.to}`);
  if (report.baseline !== null && report.current !== null) {
    lines.push(
      `  usual level ${report.baseline.toFixed(1)}, now ${report.current.toFixed(1)}; ordinary ups and downs ±${report.noise.toFixed(1)}`,
    );
  }
  lines.push('', 'By indicator:');
  for (const indicator of INDICATORS) {
    const s = report.indicators[indicator];
    lines.push(
      `  ${INDICATOR_WORDS[indicator]?.padEnd(27) ?? indicator}${(indicator === 'criticism' ? CRITICISM_WORDS : STATE_WORDS)[s.state]}${s.answered === 0 ? '' : ` (${s.answered} answers)`}`,
    );
  }
  if (report.alignedEvents.length > 0) {
    lines.push('', 'Events near the start of the change:');
    for (const e of report.alignedEvents) {
      const when =
        e.lagDays === 0
          ? 'the same day'
          : `${Math.abs(e.lagDays)} day${Math.abs(e.lagDays) === 1 ? '' : 's'} ${e.lagDays > 0 ? 'before' : 'after'} it`;
      lines.push(`  ${e.date}  ${e.kind.padEnd(12)} ${e.label} (${when})`);
    }
  }
  if (report.signals.length > 0) {
    lines.push('', 'What this adds to an assessment (closer assess --checkins):');
    for (const o of report.signals) {
      const detail = o.provenance.kind === 'trajectory' ? o.provenance.detail : '';
      lines.push(...wrap(`${o.signalId} (${o.strength.toFixed(2)}): ${detail}`, 78, '  '));
    }
  }
  return lines.join('\n');
}

type TrendOptions = { events?: string; baseline?: string; json?: boolean };

export function registerTrendCommand(program: Command): void {
  program
    .command('trend')
    .description(
      'Tell a passing dip from a sustained decline, from your check-ins (and life events).',
    )
    .argument(
      '<checkins.csv>',
      'check-ins: header date,communication,affection,availability,future,criticism,connection; dates YYYY-MM-DD; answers 1–5 or empty (criticism: higher = more)',
    )
    .option(
      '--events <events.csv>',
      'life events: header date,end,kind,label; kind is stressor, loss, conflict, conversation, milestone or other',
    )
    .option(
      '--baseline <from..to>',
      'mark a period as "how it used to be", e.g. 2026-01-05..2026-02-28 (default: found in the data)',
    )
    .option('--json', 'print the full result as JSON')
    .addHelpText(
      'after',
      '\nA first reading needs at least 6 check-ins over 3 weeks. Nothing leaves this machine.\nExample: closer trend checkins.csv --events events.csv --baseline 2026-01-05..2026-02-28',
    )
    .action(async (path: string, options: TrendOptions) => {
      const checkIns: TextFile = {
        name: path,
        text: await readTextInput(path, { maxBytes: MAX_CSV_BYTES }),
      };
      const events: TextFile | undefined =
        options.events === undefined
          ? undefined
          : {
              name: options.events,
              text: await readTextInput(options.events, { maxBytes: MAX_CSV_BYTES }),
            };
      let baseline: { from: string; to: string } | undefined;
      if (options.baseline !== undefined) {
        const [from, to, extra] = options.baseline.split('..');
        if (from === undefined || to === undefined || extra !== undefined || !from || !to)
          badInput(
            `--baseline "${options.baseline}": give the period as FROM..TO, e.g. 2026-01-05..2026-02-28`,
          );
        baseline = { from: from.trim(), to: to.trim() };
      }
      const result = analyseTrend({
        checkIns,
        ...(events === undefined ? {} : { events }),
        ...(baseline === undefined ? {} : { baseline }),
      });
      if (!result.ok) badInput(result.error.message);
      if (options.json === true) printJson(result.value);
      else process.stdout.write(`${formatTrendReport(result.value)}\n`);
    });
}
