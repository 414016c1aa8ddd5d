/**
 * What the web app's resident memory is made of (issue 8: "memory when idle with an open
 * vault"). Every figure comes from a fresh child process, after two forced collections, so one
 * measurement does not inherit another's heap:
 *
 *   - PGlite on an existing data directory with PostgreSQL's initdb default buffer pool
 *     (shared_buffers = 128MB, the reference) and with the store's own start parameters;
 *   - what each group of modules adds when imported, in the order the server needs them;
 *   - the whole server (serveWeb) with an open vault, idle, then after one visit to every page.
 *
 * Runs under tsx like the other benches: absolute figures include tsx's own ~30 MiB; the
 * differences are what to read. `node bin/closer.js serve` (compiled) measured about 40 MiB less.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const DATA = join(here, '.data', 'web-memory');
const PASSPHRASE = 'quiet lantern river stone';

type Memory = { rss: number; heap: number; external: number };

const mib = (n: number) => Math.round((n / 2 ** 20) * 10) / 10;

function measure(): Memory {
  const gc = (globalThis as { gc?: () => void }).gc;
  gc?.();
  gc?.();
  const m = process.memoryUsage();
  return { rss: mib(m.rss), heap: mib(m.heapUsed), external: mib(m.external) };
}

/** Runs one stage of this file in a child process and returns what it printed as JSON. */
function inChild<T>(stage: string): T {
  const out = execFileSync(
    process.execPath,
    ['--expose-gc', '--import', 'tsx', fileURLToPath(import.meta.url)],
    { env: { ...process.env, WEB_MEMORY_STAGE: stage, WEB_MEMORY_DATA: DATA }, encoding: 'utf8' },
  );
  const line = out.trim().split('\n').at(-1) ?? '{}';
  return JSON.parse(line) as T;
}

async function childStage(stage: string, data: string): Promise<unknown> {
  const vaultDir = join(data, 'vault');
  switch (stage) {
    case 'prepare': {
      // A vault at the production key-derivation cost, with a few records: a later start.
      const { openVault } = await import('../src/infra/index.js');
      const vault = await openVault({ dataDir: vaultDir });
      if (!vault.ok) throw new Error(vault.error.message);
      const made = await vault.value.init(PASSPHRASE, { country: 'GB' });
      if (!made.ok) throw new Error(made.error.message);
      for (let i = 0; i < 60; i++) {
        const day = new Date(Date.UTC(2026, 0, 5 + i * 7)).toISOString().slice(0, 10);
        await vault.value.checkins.add({
          date: day,
          communication: 3,
          affection: 3,
          availability: 2,
          future: null,
          criticism: null,
          connection: 3,
          note: null,
        });
      }
      await vault.value.close();
      return {};
    }
    case 'pglite-initdb-default':
    case 'pglite-store': {
      const before = measure();
      let close: () => Promise<void>;
      if (stage === 'pglite-store') {
        const { openPgliteStore } = await import('../src/infra/db/pglite-store.js');
        const store = await openPgliteStore(vaultDir);
        if (!store.ok) throw new Error(store.error.message);
        await store.value.records.list('checkins');
        close = () => store.value.close();
      } else {
        const { PGlite } = await import('@electric-sql/pglite');
        const db = await PGlite.create({ dataDir: join(vaultDir, 'db') });
        await db.query('select * from checkins');
        close = () => db.close();
      }
      const after = measure();
      await close();
      return { before, after };
    }
    case 'modules': {
      const steps: [string, () => Promise<unknown>][] = [
        ['hono and hono/jsx', () => Promise.all([import('hono'), import('hono/jsx')])],
        ['knowledge base and engine (app/assess)', () => import('../src/app/assess.js')],
        ['vault use cases, crypto (hash-wasm)', () => import('../src/infra/crypto/index.js')],
        ['PGlite module', () => import('@electric-sql/pglite')],
        ['web pages and routes (as loaded at start)', () => import('../src/web/index.js')],
        [
          'text analysis, first use (wink-nlp model)',
          async () => {
            const { textObservations } = await import('../src/app/analyze.js');
            textObservations('Since she started the new job she works late.', {}, 'bench');
          },
        ],
        ['plan and conversation use cases', () => import('../src/app/converse.js')],
        ['chat importers', () => import('../src/app/chat-import.js')],
      ];
      const rows: { name: string; adds: number }[] = [];
      let last = measure().rss;
      for (const [name, load] of steps) {
        await load();
        const now = measure().rss;
        rows.push({ name, adds: Math.round((now - last) * 10) / 10 });
        last = now;
      }
      return { rows, total: last };
    }
    case 'serve': {
      const { serveWeb } = await import('../src/web/index.js');
      const started = await serveWeb({ port: 0, dataDir: vaultDir });
      if (!started.ok) throw new Error(started.message);
      const atListen = measure();
      const base = new URL(started.value.url);
      const enter = await fetch(started.value.url, { redirect: 'manual' });
      const cookie = (enter.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
      const headers = { cookie, origin: base.origin, 'sec-fetch-site': 'same-origin' };
      const unlock = await fetch(new URL('/unlock', base), {
        method: 'POST',
        body: new URLSearchParams({ passphrase: PASSPHRASE }),
        headers,
        redirect: 'manual',
      });
      if (unlock.status !== 303) throw new Error(`unlock answered ${unlock.status}`);
      await (await fetch(new URL('/', base), { headers })).text();
      const idle = measure();
      for (const path of ['/start', '/results', '/plan', '/help', '/talk', '/journal']) {
        await (await fetch(new URL(path, base), { headers })).text();
      }
      for (const path of ['/files', '/history', '/settings']) {
        await (await fetch(new URL(path, base), { headers })).text();
      }
      const walked = measure();
      await started.value.close();
      return { atListen, idle, walked };
    }
    default:
      throw new Error(`unknown stage ${stage}`);
  }
}

export function run(): Promise<void> {
  rmSync(DATA, { recursive: true, force: true });
  mkdirSync(DATA, { recursive: true });
  inChild('prepare');

  type Open = { before: Memory; after: Memory };
  const reference = inChild<Open>('pglite-initdb-default');
  const ours = inChild<Open>('pglite-store');
  const cost = (o: Open) => Math.round((o.after.rss - o.before.rss) * 10) / 10;
  console.log('PGlite on an existing vault (RSS added by opening it, MiB):');
  console.log(`  reference, initdb default shared_buffers=128MB  ${cost(reference)}`);
  console.log(`  closer store (shared_buffers=16MB)              ${cost(ours)}`);
  console.log(
    `  ratio ours/reference                            ${(cost(ours) / cost(reference)).toFixed(2)}`,
  );

  const modules = inChild<{ rows: { name: string; adds: number }[]; total: number }>('modules');
  console.log('\nModules, in load order (RSS added, MiB):');
  for (const row of modules.rows) console.log(`  ${row.name.padEnd(46)} ${row.adds}`);
  console.log(`  all loaded: ${modules.total} MiB`);

  const serve = inChild<{ atListen: Memory; idle: Memory; walked: Memory }>('serve');
  console.log('\nserveWeb, later start, production Argon2id cost (RSS / heap / external, MiB):');
  for (const [label, m] of [
    ['listening, locked', serve.atListen],
    ['open vault, idle', serve.idle],
    ['after every page once', serve.walked],
  ] as const) {
    console.log(`  ${label.padEnd(24)} ${m.rss} / ${m.heap} / ${m.external}`);
  }
  rmSync(DATA, { recursive: true, force: true });
  return Promise.resolve();
}

const stage = process.env.WEB_MEMORY_STAGE;
if (stage !== undefined) {
  const result = await childStage(stage, process.env.WEB_MEMORY_DATA ?? DATA);
  process.stdout.write(`${JSON.stringify(result)}\n`);
  process.exit(0);
}
