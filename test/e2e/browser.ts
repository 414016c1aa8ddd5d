/**
 * The browser side of the e2e tests: Debian's Chromium through playwright-core, axe-core in
 * every page, and screenshots at desktop and phone width when a check fails.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { CHROMIUM } from './setup.js';

const here = dirname(fileURLToPath(import.meta.url));
export const ARTIFACTS = join(here, '.artifacts');
const axeSource = readFileSync(
  createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
  'utf8',
);

/**
 * Chromium with nothing of its own going on: no GPU, no QUIC, no background or component
 * traffic. playwright-core gives every launch a fresh temporary --user-data-dir of its own (it
 * refuses the flag here), and every test opens its own incognito-like context in it.
 */
export async function launchBrowser(): Promise<{ browser: Browser }> {
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--no-sandbox',
      '--headless',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  return { browser };
}

export async function newContext(browser: Browser): Promise<BrowserContext> {
  return browser.newContext({ viewport: { width: 1280, height: 900 } });
}

const slug = (name: string) => name.replace(/[^a-z0-9]+/gi, '-').toLowerCase();

/** Both widths, written only when something failed, for the person reading the CI log. */
export async function screenshots(page: Page, name: string): Promise<void> {
  mkdirSync(ARTIFACTS, { recursive: true });
  const original = page.viewportSize() ?? { width: 1280, height: 900 };
  for (const [label, size] of [
    ['desktop', { width: 1280, height: 900 }],
    ['phone', { width: 375, height: 740 }],
  ] as const) {
    await page.setViewportSize(size);
    await page.screenshot({ path: join(ARTIFACTS, `${slug(name)}-${label}.png`), fullPage: true });
  }
  await page.setViewportSize(original);
}

type AxeViolation = {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: unknown[] }[];
};

/**
 * axe-core on the current page: no serious or critical violation, a neutral title, and quick
 * exit first in the tab order. Screenshots on failure. The page's own CSP does not apply to
 * scripts the test evaluates, so axe needs no exception in it.
 */
export async function checkPage(page: Page, name: string): Promise<void> {
  try {
    await page.evaluate(axeSource);
    const violations = await page.evaluate(async () => {
      const axe = (
        window as unknown as {
          axe: { run: (ctx: Document, o: object) => Promise<{ violations: AxeViolation[] }> };
        }
      ).axe;
      const result = await axe.run(document, { resultTypes: ['violations'] });
      return result.violations.map((v) => ({
        id: v.id,
        impact: v.impact,
        help: v.help,
        nodes: v.nodes.map((n) => n.target),
      }));
    });
    const serious = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    if (serious.length > 0)
      throw new Error(`${name}: accessibility violations: ${JSON.stringify(serious)}`);
    if ((await page.title()) !== 'Notes')
      throw new Error(`${name}: the title is not neutral: ${await page.title()}`);
    // At phone width nothing may overflow sideways.
    const original = page.viewportSize() ?? { width: 1280, height: 900 };
    await page.setViewportSize({ width: 375, height: 740 });
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - window.innerWidth,
    );
    await page.setViewportSize(original);
    if (overflow > 1)
      throw new Error(`${name}: the page is ${overflow}px wider than a phone screen`);
  } catch (error) {
    await screenshots(page, name).catch(() => undefined);
    throw error;
  }
}

/** Runs a step and keeps screenshots of the page if it fails. */
export async function step<T>(page: Page, name: string, run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    await screenshots(page, name).catch(() => undefined);
    throw error;
  }
}
