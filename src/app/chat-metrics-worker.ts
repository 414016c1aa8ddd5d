/**
 * The weekly metrics of a large import, computed on the second core while the first one parses
 * (see ./chat-metrics-pipeline.ts): in content mode this includes reading each text's features.
 * Messages arrive in packed batches of typed arrays; the figures go back once the stream ends.
 * Same builder, same results as in-thread.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { createWeeklyMetrics, type ChatMessage } from '../domain/chats/index.js';
import { zoneClock } from '../importers/zone-offsets.js';
import { KIND_CODES, type MetricsBatch } from './chat-metrics-batch.js';

const port = parentPort;
if (port) {
  const { timeZone, content, done } = workerData as {
    timeZone: string;
    content: boolean;
    /** Batches finished, for the sender's backpressure. */
    done: Int32Array;
  };
  const builder = createWeeklyMetrics({ zoneOffset: zoneClock(timeZone).offsetAt, content });
  const names: string[] = [];
  // Two message objects (without and with a text), refilled for each record: the builder keeps
  // nothing of a message but the excerpt strings it cuts from a text.
  const bare: ChatMessage = { time: 0, author: '', length: 0, words: 0, kind: 'text' };
  const withText: ChatMessage = {
    time: 0,
    author: '',
    length: 0,
    words: 0,
    kind: 'text',
    text: '',
  };
  port.on('message', (batch: MetricsBatch) => {
    names.push(...batch.newNames);
    const { times, people, lengths, words, kinds, textEnds } = batch;
    const texts = Buffer.from(batch.texts.buffer, batch.texts.byteOffset, batch.texts.byteLength);
    let textStart = 0;
    for (let k = 0; k < batch.count; k++) {
      const end = textEnds[k] ?? -1;
      let message = bare;
      if (end >= 0) {
        message = withText;
        message.text = texts.toString('utf8', textStart, end);
        textStart = end;
      }
      message.time = times[k] as number;
      message.author = names[people[k] as number] as string;
      message.length = lengths[k] as number;
      message.words = words[k] as number;
      message.kind = KIND_CODES[kinds[k] as number] ?? 'other';
      builder.add(message);
    }
    Atomics.add(done, 0, 1);
    Atomics.notify(done, 0);
    if (batch.last) port.postMessage(builder.finish());
  });
}
