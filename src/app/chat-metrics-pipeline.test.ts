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
  text: fc.option(
    fc.constantFrom(
      'love you, see you tomorrow?',
      'so tired, work is crazy',
      'sorry 😊 können wir reden',
      '',
      'next week we should book the trip ❤️',
    ),
    { nil: undefined },
  ),
});

describe('the metrics pipeline (a worker on the other core)', () => {
  it('gives the same weekly figures as the builder in this thread, in both modes', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(message, { minLength: 1, maxLength: 40_000 }),
        fc.boolean(),
        async (plan, content) => {
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
