/**
 * The state in plain words: what changed, since when, how sure, and what would make it clearer.
 * It describes the check-ins, never the partner's mind: possible readings, not a verdict.
 */
import type { TrajectoryCore } from './checkins.js';
import { INDICATOR_LABELS, INDICATORS } from './checkins.js';
import { describeLag } from './events.js';
import { level, timesNoise, weeks } from './format.js';
import { THRESHOLDS, type SeriesAnalysis } from './series.js';

function sureness(a: SeriesAnalysis): string {
  if (a.confidence >= 0.7) return 'The pattern is clear in your check-ins.';
  if (a.confidence >= 0.4)
    return 'The pattern is fairly clear, though more check-ins would firm it up.';
  return 'This is a tentative reading: the change is close to the usual ups and downs, or there are few check-ins.';
}

function listOf(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1] ?? ''}`;
}

/**
 * Explains a check-in trajectory in a few sentences.
 *
 * @example
 * explainTrajectory(core); // 'There is a recent dip: overall engagement fell from about 4.1 to 2.7 ...'
 */
export function explainTrajectory(core: TrajectoryCore): string {
  const a = core.composite;
  const parts: string[] = [];
  const wobble = `${timesNoise(a.changeSize)} the usual ups and downs`;
  switch (a.state) {
    case 'insufficient-data': {
      const more = a.clarify?.morePoints ?? 0;
      const days = a.clarify?.moreDays ?? 0;
      parts.push(
        `There is not enough to go on yet: ${a.n} check-in${a.n === 1 ? '' : 's'} over ${a.spanDays} days. A first reading needs at least ${THRESHOLDS.minPoints} check-ins spread over ${THRESHOLDS.minSpanDays / 7} weeks.`,
      );
      const needs: string[] = [];
      if (more > 0) needs.push(`${more} more check-in${more === 1 ? '' : 's'}`);
      if (days > 0) needs.push(`another ${days} day${days === 1 ? '' : 's'} of check-ins`);
      if (needs.length > 0)
        parts.push(
          `${listOf(needs)} would be enough to start.`.replace(/^./, (c) => c.toUpperCase()),
        );
      return parts.join(' ');
    }
    case 'stable':
      parts.push(
        `Your check-ins look steady: overall engagement has stayed around ${level(a.baseline)} out of 5 since ${a.from}, with no change bigger than the usual ups and downs.`,
      );
      break;
    case 'improving':
      parts.push(
        `Things look better: overall engagement rose from about ${level(a.baseline)} to ${level(a.current)} from around ${a.onset ?? a.from} (${wobble}) and has stayed up since.`,
      );
      break;
    case 'dip':
      parts.push(
        `There is a recent dip: overall engagement fell from about ${level(a.baseline)} to ${level(a.current)} around ${a.onset ?? a.from}, ${weeks(a.durationWeeks ?? 0)} ago (${wobble}).`,
        `It is too early to say whether it will pass; dips of a few weeks are common, especially under outside pressure.`,
      );
      break;
    case 'sustained-decline':
      parts.push(
        `There has been a lasting decline: overall engagement fell from about ${level(a.baseline)} to ${level(a.current)}, starting around ${a.onset ?? a.from}, ${weeks(a.durationWeeks ?? 0)} ago (${wobble}), and it has not started coming back.`,
        'That does not say why, or that it cannot change; it does suggest more than a passing dip, and something worth talking about together.',
      );
      break;
    case 'recovering': {
      const pct = Math.round((a.recoveryFraction ?? 0) * 100);
      parts.push(
        `After a drop around ${a.onset ?? a.from} (from about ${level(a.baseline)} to ${level(a.extreme ?? a.current)}), things are moving back up: overall engagement is now about ${level(a.current)}, roughly ${pct}% of the way back.`,
      );
      break;
    }
    case 'recovered':
      parts.push(
        `There was a dip starting around ${a.onset ?? a.from}, from about ${level(a.baseline)} to ${level(a.extreme ?? a.current)}, and it has come back to about ${level(a.current)}, close to how it was. It lasted about ${weeks(a.durationWeeks ?? 0)}.`,
      );
      break;
  }

  const first = core.alignedEvents[0];
  if (first !== undefined && a.state !== 'stable') {
    const others = core.alignedEvents.length - 1;
    parts.push(
      `The change began ${describeLag(first.lagDays)} '${first.label}' (${first.kind}, ${first.date})${others > 0 ? `; ${others} other recorded event${others === 1 ? '' : 's'} fall${others === 1 ? 's' : ''} near it too` : ''}.`,
    );
  }

  const moved = INDICATORS.filter((i) =>
    ['dip', 'sustained-decline'].includes(core.indicators[i].state),
  ).map((i) => (i === 'criticism' ? 'criticism (rising)' : INDICATOR_LABELS[i]));
  if (moved.length > 0) parts.push(`The clearest movement is in ${listOf(moved)}.`);
  if (
    ['dip', 'sustained-decline'].includes(core.indicators.future.state) &&
    ['stable', 'improving', 'recovered'].includes(core.withoutFuture.state)
  ) {
    parts.push('Talk of the future fell while the rest held.');
  }

  parts.push(sureness(a));
  if (a.state === 'dip') {
    const w = Math.max(2, Math.ceil((a.clarify?.moreDays ?? 14) / 7));
    parts.push(
      `Another ${w} weeks of check-ins will show whether this is a passing dip or something lasting.`,
    );
  } else if (a.state === 'recovering') {
    parts.push('Two or three more weeks of check-ins will show whether it comes all the way back.');
  } else if (a.clarify !== undefined && a.clarify.morePoints > 0) {
    parts.push(
      `${a.clarify.morePoints} more check-ins over the next few weeks would make the picture clearer.`,
    );
  }
  return parts.join(' ');
}
