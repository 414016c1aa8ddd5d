import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createWeeklyMetrics, type ChatMessage } from '../domain/chats/index.js';
import { zoneClock } from '../importers/zone-offsets.js';
import type * as Pipeline from './chat-metrics-pipeline.js';

/**
 * The worker runs the compiled module (dist/, built by `npm ci`): under the test runner the
 * TypeScript sources cannot start a worker, which is also why imports here stay in-thread.
 */
const compiled = (await import(
  new URL('../../dist/app/chat-metrics-pipeline.js', import.meta.url).href
)) as typeof Pipeline;

const message = fc.record({
  step: fc.integer({ min: -120_000, max: 9 * 3_600_000 }),
  author: fc.constantFrom('Sam', 'Alex', 'Kim'),
  length: fc.integer({ min: 0, max: 400 }),
  words: fc.integer({ min: 0, max: 60 }),
  kind: fc.constantFrom<ChatMessage['kind']>('text', 'text', 'text', 'media', 'deleted', 'other'),
  /** An index into the run's text pool, or none (content mode reads only messages with text). */
  text: fc.option(fc.nat(5), { nil: undefined }),
});

/** Texts of one language per run, long enough for the language to be decided from them. */
const TEXT_POOLS = [
  [
    'love you, see you tomorrow?',
    'so tired today, the work is crazy and I can not sleep',
    'sorry 😊 can we talk about it later tonight',
    '',
    'next week we should book the trip ❤️',
    'what do you want for dinner, I am at the shop now',
  ],
  [
    'hab dich lieb, bis morgen?',
    'ich bin so müde, die Arbeit ist total stressig heute',
    'tut mir leid 😊 können wir heute Abend reden',
    '',
    'nächste Woche sollten wir die Reise buchen ❤️',
    'was willst du zum Abendessen, ich bin noch im Laden',
  ],
];

describe('the metrics pipeline (a worker on the other core)', () => {
  it('gives the same weekly figures as the builder in this thread, in both modes', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(message, { minLength: 1, maxLength: 40_000 }),
        fc.boolean(),
        fc.constantFrom(...TEXT_POOLS),
        async (plan, content, texts) => {
          const zone = 'Europe/Berlin';
          const here = createWeeklyMetrics({ zoneOffset: zoneClock(zone).offsetAt, content });
          const there = compiled.metricsPipeline(zone, content);
          let time = Date.UTC(2025, 2, 1);
          for (const m of plan) {
            time += m.step; // small steps back: the disorder exports really have
            const msg: ChatMessage = {
              time,
              author: m.author,
              length: m.length,
              words: m.words,
              kind: m.kind,
            };
            if (content && m.text !== undefined) msg.text = texts[m.text] ?? '';
            here.add(msg);
            there.add(msg);
          }
          expect(await there.finish()).toEqual(here.finish());
        },
      ),
      { numRuns: 12 },
    );
  });

  it('lets the worker go when an import is abandoned', async () => {
    const sink = compiled.metricsPipeline('UTC');
    sink.add({ time: 0, author: 'Sam', length: 1, words: 1, kind: 'text' });
    sink.cancel();
    await expect(sink.finish()).rejects.toThrow(/stopped/);
  });
});
