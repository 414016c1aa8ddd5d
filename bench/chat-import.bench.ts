/**
 * Chat import speed and memory (issue 4): generated WhatsApp exports of 10k, 100k, 1M and 10M
 * messages; in the same run, our parse, our metadata import and our content import against
 * whatsapp-chat-parser (reference only) and a bare streamed line count.
 *
 * Every measurement runs in its own child process (`node --import tsx`), which reports its own
 * time (after module loading) and its peak RSS from process.resourceUsage().maxRSS. Generated
 * files live in bench/.data/ and are reused when present.
 *
 * The child mode is this same file: `node --import tsx bench/chat-import.bench.ts --child MODE FILE`.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, statSync, createReadStream } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const dataDir = join(here, '.data');
const SIZES = [
  { label: '10k', messages: 10_000, runs: 3 },
  { label: '100k', messages: 100_000, runs: 3 },
  { label: '1M', messages: 1_000_000, runs: 3 },
  { label: '10M', messages: 10_000_000, runs: 1 },
];
type Mode = 'count' | 'parse' | 'metadata' | 'content' | 'reference';
const MODES: Mode[] = ['count', 'parse', 'metadata', 'content', 'reference'];
const LABEL: Record<Mode, string> = {
  count: 'bare streamed line count',
  parse: 'closer parse (WhatsApp)',
  metadata: 'closer import (metadata)',
  content: 'closer import (--content)',
  reference: 'whatsapp-chat-parser 4',
};
/** V8 cannot hold a string over ~512 MiB; the reference reads the file into one string. */
const V8_MAX_STRING = 0x1fffffe8;

type Measurement = { ms: number; messages: number; maxRssKiB: number };

async function child(mode: Mode, file: string): Promise<Measurement> {
  const started = performance.now();
  let messages = 0;
  if (mode === 'count') {
    for await (const chunk of createReadStream(file, { highWaterMark: 1 << 20 })) {
      const buf = chunk as Buffer;
      let at = buf.indexOf(10);
      while (at >= 0) {
        messages++;
        at = buf.indexOf(10, at + 1);
      }
    }
  } else if (mode === 'parse') {
    const { openSource } = await import('../src/importers/source.js');
    const { parseWhatsApp } = await import('../src/importers/whatsapp/index.js');
    const t0 = performance.now();
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
    return { ms: performance.now() - t0, messages, maxRssKiB: process.resourceUsage().maxRSS };
  } else if (mode === 'metadata' || mode === 'content') {
    const { importChat } = await import('../src/app/chat-import.js');
    const t0 = performance.now();
    const result = await importChat({
      path: file,
      me: 'Alex',
      timeZone: 'Europe/Berlin',
      content: mode === 'content',
    });
    if (!result.ok) throw new Error(result.error.message);
    messages = result.value.report.messages;
    return { ms: performance.now() - t0, messages, maxRssKiB: process.resourceUsage().maxRSS };
  } else {
    const { parseString } = await import('whatsapp-chat-parser');
    const t0 = performance.now();
    const parsed = parseString(readFileSync(file, 'utf8'));
    messages = parsed.filter((m) => m.author !== null).length;
    return { ms: performance.now() - t0, messages, maxRssKiB: process.resourceUsage().maxRSS };
  }
  return { ms: performance.now() - started, messages, maxRssKiB: process.resourceUsage().maxRSS };
}

function measure(mode: Mode, file: string): Measurement {
  const out = execFileSync(
    process.execPath,
    ['--import', 'tsx', fileURLToPath(import.meta.url), '--child', mode, file],
    {
      encoding: 'utf8',
      maxBuffer: 1 << 20,
      env: { ...process.env, TZ: 'UTC' },
    },
  );
  return JSON.parse(out.trim().split('\n').pop() ?? '{}') as Measurement;
}

const median = (xs: number[]) =>
  [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? Number.NaN;
const mib = (kib: number) => kib / 1024;
const fmt = (x: number, digits = 0) => x.toFixed(digits);

export async function run(): Promise<void> {
  mkdirSync(dataDir, { recursive: true });
  const { generateWhatsApp } = await import('./whatsapp-generator.js');
  const only = process.env.CLOSER_BENCH_SIZES?.split(',');
  const results = new Map<string, Map<Mode, Measurement>>();
  console.log(
    `node ${process.version}, ${execFileSync('nproc', { encoding: 'utf8' }).trim()} cores; times are in-process (after module loading), median of the runs shown`,
  );
  console.log(
    'file   MB      tool                         runs   ms       MB/s    msgs/s     peak RSS MiB',
  );
  for (const size of SIZES) {
    if (only && !only.includes(size.label)) continue;
    const file = join(dataDir, `whatsapp-${size.label}.txt`);
    if (!existsSync(file)) {
      const t = performance.now();
      generateWhatsApp(file, size.messages);
      console.log(`(generated ${file} in ${fmt((performance.now() - t) / 1000, 1)} s)`);
    }
    const bytes = statSync(file).size;
    const mb = bytes / 1e6;
    const perMode = new Map<Mode, Measurement>();
    for (const mode of MODES) {
      if (mode === 'reference' && bytes > V8_MAX_STRING) {
        console.log(
          `${size.label.padEnd(6)} ${fmt(mb, 1).padEnd(7)} ${LABEL[mode].padEnd(28)} skipped: it reads the whole file into one string, and ${fmt(bytes / 2 ** 20)} MiB is over V8's ~512 MiB string limit (it would also need ~10× the file in RAM)`,
        );
        continue;
      }
      const runs: Measurement[] = [];
      for (let r = 0; r < size.runs; r++) runs.push(measure(mode, file));
      const ms = median(runs.map((m) => m.ms));
      const rss = median(runs.map((m) => m.maxRssKiB));
      const messages = runs[0]?.messages ?? 0;
      perMode.set(mode, { ms, messages, maxRssKiB: rss });
      console.log(
        `${size.label.padEnd(6)} ${fmt(mb, 1).padEnd(7)} ${LABEL[mode].padEnd(28)} ${String(size.runs).padEnd(6)} ${fmt(ms).padEnd(8)} ${fmt(mb / (ms / 1000), 1).padEnd(7)} ${fmt(messages / (ms / 1000)).padEnd(10)} ${fmt(mib(rss), 1)}`,
      );
    }
    results.set(size.label, perMode);
    const ref = perMode.get('reference');
    const meta = perMode.get('metadata');
    const content = perMode.get('content');
    const parse = perMode.get('parse');
    if (ref && meta && parse && content) {
      console.log(
        `       ratios vs whatsapp-chat-parser: parse ${fmt(ref.ms / parse.ms, 2)}× faster, metadata ${fmt(ref.ms / meta.ms, 2)}×, content ${fmt(ref.ms / content.ms, 2)}×; peak RSS metadata ${fmt(meta.maxRssKiB / ref.maxRssKiB, 2)}× of the reference's`,
      );
      if (ref.messages !== parse.messages)
        console.log(
          `       message counts differ: reference ${ref.messages}, ours ${parse.messages} (see chat-formats.md on system lines)`,
        );
    }
  }

  const one = results.get('1M');
  const ten = results.get('10M');
  if (one) {
    const meta = one.get('metadata');
    const content = one.get('content');
    const ref = one.get('reference');
    const file = statSync(join(dataDir, 'whatsapp-1M.txt')).size / 1e6;
    const check = (ok: boolean) => (ok ? 'met' : 'NOT met');
    console.log('\ntargets on the 1M file:');
    if (meta)
      console.log(
        `  metadata ≥ 100 MB/s: ${fmt(file / (meta.ms / 1000), 1)} MB/s — ${check(file / (meta.ms / 1000) >= 100)}`,
      );
    if (content)
      console.log(
        `  content ≥ 40 MB/s: ${fmt(file / (content.ms / 1000), 1)} MB/s — ${check(file / (content.ms / 1000) >= 40)}`,
      );
    if (meta && content) {
      const worst = Math.max(meta.maxRssKiB, content.maxRssKiB);
      console.log(`  peak RSS ≤ 150 MiB: ${fmt(mib(worst), 1)} MiB — ${check(mib(worst) <= 150)}`);
    }
    if (meta && ref) {
      console.log(
        `  ≥ 2× whatsapp-chat-parser throughput: ${fmt(ref.ms / meta.ms, 2)}× — ${check(ref.ms / meta.ms >= 2)}`,
      );
      console.log(
        `  ≤ 1/4 of its peak RSS: ${fmt(meta.maxRssKiB / ref.maxRssKiB, 2)} — ${check(meta.maxRssKiB / ref.maxRssKiB <= 0.25)}`,
      );
    }
    const meta10 = ten?.get('metadata');
    if (meta && meta10) {
      const ratio = meta10.maxRssKiB / meta.maxRssKiB;
      console.log(
        `  10M peak RSS within 20% of 1M: ${fmt(mib(meta10.maxRssKiB), 1)} vs ${fmt(mib(meta.maxRssKiB), 1)} MiB (${fmt((ratio - 1) * 100, 0)}%) — ${check(ratio <= 1.2)}`,
      );
    }
  }
}

if (process.argv[2] === '--child') {
  const mode = process.argv[3] as Mode;
  const file = process.argv[4] ?? '';
  const result = await child(mode, file);
  process.stdout.write(`${JSON.stringify(result)}\n`);
}
