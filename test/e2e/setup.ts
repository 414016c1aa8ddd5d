/**
 * vitest global set-up for the browser tests: makes sure Debian's Chromium is at
 * /usr/bin/chromium. As root it installs it with apt-get; otherwise it stops with the exact
 * command to run. Skipped when the run is limited to paths outside test/e2e.
 */
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';

export const CHROMIUM = '/usr/bin/chromium';

/** True when this vitest run may include the browser tests. */
function includesBrowserTests(argv: readonly string[]): boolean {
  const runIndex = argv.findIndex((arg) => arg === 'run' || arg.endsWith('vitest.mjs'));
  const filters = argv.slice(runIndex + 1).filter((arg) => !arg.startsWith('-') && arg !== 'run');
  if (filters.length === 0) return true;
  return filters.some((f) => 'test/e2e/'.startsWith(f.replace(/^\.\//, '')) || f.includes('e2e'));
}

export function setup(): void {
  if (existsSync(CHROMIUM) || !includesBrowserTests(process.argv)) return;
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (!isRoot) {
    throw new Error(
      `The browser tests need Chromium at ${CHROMIUM}. Install it with: sudo apt-get update && sudo apt-get install -y chromium`,
    );
  }
  process.stderr.write('closer e2e: installing Chromium with apt-get (once)…\n');
  execSync('apt-get update && apt-get install -y --no-install-recommends chromium', {
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  });
  if (!existsSync(CHROMIUM)) throw new Error(`apt-get ran but ${CHROMIUM} is still missing`);
}
