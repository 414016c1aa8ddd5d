/**
 * The few static files the pages use: htmx and uPlot from their npm packages, and our own
 * small script and style sheet. They are read once at start from the package root (not from
 * src/ or dist/, so the built server finds them too) and kept gzip-compressed in memory.
 */
import { readFileSync, existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

export type Asset = { type: string; body: Buffer; gzip: Buffer };

/** Walks up from this file to the folder holding closer's package.json. */
export function packageRoot(from: string = dirname(fileURLToPath(import.meta.url))): string {
  let dir = from;
  for (;;) {
    const manifest = join(dir, 'package.json');
    if (existsSync(manifest)) {
      const { name } = JSON.parse(readFileSync(manifest, 'utf8')) as { name?: string };
      if (name === 'closer') return dir;
    }
    const parent = dirname(dir);
    if (parent === dir) throw new Error('closer: cannot find the package root for the web assets');
    dir = parent;
  }
}

const JS = 'text/javascript; charset=utf-8';
const CSS = 'text/css; charset=utf-8';

/** URL path (under /assets/) → content type and file, relative to the package root or a package. */
function sources(root: string): Record<string, { type: string; file: string }> {
  const require = createRequire(join(root, 'package.json'));
  const pkg = (name: string) => dirname(require.resolve(`${name}/package.json`));
  return {
    'htmx.js': { type: JS, file: join(pkg('htmx.org'), 'dist/htmx.min.js') },
    'uplot.js': { type: JS, file: join(pkg('uplot'), 'dist/uPlot.iife.min.js') },
    'uplot.css': { type: CSS, file: join(pkg('uplot'), 'dist/uPlot.min.css') },
    'app.js': { type: JS, file: join(root, 'src/web/assets/app.js') },
    'charts.js': { type: JS, file: join(root, 'src/web/assets/charts.js') },
    'app.css': { type: CSS, file: join(root, 'src/web/assets/app.css') },
  };
}

/**
 * Loads every asset once.
 *
 * @example
 * const assets = loadAssets();
 * assets.get('htmx.js')?.type; // 'text/javascript; charset=utf-8'
 */
export function loadAssets(root: string = packageRoot()): Map<string, Asset> {
  const assets = new Map<string, Asset>();
  for (const [name, { type, file }] of Object.entries(sources(root))) {
    const body = readFileSync(file);
    assets.set(name, { type, body, gzip: gzipSync(body, { level: 9 }) });
  }
  return assets;
}
