import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ChatMessage } from './message.js';
import { createWeeklyMetrics, quantile } from './metrics.js';
import { textFeatures } from './text-features.js';
import { isoWeekLabel, weekStartDay } from './weeks.js';

const MIN = 60_000;
// Monday 2026-01-05 00:00 UTC.
const T0 = Date.UTC(2026, 0, 5);

const msg = (minutes: number, author: string, words = 2): ChatMessage => ({
  time: T0 + minutes * MIN,
  author,
  length: words * 4,
  words,
  kind: 'text',
});

function run(messages: ChatMessage[], content = false) {
  const builder = createWeeklyMetrics({ content });
  for (const m of messages) builder.add(m);
  return builder.finish();
}

describe('weekly metrics', () => {
  it('measures reply times from the other person’s last message, median and p90', () => {
    const metrics = run([
      msg(0, 'A'),
      msg(1, 'A'),
      msg(11, 'B'), // replies after 10 min
      msg(12, 'A'), // replies after 1 min
      msg(42, 'B'), // 30 min
      msg(43, 'A'), // 1 min
      msg(63, 'B'), // 20 min
    ]);
    const week = metrics.weeks[0];
    expect(week?.people.B?.replies).toBe(3);
    expect(week?.people.B?.replyMedianMinutes).toBe(20);
    expect(week?.people.B?.replyP90Minutes).toBe(28);
    expect(week?.people.A?.replyMedianMinutes).toBe(1);
  });

  it('does not count an answer after more than a day as a reply', () => {
    const metrics = run([msg(0, 'A'), msg(25 * 60, 'B')]);
    expect(metrics.weeks[0]?.people.B?.replies).toBe(0);
    expect(metrics.weeks[0]?.people.B?.replyMedianMinutes).toBeNull();
  });

  it('counts a conversation start after a 4-hour silence, by whoever writes first', () => {
    const metrics = run([
      msg(0, 'A'), // first message: a start
      msg(5, 'B'),
      msg(5 + 239, 'B'), // 3h59 later: same conversation
      msg(5 + 239 + 240, 'B'), // 4h later: a new one
      msg(5 + 239 + 241, 'A'),
    ]);
    expect(metrics.weeks[0]?.people.A?.conversationsStarted).toBe(1);
    expect(metrics.weeks[0]?.people.B?.conversationsStarted).toBe(1);
  });

  it('counts follow-ups (double texts) and those left unanswered for a day', () => {
    const metrics = run([
      msg(0, 'A'),
      msg(45, 'A'), // follow-up 1: answered 15 min later
      msg(60, 'B'),
      msg(24 * 60, 'A'),
      msg(24 * 60 + 5, 'A'), // 5 min later: a burst, not a follow-up
      msg(26 * 60, 'A'), // follow-up 2
      msg(60 * 60, 'B'), // 34 h later: too late, follow-up 2 was left unanswered
    ]);
    const a = metrics.weeks[0]?.people.A;
    expect(a?.doubleTexts).toBe(2);
    expect(a?.unansweredDoubleTexts).toBe(1);
  });

  it('puts messages in ISO weeks, fills silent weeks, and reports shares', () => {
    const metrics = run([msg(0, 'A'), msg(1, 'A'), msg(2, 'B'), msg(3 * 7 * 24 * 60, 'B')]);
    expect(metrics.weeks.map((w) => w.week)).toEqual([
      '2026-W02',
      '2026-W03',
      '2026-W04',
      '2026-W05',
    ]);
    expect(metrics.weeks[0]?.people.A?.share).toBeCloseTo(2 / 3, 3);
    expect(metrics.weeks[1]?.people.A?.messages).toBe(0);
    expect(metrics.totals).toEqual({ A: 2, B: 2 });
  });

  it('repairs small disorder and gives the same figures as sorted input', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(
          fc.record({
            minute: fc.integer({ min: 0, max: 20_000 }),
            author: fc.constantFrom('A', 'B'),
          }),
          { minLength: 1, maxLength: 200, selector: (m) => m.minute },
        ),
        (list) => {
          const messages = list.map((m) => msg(m.minute, m.author));
          const sorted = [...messages].sort((x, y) => x.time - y.time);
          const a = run(messages);
          const b = run(sorted);
          expect(a.outOfOrder).toBe(0);
          const strip = (m: typeof a) =>
            m.weeks.map((w) =>
              ['A', 'B'].map((name) => {
                const p = w.people[name];
                return p
                  ? [
                      p.messages,
                      p.conversationsStarted,
                      p.doubleTexts,
                      p.unansweredDoubleTexts,
                      p.replyMedianMinutes,
                    ]
                  : null;
              }),
            );
          expect(strip(a)).toEqual(strip(b));
        },
      ),
      { numRuns: 100 },
    );
  });

  it('adds content features in content mode only', () => {
    const withText = (minutes: number, author: string, text: string): ChatMessage => ({
      ...msg(minutes, author),
      text,
    });
    const messages = [
      withText(0, 'A', 'love you, see you tomorrow?'),
      withText(1, 'B', 'so tired and stressed'),
    ];
    expect(run(messages).weeks[0]?.people.A?.content).toBeUndefined();
    const content = run(messages, true).weeks[0]?.people;
    expect(content?.A?.content).toMatchObject({
      textMessages: 1,
      questions: 1,
      affection: 1,
      future: 1,
    });
    expect(content?.B?.content).toMatchObject({ stress: 1 });
    expect(content?.B?.content?.toneMean).toBeLessThan(0);
  });
});

describe('text features', () => {
  it('reads phrases, negation and emoji', () => {
    expect(textFeatures("Can't wait for our trip ❤️")).toMatchObject({
      future: true,
      affection: true,
      we: 1,
    });
    expect(textFeatures('not good').tone).toBeLessThan(0);
    expect(textFeatures('good').tone).toBeGreaterThan(0);
    expect(textFeatures('I’m sorry, my bad')).toMatchObject({ apology: true, i: 2 });
    expect(textFeatures('ok')).toMatchObject({ affection: false, future: false, question: false });
  });
});

describe('weeks and quantiles', () => {
  it('labels ISO weeks at year boundaries', () => {
    expect(isoWeekLabel(weekStartDay(Date.UTC(2026, 0, 1)))).toBe('2026-W01');
    expect(isoWeekLabel(weekStartDay(Date.UTC(2021, 0, 3)))).toBe('2020-W53');
    expect(isoWeekLabel(weekStartDay(Date.UTC(2024, 11, 30)))).toBe('2025-W01');
  });
  it('interpolates quantiles', () => {
    expect(quantile([1, 2, 3, 4], 0.5)).toBe(2.5);
    expect(quantile([5], 0.9)).toBe(5);
  });
});

describe('text features (property)', () => {
  /** A slow, obvious reading with the same rules: split into words, look each up by string. */
  function naive(text: string) {
    const words = text
      .toLowerCase()
      .replaceAll('\u2019', "'")
      .split(/[^a-z0-9'\-\u00c0-\u024f\u0370-\u052f]+/u);
    return words;
  }
  const vocabulary = [
    'I',
    'we',
    'Love',
    'you',
    'miss',
    'not',
    'good',
    'next',
    'week',
    'Sorry',
    'tired',
    'trip',
    'xyz',
    'can’t',
    'wait',
    'ÄPFEL',
  ];
  it('finds the same words whatever the case and punctuation', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.tuple(fc.constantFrom(...vocabulary), fc.constantFrom(' ', ', ', '! ', '? ', '\n')),
          { maxLength: 12 },
        ),
        (parts) => {
          const text = parts.map(([w, sep]) => w + sep).join('');
          const got = textFeatures(text);
          const words = naive(text);
          expect(got.we).toBe(words.filter((w) => w === 'we').length);
          expect(got.i).toBe(words.filter((w) => w === 'i').length);
          expect(got.stress).toBe(words.includes('tired'));
          expect(got.apology).toBe(words.includes('sorry'));
          expect(got.question).toBe(text.includes('?'));
        },
      ),
      { numRuns: 200 },
    );
  });
});
