/**
 * Chat import speed and memory (issue 4): generated WhatsApp exports of 10k, 100k, 1M and 10M
 * messages; in the same run, our parse, our metadata import and our content import against
 * whatsapp-chat-parser (reference only) and a bare streamed line count.
 *
 * The code measured is the compiled dist/ (what `closer import` runs; built first), each
 * measurement in its own plain-node child process (./chat-import-child.js), which reports its
 * own time after module loading and its peak RSS from process.resourceUsage().maxRSS. Generated
 * files live in bench/.data/ and are reused when present.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const dataDir = join(here, '.data');
const SIZES = [
  { label: '10k', messages: 10_000, runs: 3 },
  { label: '100k', messages: 100_000, runs: 3 },
  { label: '1M', messages: 1_000_000, runs: 5 },
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

type Measurement = { ms: number; cpuMs: number; messages: number; maxRssKiB: number };

const childScript = join(here, 'chat-import-child.js');

function measure(mode: Mode, file: string): Measurement {
  const out = execFileSync(process.execPath, [childScript, mode, file], {
    encoding: 'utf8',
    maxBuffer: 1 << 20,
    env: { ...process.env, TZ: 'UTC' },
  });
  return JSON.parse(out.trim().split('\n').pop() ?? '{}') as Measurement;
}

const median = (xs: number[]) =>
  [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? Number.NaN;
const mib = (kib: number) => kib / 1024;
const fmt = (x: number, digits = 0) => x.toFixed(digits);

const loadAverage = () => {
  try {
    return readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ');
  } catch {
    return 'n/a';
  }
};

export async function run(): Promise<void> {
  mkdirSync(dataDir, { recursive: true });
  // The children run the compiled code: build it from the sources as they are now.
  const built = performance.now();
  execFileSync(
    process.execPath,
    [join(here, '..', 'node_modules', 'typescript', 'bin', 'tsc'), '-p', 'tsconfig.build.json'],
    {
      cwd: join(here, '..'),
      stdio: 'inherit',
    },
  );
  console.log(`(built dist/ in ${fmt((performance.now() - built) / 1000, 1)} s)`);
  const { generateWhatsApp } = await import('./whatsapp-generator.js');
  const only = process.env.CLOSER_BENCH_SIZES?.split(',');
  const results = new Map<string, Map<Mode, Measurement>>();
  console.log(
    `node ${process.version}, ${execFileSync('nproc', { encoding: 'utf8' }).trim()} cores, load average ${loadAverage()}`,
  );
  console.log(
    'Times are measured inside each child after its modules load; median of the runs. "CPU" is the\n' +
      "child's user+system CPU time: on a busy machine it shows the work done better than wall time.",
  );
  console.log(
    '\nfile  MB     tool                       runs  wall ms  MB/s   msgs/s     CPU ms   MB/s(CPU)  peak RSS MiB',
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
    const tooLong = (mode: Mode) => mode === 'reference' && bytes > V8_MAX_STRING;
    // Rounds of every tool in turn, not every run of one tool in a row: this machine has slow
    // and fast spells of tens of seconds, and a spell should weigh on all tools alike.
    const runsOf = new Map<Mode, Measurement[]>(MODES.map((mode) => [mode, []]));
    for (let r = 0; r < size.runs; r++)
      for (const mode of MODES) if (!tooLong(mode)) runsOf.get(mode)?.push(measure(mode, file));
    for (const mode of MODES) {
      if (tooLong(mode)) {
        console.log(
          `${size.label.padEnd(5)} ${fmt(mb, 1).padEnd(6)} ${LABEL[mode].padEnd(26)} skipped: it reads the whole file into one string; ${fmt(bytes / 2 ** 20)} MiB is over V8's ~512 MiB string limit (and at ~10× the file size it would need ~${fmt((bytes * 10) / 2 ** 30, 1)} GiB)`,
        );
        continue;
      }
      const runs = runsOf.get(mode) ?? [];
      const m: Measurement = {
        ms: median(runs.map((x) => x.ms)),
        cpuMs: median(runs.map((x) => x.cpuMs)),
        maxRssKiB: median(runs.map((x) => x.maxRssKiB)),
        messages: runs[0]?.messages ?? 0,
      };
      perMode.set(mode, m);
      console.log(
        `${size.label.padEnd(5)} ${fmt(mb, 1).padEnd(6)} ${LABEL[mode].padEnd(26)} ${String(size.runs).padEnd(5)} ${fmt(m.ms).padStart(7)}  ${fmt(mb / (m.ms / 1000), 1).padStart(5)}  ${fmt(m.messages / (m.ms / 1000)).padStart(9)}  ${fmt(m.cpuMs).padStart(7)}  ${fmt(mb / (m.cpuMs / 1000), 1).padStart(9)}  ${fmt(mib(m.maxRssKiB), 1).padStart(8)}`,
      );
    }
    results.set(size.label, perMode);
    const ref = perMode.get('reference');
    const parse = perMode.get('parse');
    const meta = perMode.get('metadata');
    const content = perMode.get('content');
    if (ref && parse && meta && content) {
      const speed = (x: Measurement) =>
        `${fmt(ref.ms / x.ms, 2)}× wall / ${fmt(ref.cpuMs / x.cpuMs, 2)}× CPU`;
      console.log(
        `      vs whatsapp-chat-parser: parse ${speed(parse)}, metadata ${speed(meta)}, content ${speed(content)}; peak RSS metadata ${fmt(meta.maxRssKiB / ref.maxRssKiB, 2)}× and content ${fmt(content.maxRssKiB / ref.maxRssKiB, 2)}× of its`,
      );
      if (ref.messages !== parse.messages)
        console.log(
          `      authored messages differ: reference ${ref.messages}, ours ${parse.messages}`,
        );
    }
  }

  const one = results.get('1M');
  if (!one) return;
  const size = statSync(join(dataDir, 'whatsapp-1M.txt')).size / 1e6;
  const meta = one.get('metadata');
  const content = one.get('content');
  const ref = one.get('reference');
  const check = (ok: boolean) => (ok ? 'met' : 'NOT met');
  const rate = (x: Measurement) =>
    `${fmt(size / (x.ms / 1000), 1)} MB/s wall, ${fmt(size / (x.cpuMs / 1000), 1)} MB/s CPU`;
  console.log(`\ntargets on the 1M file (load average now ${loadAverage()}):`);
  if (meta)
    console.log(
      `  metadata ≥ 100 MB/s: ${rate(meta)} — wall ${check(size / (meta.ms / 1000) >= 100)}, CPU ${check(size / (meta.cpuMs / 1000) >= 100)}`,
    );
  if (content)
    console.log(
      `  content ≥ 40 MB/s: ${rate(content)} — wall ${check(size / (content.ms / 1000) >= 40)}, CPU ${check(size / (content.cpuMs / 1000) >= 40)}`,
    );
  if (meta && content) {
    const worst = mib(Math.max(meta.maxRssKiB, content.maxRssKiB));
    console.log(`  peak RSS ≤ 150 MiB: ${fmt(worst, 1)} MiB — ${check(worst <= 150)}`);
  }
  if (meta && ref) {
    console.log(
      `  ≥ 2× whatsapp-chat-parser's throughput (metadata): ${fmt(ref.ms / meta.ms, 2)}× wall, ${fmt(ref.cpuMs / meta.cpuMs, 2)}× CPU — ${check(ref.ms / meta.ms >= 2)}`,
    );
    console.log(
      `  ≤ 1/4 of its peak RSS: ${fmt(meta.maxRssKiB / ref.maxRssKiB, 2)} — ${check(meta.maxRssKiB / ref.maxRssKiB <= 0.25)}`,
    );
  }
  const ten = results.get('10M');
  for (const mode of ['metadata', 'content'] as const) {
    const a = one.get(mode);
    const b = ten?.get(mode);
    if (a && b)
      console.log(
        `  10M peak RSS within 20% of 1M (${mode}): ${fmt(mib(b.maxRssKiB), 1)} vs ${fmt(mib(a.maxRssKiB), 1)} MiB (${fmt((b.maxRssKiB / a.maxRssKiB - 1) * 100)}%) — ${check(b.maxRssKiB <= a.maxRssKiB * 1.2)}`,
      );
  }
}
