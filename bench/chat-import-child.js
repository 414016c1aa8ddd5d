/**
 * One measurement of bench/chat-import.bench.ts, in a process of its own, on the compiled code in
 * dist/ (what `closer import` runs), with plain node: no TypeScript loader in the way of the
 * timing or the memory figure.
 *
 * Usage: node bench/chat-import-child.js MODE FILE
 * MODE: count | parse | metadata | content | reference. Prints one JSON line:
 * { ms, cpuMs, messages, maxRssKiB }, with the clocks started after the modules have loaded.
 */
import { createReadStream, readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { URL } from 'node:url';

const [mode, file] = process.argv.slice(2);
const dist = new URL('../dist/', import.meta.url);

/** Starts the clocks (wall and CPU); returns the stopper. */
function clocks() {
  const wall = performance.now();
  const cpu = process.cpuUsage();
  return (messages) => {
    const used = process.cpuUsage(cpu);
    return {
      ms: performance.now() - wall,
      cpuMs: (used.user + used.system) / 1000,
      messages,
      maxRssKiB: process.resourceUsage().maxRSS,
    };
  };
}

async function measure() {
  let messages = 0;
  if (mode === 'count') {
    const stop = clocks();
    for await (const chunk of createReadStream(file, { highWaterMark: 1 << 20 })) {
      let at = chunk.indexOf(10);
      while (at >= 0) {
        messages++;
        at = chunk.indexOf(10, at + 1);
      }
    }
    return stop(messages);
  }
  if (mode === 'parse') {
    const { openSource } = await import(new URL('importers/source.js', dist).href);
    const { parseWhatsApp } = await import(new URL('importers/whatsapp/index.js', dist).href);
    const stop = clocks();
    const opened = await openSource(file);
    if (!opened.ok) throw new Error(opened.error.message);
    const result = await parseWhatsApp(
      opened.value.entries,
      { timeZone: 'Europe/Berlin', keepText: false },
      () => {
        messages++;
      },
    );
    if (!result.ok) throw new Error(result.error.message);
    return stop(messages);
  }
  if (mode === 'metadata' || mode === 'content') {
    const { importChat } = await import(new URL('app/chat-import.js', dist).href);
    const stop = clocks();
    const result = await importChat({
      path: file,
      me: 'Alex',
      timeZone: 'Europe/Berlin',
      content: mode === 'content',
    });
    if (!result.ok) throw new Error(result.error.message);
    return stop(result.value.report.messages);
  }
  if (mode === 'reference') {
    const { parseString } = await import('whatsapp-chat-parser');
    const stop = clocks();
    const parsed = parseString(readFileSync(file, 'utf8'));
    return stop(parsed.filter((m) => m.author !== null).length);
  }
  throw new Error(`unknown mode ${mode}`);
}

process.stdout.write(`${JSON.stringify(await measure())}\n`);
