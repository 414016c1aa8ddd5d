/**
 * `npm run bench [-- NAME...]`: runs every `bench/*.bench.ts` (or the named ones). Each bench
 * module exports `run(): Promise<void>`, generates its own data under bench/.data/ (not
 * committed), measures the reference in the same run where there is one, and prints ratios.
 */
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

type BenchModule = { run: () => Promise<void> };

const here = dirname(fileURLToPath(import.meta.url));
const wanted = process.argv.slice(2);
const files = readdirSync(here)
  .filter((f) => f.endsWith('.bench.ts'))
  .filter((f) => wanted.length === 0 || wanted.some((w) => f.startsWith(w)))
  .sort();

if (files.length === 0) {
  console.error(`bench: nothing matches ${wanted.join(', ')}`);
  process.exit(2);
}

for (const file of files) {
  console.log(`\n=== ${file.replace('.bench.ts', '')} ===`);
  const started = performance.now();
  const mod = (await import(pathToFileURL(join(here, file)).href)) as BenchModule;
  await mod.run();
  console.log(`(${((performance.now() - started) / 1000).toFixed(1)} s)`);
}
