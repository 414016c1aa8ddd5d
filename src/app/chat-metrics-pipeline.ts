/**
 * A large import in content mode uses both cores: this thread parses, a worker reads each text's
 * features and computes the weekly metrics (./chat-metrics-worker.ts), with messages passed in
 * packed batches (./chat-metrics-batch.ts). Only for the compiled code (dist/), where the worker's
 * module exists as JavaScript, and only where it was measured to pay for its start-up.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { ChatMessage, WeeklyMetrics, WeeklyMetricsBuilder } from '../domain/chats/index.js';
import { KIND_CODES, type MetricsBatch } from './chat-metrics-batch.js';

/**
 * From this size, an import in content mode scores its texts on the other core; below it, and in
 * metadata mode at any size, everything stays in this thread. Measured on 2 cores (2026-11-22):
 * in content mode the worker takes the costly part (scoring each text) and pays off from the
 * 66 MB, 1M-message export (1.4–1.7 s against 1.6–1.9 s; 10M: 10.9 s against 14.0 s). In
 * metadata mode the worker's start-up, its own warm-up and the packing cost more than the
 * metrics it takes over on that export (0.93 s against 0.83 s); it only pays off around ten
 * times larger, and its memory would then make the peak depend on the export's size.
 */
export const pipelineMinBytes = (content: boolean): number =>
  content ? 32 * 1024 * 1024 : Number.POSITIVE_INFINITY;

/** Batches sent and not yet taken by the worker, at most: the queue (and memory) stays bounded. */
const MAX_IN_FLIGHT = 4;
const BATCH = 16_384;
/** The worker's young generation, in MiB: small, so that memory stays flat (see below). */
const WORKER_YOUNG_GENERATION_MB = 4;
const workerUrl = new URL('./chat-metrics-worker.js', import.meta.url);

/** Where an import's messages go: a builder in this thread, or the worker. */
export type MetricsSink = {
  add: (message: ChatMessage) => void;
  finish: () => Promise<WeeklyMetrics>;
  /** The import failed: let the worker go. */
  cancel: () => void;
};

/**
 * The sink for a builder in this thread.
 *
 * @example
 * const sink = inThread(createWeeklyMetrics({ content: true }));
 */
export function inThread(builder: WeeklyMetricsBuilder): MetricsSink {
  return {
    add: (message) => builder.add(message),
    finish: () => Promise.resolve(builder.finish()),
    cancel: () => {},
  };
}

/** Whether the worker can run here (it cannot from the TypeScript sources under a test runner). */
export const pipelineAvailable = (): boolean =>
  process.env.CLOSER_IMPORT_THREADS !== '1' && existsSync(fileURLToPath(workerUrl));

const KIND_INDEX = new Map(KIND_CODES.map((kind, index) => [kind, index]));

/**
 * Starts the worker; messages added are packed and sent a batch at a time.
 *
 * @example
 * const sink = metricsPipeline('Europe/Berlin');
 * for (const m of messages) sink.add(m);
 * const metrics = await sink.finish();
 */
export function metricsPipeline(timeZone: string, content = false): MetricsSink {
  // Batches the worker has finished, counted by the worker: the parse waits on it when it runs
  // too far ahead (a parse outpaces the scoring, and the queue would grow with the export).
  const done = new Int32Array(new SharedArrayBuffer(4));
  let sent = 0;
  let stopped = false;
  const worker = new Worker(workerUrl, {
    workerData: { timeZone, content, done },
    // The worker's garbage is short-lived (a batch's texts, each message's features). With the
    // default young generation its heap kept growing over a long import: on the 10M-message
    // bench file the peak RSS was 25% above the 1M file's, against 14% with 4 MiB, at no cost
    // in speed measured (docs/chat-import.md).
    resourceLimits: { maxYoungGenerationSizeMb: WORKER_YOUNG_GENERATION_MB },
  });
  const result = new Promise<WeeklyMetrics>((resolve, reject) => {
    worker.once('message', (metrics: WeeklyMetrics) => resolve(metrics));
    worker.once('error', reject);
    worker.once('exit', (code) => {
      stopped = true;
      reject(new Error(`the metrics worker stopped (exit ${code})`));
    });
  });
  // Until the end is awaited, a failure is only remembered (finish() reports it).
  result.catch(() => {});

  const index = new Map<string, number>();
  let lastAuthor = '';
  let lastIndex = -1;
  let newNames: string[] = [];
  let count = 0;
  // One set of arrays, refilled batch after batch: postMessage copies a batch as it is sent.
  // (Transferring the arrays instead, with new ones for each batch, was measured: memory
  // allocated on this thread and freed on the worker's kept the peak growing with the export,
  // 20% higher on the 10M-message bench file than on the 1M one, against 10% this way.)
  const times = new Float64Array(BATCH);
  const people = new Int32Array(BATCH);
  const lengths = new Int32Array(BATCH);
  const words = new Int32Array(BATCH);
  const kinds = new Uint8Array(BATCH);
  const textEnds = new Int32Array(content ? BATCH : 0);
  // Texts as UTF-8, back to back; a Buffer of its own (never a slice of the shared pool, which
  // the copy would take whole). Grown when a batch's texts outgrow it.
  const textBytes = (size: number) => Buffer.allocUnsafeSlow(size);
  let texts = content ? textBytes(BATCH * 64) : Buffer.alloc(0);
  let textLength = 0;

  const send = (last: boolean) => {
    const batch: MetricsBatch = {
      count,
      newNames,
      times,
      people,
      lengths,
      words,
      kinds,
      textEnds,
      texts: texts.subarray(0, textLength),
      last,
    };
    worker.postMessage(batch);
    sent++;
    // Blocking is what backpressure means here: the parse is synchronous between chunks. A
    // worker that makes no progress for 10 s has failed (its exit event cannot arrive while
    // this thread waits): stop waiting, and finish() reports it.
    let seen = Atomics.load(done, 0);
    let since = performance.now();
    while (!stopped && sent - seen > MAX_IN_FLIGHT) {
      Atomics.wait(done, 0, seen, 100);
      const now = Atomics.load(done, 0);
      if (now !== seen) {
        seen = now;
        since = performance.now();
      } else if (performance.now() - since > 10_000) stopped = true;
    }
    count = 0;
    newNames = [];
    textLength = 0;
  };

  return {
    add(message) {
      let person = lastIndex;
      if (message.author !== lastAuthor || person < 0) {
        const known = index.get(message.author);
        if (known === undefined) {
          person = index.size;
          index.set(message.author, person);
          newNames.push(message.author);
        } else person = known;
        lastAuthor = message.author;
        lastIndex = person;
      }
      times[count] = message.time;
      people[count] = person;
      lengths[count] = message.length;
      words[count] = message.words;
      kinds[count] = KIND_INDEX.get(message.kind) ?? 3;
      if (content) {
        const text = message.text;
        if (text === undefined) textEnds[count] = -1;
        else {
          // A UTF-16 unit takes at most 3 bytes in UTF-8.
          if (texts.length - textLength < text.length * 3) {
            const grown = textBytes(Math.max(texts.length * 2, textLength + text.length * 3));
            texts.copy(grown, 0, 0, textLength);
            texts = grown;
          }
          textLength += texts.write(text, textLength, 'utf8');
          textEnds[count] = textLength;
        }
      }
      count++;
      if (count === BATCH) send(false);
    },
    async finish() {
      send(true);
      try {
        return await result;
      } finally {
        void worker.terminate();
      }
    },
    cancel() {
      void worker.terminate();
    },
  };
}
