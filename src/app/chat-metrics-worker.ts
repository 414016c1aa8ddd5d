/**
 * The weekly metrics of a large metadata-mode import, computed on the second core while the
 * first one parses (see ./chat-metrics-pipeline.ts). Messages arrive in packed batches of typed
 * arrays; the figures go back once the stream ends. Same builder, same results as in-thread.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { createWeeklyMetrics, type ChatMessage } from '../domain/chats/index.js';
import { zoneClock } from '../importers/zone-offsets.js';
import { KIND_CODES, type MetricsBatch } from './chat-metrics-batch.js';

const port = parentPort;
if (port) {
  const { timeZone } = workerData as { timeZone: string };
  const builder = createWeeklyMetrics({ zoneOffset: zoneClock(timeZone).offsetAt, content: false });
  const names: string[] = [];
  // One message object, refilled for each record: the builder keeps nothing of it.
  const message: ChatMessage = { time: 0, author: '', length: 0, words: 0, kind: 'text' };
  port.on('message', (batch: MetricsBatch) => {
    names.push(...batch.newNames);
    const { times, people, lengths, words, kinds } = batch;
    for (let k = 0; k < batch.count; k++) {
      message.time = times[k] as number;
      message.author = names[people[k] as number] as string;
      message.length = lengths[k] as number;
      message.words = words[k] as number;
      message.kind = KIND_CODES[kinds[k] as number] ?? 'other';
      builder.add(message);
    }
    if (batch.last) port.postMessage(builder.finish());
  });
}
