/**
 * Life events and the onset of a change: which events fall in the window where they could
 * plausibly have set it off, so the engine can weigh "the distance began two weeks after the
 * layoff". The window runs from {@link EVENT_WINDOW.beforeDays} days before the onset to
 * {@link EVENT_WINDOW.afterDays} days after it: check-ins are sparse, so the first low
 * check-in can trail the real start by up to a week, and stress tends to show in a
 * relationship within weeks rather than months (docs/trajectory.md).
 */
import { formatIsoDay, toEpochDay, type DayInput } from './days.js';

export const EVENT_KINDS = [
  'stressor',
  'loss',
  'conflict',
  'conversation',
  'milestone',
  'other',
] as const;
export type EventKind = (typeof EVENT_KINDS)[number];

/** Something that happened: on one day, or from `date` to `end`. */
export type LifeEvent = { date: DayInput; end?: DayInput; kind: EventKind; label: string };

export const EVENT_WINDOW = { beforeDays: 56, afterDays: 7 } as const;

export type AlignedEvent = {
  date: string;
  end?: string;
  kind: EventKind;
  label: string;
  /** Days from the event's start to the onset: positive when the event came first. */
  lagDays: number;
  /** 1 for an event right at the onset, falling to 0.5 at the edges of the window. */
  closeness: number;
};

/**
 * The events whose span overlaps the window around `onsetDay`, closest first.
 *
 * @example
 * alignEvents([{ date: '2026-01-05', kind: 'stressor', label: 'layoff' }], 20472)[0]?.lagDays; // 14
 */
export function alignEvents(events: readonly LifeEvent[], onsetDay: number): AlignedEvent[] {
  const aligned: AlignedEvent[] = [];
  for (const event of events) {
    const start = toEpochDay(event.date);
    if (start === undefined) continue;
    const end = event.end === undefined ? start : (toEpochDay(event.end) ?? start);
    if (start > onsetDay + EVENT_WINDOW.afterDays) continue;
    if (end < onsetDay - EVENT_WINDOW.beforeDays) continue;
    const lagDays = onsetDay - start;
    // An event still going on at the onset counts as right at it.
    const distance =
      start <= onsetDay && end >= onsetDay
        ? 0
        : Math.min(Math.abs(lagDays), Math.abs(onsetDay - end));
    const edge = lagDays >= 0 ? EVENT_WINDOW.beforeDays : EVENT_WINDOW.afterDays;
    aligned.push({
      date: formatIsoDay(start),
      ...(end !== start ? { end: formatIsoDay(end) } : {}),
      kind: event.kind,
      label: event.label,
      lagDays,
      closeness: 1 - 0.5 * Math.min(1, distance / edge),
    });
  }
  return aligned.sort((a, b) => b.closeness - a.closeness || a.date.localeCompare(b.date));
}

/**
 * A plain phrase for how an event sits relative to the onset: "about two weeks after", "around
 * the same time as", "a few days before".
 *
 * @example
 * describeLag(14); // 'about 2 weeks after'
 */
export function describeLag(lagDays: number): string {
  const days = Math.abs(lagDays);
  const side = lagDays > 0 ? 'after' : 'before';
  if (days <= 3) return 'around the same time as';
  if (days <= 10) return `a few days ${side}`;
  return `about ${Math.round(days / 7)} weeks ${side}`;
}
